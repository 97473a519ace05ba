/**
 * The search on /zoeken/: a small interface on Pagefind's JavaScript API. Pagefind itself is
 * loaded only when someone searches (or focuses the search box), never on other pages.
 */
import { facetKeys, type FacetKey } from '../lib/search-facets.ts';
import {
  hasSearch,
  parseSearchParams,
  resultSummary,
  toSearchParams,
  type SearchState,
} from '../lib/search-query.ts';

interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Partial<Record<FacetKey, string[]>>;
}
interface Search {
  results: { data: () => Promise<ResultData> }[];
}
type SearchOptions = { filters: SearchState['filters'] };
interface Pagefind {
  options: (options: { excerptLength: number; noWorker: boolean }) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string | null, options: SearchOptions) => Promise<Search>;
}

const pageSize = 10;
/**
 * How long typing must pause before a search starts. Our own timer, not Pagefind's
 * debouncedSearch: that one preloads the index chunks for every keystroke ("w", "we", "wer"...),
 * which a visitor on a slow phone pays for without ever seeing the results.
 */
const typingPauseMs = 400;
const keys = Object.keys(facetKeys) as FacetKey[];
const form = document.querySelector<HTMLFormElement>('[data-search-form]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const filters = form?.querySelector<HTMLFieldSetElement>('[data-search-filters]');
const status = document.querySelector<HTMLElement>('[data-search-status]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const more = document.querySelector<HTMLElement>('[data-search-more]');

let engine: Promise<Pagefind> | undefined;
/** The search engine, loaded once, on first use. */
function pagefind(): Promise<Pagefind> {
  // Built after the site (src/integrations/pagefind.ts), so Vite must not try to bundle it.
  const bundle = '/pagefind/pagefind.js';
  engine ??= (import(/* @vite-ignore */ bundle) as Promise<Pagefind>).then(async (loaded) => {
    // No web worker: it would download a second copy of the engine (11 KB) to search an index
    // small enough to search on the page itself.
    await loaded.options({ excerptLength: 26, noWorker: true });
    return loaded;
  });
  return engine;
}

function select(key: FacetKey): HTMLSelectElement | null | undefined {
  return form?.querySelector<HTMLSelectElement>(`select[name="${key}"]`);
}

function readForm(): SearchState {
  const params = new URLSearchParams();
  params.set('q', input?.value ?? '');
  for (const key of keys) params.set(key, select(key)?.value ?? '');
  return parseSearchParams(params);
}

function writeForm(state: SearchState) {
  if (input) input.value = state.query;
  for (const key of keys) {
    const control = select(key);
    if (!control) continue;
    const wanted = state.filters[key] ?? '';
    // A value from a link that no longer exists is dropped rather than silently ignored.
    control.value = [...control.options].some((option) => option.value === wanted) ? wanted : '';
  }
}

/**
 * One result: kind, title link and excerpt. No picture: it repeated what the title says,
 * squeezed the title on narrow phones, and ten of them weighed about as much as the index and
 * the results of a search together.
 */
function resultItem(result: ResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'rounded-card border border-line p-4';
  const kind = document.createElement('p');
  kind.className = 'text-sm font-semibold text-muted';
  kind.textContent = [...(result.filters.soort ?? []), ...(result.filters.gemeente ?? [])].join(
    ' · ',
  );
  const heading = document.createElement('h2');
  heading.className = 'text-lg break-words';
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  heading.append(link);
  const excerpt = document.createElement('p');
  excerpt.className = 'mt-1 text-sm [&_mark]:bg-accent-soft [&_mark]:text-ink';
  // Pagefind escapes the page text and adds only <mark> around the words found.
  excerpt.innerHTML = result.excerpt;
  item.append(kind, heading, excerpt);
  return item;
}

let latest = 0;
let typingTimer: number | undefined;
let pending: Search['results'] = [];

/** Shows the next page of results; moves focus to the first new one when asked. */
async function showMore(focus: boolean) {
  const batch = pending.slice(0, pageSize);
  pending = pending.slice(pageSize);
  const items = (await Promise.all(batch.map((result) => result.data()))).map(resultItem);
  list?.append(...items);
  if (more) more.hidden = pending.length === 0;
  if (focus) items[0]?.querySelector('a')?.focus();
}

async function run(state: SearchState, mode: { push?: boolean } = {}) {
  window.clearTimeout(typingTimer);
  const ticket = ++latest;
  const address = `${location.pathname}${hasSearch(state) ? `?${toSearchParams(state)}` : ''}`;
  history[mode.push ? 'pushState' : 'replaceState'](null, '', address);
  if (!hasSearch(state)) {
    list?.replaceChildren();
    if (more) more.hidden = true;
    if (status) status.textContent = '';
    return;
  }
  try {
    const engine = await pagefind();
    const query = state.query || null;
    const options = { filters: state.filters };
    const search = await engine.search(query, options);
    if (ticket !== latest) return;
    pending = search.results;
    list?.replaceChildren();
    await showMore(false);
    if (ticket !== latest) return;
    if (status) status.textContent = resultSummary(search.results.length, state);
  } catch (error) {
    console.error('Search failed:', error);
    if (status) {
      status.textContent =
        'Zoeken lukt nu niet. Probeer het later opnieuw, of kies hieronder een overzicht.';
    }
  }
}

if (form && input && filters) {
  const noScript = document.querySelector<HTMLElement>('[data-search-nojs]');
  if (noScript) noScript.hidden = true;
  filters.hidden = false;
  filters.disabled = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(readForm(), { push: true });
  });
  input.addEventListener('input', () => {
    window.clearTimeout(typingTimer);
    typingTimer = window.setTimeout(() => void run(readForm()), typingPauseMs);
  });
  // Start loading while people type their first word.
  // (A failure to load is reported when the search itself runs.)
  input.addEventListener(
    'focus',
    () =>
      void pagefind().then(
        (loaded) => loaded.init(),
        () => undefined,
      ),
    { once: true },
  );
  for (const key of keys) select(key)?.addEventListener('change', () => void run(readForm()));
  more?.querySelector('button')?.addEventListener('click', () => void showMore(true));
  window.addEventListener('popstate', () => {
    const state = parseSearchParams(new URLSearchParams(location.search));
    writeForm(state);
    void run(state);
  });

  const initial = parseSearchParams(new URLSearchParams(location.search));
  writeForm(initial);
  if (hasSearch(initial)) void run(readForm());
}
