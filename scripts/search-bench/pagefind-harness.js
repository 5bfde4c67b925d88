// Served only in the benchmark's Pagefind copy of the site (scripts/search-bench/pagefind.ts).
// The least a Pagefind search box needs: on "/", open a box; on each input, search with
// Pagefind's JS API and show the first five results' titles as options, which needs each
// result's fragment, and says which query they answer (data-search-query). Pagefind's own UI would add its script and stylesheet to this.
let pagefind;
let latest = 0;

function open() {
  const dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-label', 'Pagefind search');
  dialog.style.cssText = 'position:fixed;inset:10% 10% auto;background:white;padding:1rem;z-index:1000';
  const input = document.createElement('input');
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-label', 'Search');
  const list = document.createElement('ul');
  list.setAttribute('role', 'listbox');
  dialog.append(input, list);
  document.body.append(dialog);
  input.focus();
  pagefind = import('/pagefind/pagefind.js').then(async (module) => {
    await module.init();
    return module;
  });
  input.addEventListener('input', async () => {
    const mine = ++latest;
    const module = await pagefind;
    const search = await module.search(input.value);
    if (mine !== latest || !search) return;
    const results = await Promise.all(search.results.slice(0, 5).map((result) => result.data()));
    if (mine !== latest) return;
    // Which query the options answer, as Atlas's box says it (the benchmark waits for the typed query's results).
    dialog.dataset.searchQuery = input.value;
    list.replaceChildren(
      ...results.map((data) => {
        const option = document.createElement('li');
        option.setAttribute('role', 'option');
        option.textContent = data.meta?.title ?? data.url;
        return option;
      }),
    );
  });
}

// Capture phase, before the site's own shortcut handler, which would load Atlas's search instead.
addEventListener(
  'keydown',
  (event) => {
    if (event.key !== '/' || pagefind || event.target instanceof HTMLInputElement) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    open();
  },
  { capture: true },
);

/** For the recall run: the URLs of the first `limit` results of each query, in order. */
window.__pagefindTopUrls = async (queries, limit) => {
  const module = await import('/pagefind/pagefind.js');
  await module.init();
  const out = [];
  for (const query of queries) {
    const search = await module.search(query);
    out.push(search ? await Promise.all(search.results.slice(0, limit).map(async (result) => (await result.data()).url)) : []);
  }
  return out;
};
