/**
 * The one script every page loads. It makes the server-rendered header and
 * sharing controls work without React, so a page with nothing else to do in
 * the browser (an article, the glossary) ships no framework at all: the build
 * removes Next's client runtime from such pages (scripts/strip-client-runtime.ts).
 * Search and the share dialog are React components, fetched on first use.
 * Built by scripts/build-islands.ts.
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
