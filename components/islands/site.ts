/**
 * The one script every page loads. It runs the server-rendered header and
 * sharing controls without React, and fetches what a page needs beyond that:
 * the explorers' hydration (React from this bundle), the timeline filter, the
 * live handout QR code, and the search and share dialogs on first use. The build removes Next's client
 * runtime from pages whose client components are all islands
 * (scripts/html/finish-page.ts). Built by scripts/build-islands.ts.
 */
import { initCopyLinks } from './copy-link';
import { initLanguageSwitch } from './language-switch';
import { initSearch } from './search';
import { initShare } from './share';
import { initThemeSwitch } from './theme-switch';

initThemeSwitch();
initLanguageSwitch();
initCopyLinks();
initShare();
initSearch();

// Page-specific islands: fetched only by the pages that have them.
// Where Next's runtime was kept (a page with a client component that is not an island), React already owns these.
const hydrated = '__next_f' in globalThis ? [] : [...document.querySelectorAll<HTMLElement>('[data-island]')];
if (hydrated.length > 0) void import('./hydrate.island').then(({ hydrateIslands }) => hydrateIslands(hydrated));
const timelineFilter = document.querySelector<HTMLElement>('[data-timeline-filter]');
if (timelineFilter) void import('./timeline-filter').then(({ initTimelineFilter }) => initTimelineFilter(timelineFilter));
const liveHandoutQr = document.querySelector<HTMLElement>('[data-live-handout-qr]');
if (liveHandoutQr) void import('./live-handout-qr').then(({ initLiveHandoutQr }) => initLiveHandoutQr(liveHandoutQr));
