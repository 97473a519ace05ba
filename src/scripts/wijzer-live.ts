/**
 * The regelingenwijzer's result follows the answers at once: on every change the form is sent in
 * the background to the same on-demand page, and the result part and the questions' messages are
 * taken from its answer. The rules are evaluated on the server only; this script knows none.
 */

const live = document.querySelector<HTMLElement>('[data-wijzer-live]');
const form = document.querySelector<HTMLFormElement>('[data-wijzer-form]');
const statusRegion = document.querySelector<HTMLElement>('[data-wijzer-status]');

function queryOf(target: HTMLFormElement): string {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(target)) {
    if (typeof value === 'string') params.append(name, value);
  }
  return params.toString();
}

function revealScriptParts(root: ParentNode) {
  root.querySelectorAll<HTMLElement>('[data-with-script], [data-print]').forEach((element) => {
    element.hidden = false;
  });
  root.querySelectorAll<HTMLElement>('[data-without-script]').forEach((element) => {
    element.hidden = true;
  });
  if (navigator.clipboard) {
    root.querySelectorAll<HTMLElement>('[data-copy]').forEach((element) => {
      element.hidden = false;
    });
  }
}

/** "Kopieer de link": the plan's address, said in the status region whether it worked. */
function copyPlanLink() {
  const link = document.querySelector<HTMLAnchorElement>('[data-plan-link]');
  if (!link || !statusRegion) return;
  const say = (message: string) => {
    // Emptied first, so the same message is announced again on a second click.
    statusRegion.textContent = '';
    setTimeout(() => (statusRegion.textContent = message), 100);
  };
  navigator.clipboard.writeText(link.href).then(
    () => say('De link naar uw plan is gekopieerd. Plak hem in een bericht of bewaar hem.'),
    () => say('Kopiëren lukte niet. Gebruik de link naar uw aannameplan.'),
  );
}

/** Copies the questions' error state (messages, borders, aria) from the server's form. */
function syncErrors(current: HTMLFormElement, next: HTMLFormElement) {
  const nextSets = next.querySelectorAll('fieldset');
  current.querySelectorAll('fieldset').forEach((fieldset, index) => {
    const source = nextSets[index];
    if (!source) return;
    fieldset.className = source.className;
    for (const attribute of ['aria-describedby']) {
      const value = source.getAttribute(attribute);
      if (value) fieldset.setAttribute(attribute, value);
      else fieldset.removeAttribute(attribute);
    }
    fieldset.querySelector('[id$="-fout"]')?.remove();
    const message = source.querySelector('[id$="-fout"]');
    if (message) {
      const anchor = source.querySelector(`#${CSS.escape(message.id)} + *`);
      const before = anchor?.id ? fieldset.querySelector(`#${CSS.escape(anchor.id)}`) : null;
      fieldset.insertBefore(message.cloneNode(true), before ?? fieldset.children[1] ?? null);
    }
  });
  current
    .querySelectorAll<HTMLInputElement>('input[type="text"], input[type="date"]')
    .forEach((input) => {
      const source = next.querySelector<HTMLInputElement>(`#${CSS.escape(input.id)}`);
      if (!source) return;
      input.className = source.className;
      for (const attribute of ['aria-invalid', 'aria-describedby']) {
        const value = source.getAttribute(attribute);
        if (value) input.setAttribute(attribute, value);
        else input.removeAttribute(attribute);
      }
    });
}

/**
 * The plan that "Stuur naar het WSP" sends is the one on screen: its answers follow every change
 * at once (the server checks and evaluates them again), and the form is hidden while the server
 * says the answers are wrong.
 */
function setPlanAnswers(query: string) {
  const answers = document.querySelector<HTMLInputElement>('[data-plan-answers]');
  if (answers) answers.value = query;
}

function syncSendForm(canonical: string) {
  setPlanAnswers(canonical);
  const section = document.querySelector<HTMLElement>('[data-send-plan]');
  if (section) section.hidden = canonical === '';
}

if (live && form) {
  revealScriptParts(document);
  document.addEventListener('click', (event) => {
    const target = event.target as Element | null;
    if (target?.closest('[data-print]')) window.print();
    if (target?.closest('[data-copy-link]')) copyPlanLink();
  });

  let pending: AbortController | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const refresh = async (moveFocus: boolean) => {
    const query = queryOf(form);
    pending?.abort();
    pending = new AbortController();
    let html: string;
    try {
      const response = await fetch(`${form.action}?${query}`, { signal: pending.signal });
      html = await response.text();
    } catch {
      return; // aborted by a newer change, or offline: the button still sends the form
    }
    // An answer changed while this one was on its way: the newer request will show its result.
    if (queryOf(form) !== query) return;
    const page = new DOMParser().parseFromString(html, 'text/html');
    const nextLive = page.querySelector<HTMLElement>('[data-wijzer-live]');
    const nextForm = page.querySelector<HTMLFormElement>('[data-wijzer-form]');
    if (!nextLive || !nextForm) return;
    live.replaceChildren(...nextLive.childNodes);
    revealScriptParts(live);
    syncErrors(form, nextForm);
    const canonical = nextLive.dataset['query'];
    syncSendForm(canonical ?? '');
    history.replaceState(
      null,
      '',
      canonical ? `${form.action}?${canonical}` : `${form.action}?${query}`,
    );
    if (statusRegion) statusRegion.textContent = nextLive.dataset['announcement'] ?? '';
    if (moveFocus) {
      const target =
        live.querySelector<HTMLElement>('[data-error-summary]') ?? live.querySelector('h1');
      target?.focus();
    }
  };

  form.addEventListener('change', () => {
    setPlanAnswers(queryOf(form));
    clearTimeout(timer);
    void refresh(false);
  });
  // Typing updates too, after a short pause.
  form.addEventListener('input', (event) => {
    if (!(event.target instanceof HTMLInputElement) || event.target.type !== 'text') return;
    setPlanAnswers(queryOf(form));
    clearTimeout(timer);
    timer = setTimeout(() => void refresh(false), 300);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void refresh(true);
  });
}

// A module, so these names stay local to this file.
export {};
