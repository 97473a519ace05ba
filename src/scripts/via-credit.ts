/**
 * Credit that survives the visit's own navigation. A share link (`?via=<ambassador>` and/or
 * `&kanaal=<channel>`) is kept in sessionStorage with the path of the page it opened: this tab
 * only, gone when it closes, no cookie, nothing personal (public slugs and a site path). A signup
 * form sent later in the visit carries it in its hidden fields; the server keeps only what passes
 * (src/lib/registrations/credit.ts).
 */
const KEY = 'credit';
const SLUG = /^[a-z0-9-]{1,100}$/;
const PATH = /^\/(?:[a-z0-9-]+\/)*$/;

interface KeptCredit {
  via: string;
  kanaal: string;
  pagina: string;
}

function fromAddress(search: string, pathname: string): KeptCredit | undefined {
  const params = new URLSearchParams(search);
  const via = params.get('via') ?? '';
  const kanaal = params.get('kanaal') ?? '';
  const valid = { via: SLUG.test(via) ? via : '', kanaal: SLUG.test(kanaal) ? kanaal : '' };
  if (!valid.via && !valid.kanaal) return undefined;
  return { ...valid, pagina: PATH.test(pathname) ? pathname : '' };
}

function kept(): KeptCredit | undefined {
  try {
    const value = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Partial<KeptCredit> | null;
    if (!value || typeof value !== 'object') return undefined;
    const text = (field: string | undefined, pattern: RegExp) =>
      typeof field === 'string' && pattern.test(field) ? field : '';
    return {
      via: text(value.via, SLUG),
      kanaal: text(value.kanaal, SLUG),
      pagina: text(value.pagina, PATH),
    };
  } catch {
    return undefined;
  }
}

/** Keeps the credit of this page's address for the rest of the visit; the first one stays. */
export function rememberVia(search = location.search, pathname = location.pathname): void {
  const credit = fromAddress(search, pathname);
  if (!credit || kept()) return;
  try {
    sessionStorage.setItem(KEY, JSON.stringify(credit));
  } catch {
    // Storage off (private mode, policy): credit then only comes from the address itself.
  }
}

/** The credit for a signup: this page's address first, else the one kept in this visit. */
export function rememberedCredit(
  search = location.search,
  pathname = location.pathname,
): KeptCredit {
  return kept() ?? fromAddress(search, pathname) ?? { via: '', kanaal: '', pagina: '' };
}

/**
 * Fills the hidden credit fields of a details form (a signup, a hire plan, an analysis or koffie
 * request) when it is sent, before its own script reads them (capture phase), unless the server
 * filled them already. Part of the share script, not of the form's script: both would import this
 * module, which the bundler would then split into a third file on pages that carry both.
 */
export function creditSignups(): void {
  document.addEventListener(
    'submit',
    (event) => {
      const form = event.target;
      if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-signup-form')) return;
      const credit = rememberedCredit();
      for (const name of ['via', 'kanaal', 'pagina'] as const) {
        const field = form.elements.namedItem(name);
        if (field instanceof HTMLInputElement && !field.value) field.value = credit[name];
      }
    },
    { capture: true },
  );
}
