/**
 * Ambassador credit that survives the visit's own navigation. A referral in the address
 * (`?via=<ambassador>`) is kept in sessionStorage: this tab only, gone when it closes, no cookie,
 * nothing personal (an ambassador's public slug). A signup form sent later in the visit carries it
 * in its hidden `via` field; the server credits it only when it names a real ambassador.
 */
const KEY = 'via';
const SLUG = /^[a-z0-9-]{1,100}$/;

function fromAddress(search: string): string | undefined {
  const via = new URLSearchParams(search).get('via');
  return via && SLUG.test(via) ? via : undefined;
}

/** Keeps the referral of this page's address for the rest of the visit. */
export function rememberVia(search = location.search): void {
  const via = fromAddress(search);
  if (!via) return;
  try {
    sessionStorage.setItem(KEY, via);
  } catch {
    // Storage off (private mode, policy): credit then only comes from the address itself.
  }
}

/** The referral for a signup: this page's address first, else the one kept in this visit. */
export function rememberedVia(search = location.search): string {
  const via = fromAddress(search);
  if (via) return via;
  try {
    const kept = sessionStorage.getItem(KEY) ?? '';
    return SLUG.test(kept) ? kept : '';
  } catch {
    return '';
  }
}

/**
 * Fills the hidden `via` field of a signup form when it is sent, before its own script reads it
 * (capture phase). Part of the share script, not of the form's script, so that the pages that
 * carry both still load one file each (a shared module would become a third file).
 */
export function creditSignups(): void {
  document.addEventListener(
    'submit',
    (event) => {
      const form = event.target;
      if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-signup-form')) return;
      const via = form.elements.namedItem('via');
      if (via instanceof HTMLInputElement && !via.value) via.value = rememberedVia();
    },
    { capture: true },
  );
}
