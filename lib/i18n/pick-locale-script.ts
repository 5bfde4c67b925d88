import { LOCALE_STORAGE_KEY } from './locales';

/**
 * An inline script that sends the reader to `/<locale>/<rest>`: their remembered
 * choice first, then the browser's languages, else English; the query and the
 * anchor are kept. The language picker at / and the alias pages use it. It is
 * inline so it runs before paint, and the deploy step allows it by hash, so the
 * output for a given `rest` must stay byte-for-byte stable.
 */
export function pickLocaleScript(rest = ''): string {
  return `(function(){try{var l=localStorage.getItem('${LOCALE_STORAGE_KEY}');if(l!=='en'&&l!=='ko'){l='en';var n=navigator.languages||[navigator.language];for(var i=0;i<n.length;i++){var c=String(n[i]).slice(0,2).toLowerCase();if(c==='ko'||c==='en'){l=c;break}}}location.replace('/'+l+'/${rest}'+location.search+location.hash)}catch(e){}})()`;
}
