/**
 * Progressive enhancement of the details forms (event signup, contact request from the
 * regelingenwijzer): send it in the background and show the server's
 * messages next to the fields, without reloading and without losing what was typed. Without this
 * script the form posts normally and the server answers with the same messages on a full page.
 */

interface Answer {
  status: 'ok' | 'invalid' | 'message';
  redirect?: string;
  errors?: Record<string, string>;
  formError?: string;
  message?: string;
  form?: { token: string; stamp: string };
}

function setHidden(element: Element | null, hidden: boolean) {
  element?.classList.toggle('hidden', hidden);
}

function show(form: HTMLFormElement, answer: Answer) {
  if (answer.form) {
    (form.elements.namedItem('token') as HTMLInputElement).value = answer.form.token;
    (form.elements.namedItem('stamp') as HTMLInputElement).value = answer.form.stamp;
  }
  const errors = answer.errors ?? {};
  // Every field has its message element "<name>-error" (src/components/form/).
  const fields = [...form.querySelectorAll('[id$="-error"]')].map((element) =>
    element.id.slice(0, -'-error'.length),
  );
  for (const name of fields) {
    const input = form.elements.namedItem(name) as HTMLElement | null;
    const error = form.querySelector(`#${name}-error`);
    const message = errors[name];
    if (error) error.textContent = message ?? '';
    setHidden(error, !message);
    if (!input) continue;
    const described = new Set(
      (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean),
    );
    if (message) {
      input.setAttribute('aria-invalid', 'true');
      described.add(`${name}-error`);
    } else {
      input.removeAttribute('aria-invalid');
      described.delete(`${name}-error`);
    }
    input.setAttribute('aria-describedby', [...described].join(' '));
    if (input instanceof HTMLInputElement && input.type === 'checkbox') continue;
    input.classList.toggle('border-coral', Boolean(message));
    input.classList.toggle('border-field', !message);
  }

  const summary = form.querySelector<HTMLElement>('#signup-errors');
  if (!summary) return;
  const formError = summary.querySelector('[data-form-error]');
  const list = summary.querySelector('[data-error-list]');
  const text = answer.formError ?? answer.message ?? '';
  if (formError) formError.textContent = text;
  setHidden(formError, !text);
  list?.replaceChildren(
    ...Object.entries(errors).map(([name, message]) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = `#${name}`;
      link.textContent = message;
      item.append(link);
      return item;
    }),
  );
  const heading = summary.querySelector('[data-error-title]');
  if (heading) {
    heading.textContent =
      answer.status === 'message'
        ? 'Let op'
        : (summary.dataset['title'] ?? 'Controleer het formulier');
  }
  setHidden(summary, false);
  summary.focus();
}

document.addEventListener('submit', (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-signup-form')) return;
  event.preventDefault();
  if (form.dataset['busy'] === 'true') return;
  // `send` answers every failure itself: it sends the form the ordinary way.
  void send(form);
});

/** Sends the form in the background and shows the answer, or falls back to a normal submit. */
async function send(form: HTMLFormElement) {
  // A referral in the page address (?via=) goes with the signup.
  const via = form.elements.namedItem('via') as HTMLInputElement | null;
  if (via && !via.value) via.value = new URLSearchParams(location.search).get('via') ?? '';

  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
  const label = button?.textContent ?? '';
  form.dataset['busy'] = 'true';
  button?.setAttribute('aria-disabled', 'true');
  if (button) button.textContent = 'Bezig met versturen…';
  try {
    // Sent the way the browser sends the form without JavaScript (urlencoded: it has no file
    // fields), which the server reads from the bytes it already has.
    const body = new URLSearchParams();
    for (const [name, value] of new FormData(form)) {
      if (typeof value === 'string') body.append(name, value);
    }
    const response = await fetch(form.action, {
      method: 'POST',
      body,
      headers: { Accept: 'application/json' },
    });
    const answer = (await response.json()) as Answer;
    if (answer.redirect) {
      location.assign(answer.redirect);
      return;
    }
    show(form, answer);
  } catch {
    // No answer we can read (offline, proxy error page): send the form the ordinary way.
    form.submit();
  } finally {
    form.dataset['busy'] = 'false';
    button?.removeAttribute('aria-disabled');
    if (button) button.textContent = label;
  }
}

// A module, so these names stay local to this file.
export {};
