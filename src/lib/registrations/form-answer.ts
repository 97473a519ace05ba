/**
 * The one road from a form's action to the answer, for every form page. On a post the page's
 * action runs (src/actions/); a plain form post then gets a page (the form again, or a message)
 * or a 303 to the confirmation, and the enhancement script (src/scripts/signup-form.ts, which
 * sends `Accept: application/json`) gets the same answer as JSON.
 */
import type { AstroGlobal } from 'astro';
import { UNREADABLE_MESSAGE, type FormOutcome } from './form-outcome.ts';
import type { FormAgain } from './submission-gate.ts';

type FormAction = Parameters<AstroGlobal['getActionResult']>[0];

/** An action's result as Astro hands it over: the outcome, or an error it made of a failure. */
export type FormResult =
  { data: FormOutcome; error: undefined } | { data: undefined; error: { status: number } };

/** What the page shows when it does not answer with a redirect or JSON. */
export interface FormPage {
  /** A failed attempt to show again. */
  attempt?: FormAgain;
  /** A message instead of the form. */
  notice?: string;
}

/**
 * The page title: "Fout: …" before it when the form comes back with messages, so that a screen
 * reader user hears at once, after the full reload without JavaScript, that the form needs work.
 */
export function pageTitle(title: string, page: FormPage): string {
  return page.attempt ? `Fout: ${title}` : title;
}

export function wantsJson(request: Request): boolean {
  return request.headers.get('accept')?.includes('application/json') ?? false;
}

function json(body: object, status: number): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  });
}

const URLENCODED = 'application/x-www-form-urlencoded';

/**
 * A form sent as `application/x-www-form-urlencoded` (what a form without files sends), read
 * from the bytes the server already has: reading the request's stream again cost about 60 µs of
 * a signup's 600 (docs/benchmarks.md). Decoded as UTF-8, as the request's own `formData()` does.
 */
function urlencodedForm(body: Buffer): FormData {
  const form = new FormData();
  for (const [name, value] of new URLSearchParams(body.toString('utf8'))) form.append(name, value);
  return form;
}

/**
 * The posted form, with the fields the page decides itself (which event) put over what was
 * sent; a body that is not a form counts as an empty form. `body` is the request's body when the
 * server read it already.
 */
export async function postedFormData(
  request: Request,
  own: Record<string, string>,
  body?: Buffer,
): Promise<FormData> {
  const type = request.headers.get('content-type')?.split(';', 1)[0]?.trim().toLowerCase();
  let form: FormData;
  try {
    form = body && type === URLENCODED ? urlencodedForm(body) : await request.formData();
  } catch {
    form = new FormData();
  }
  for (const [name, value] of Object.entries(own)) form.set(name, value);
  return form;
}

/**
 * Runs the page's action for this request: the result Astro already has (a post to
 * `?_action=...`), or the action called now for a post to the page's own address, which is where
 * the forms send to. Undefined for a GET.
 */
export async function runFormAction(
  astro: Pick<AstroGlobal, 'request' | 'getActionResult' | 'callAction' | 'locals'>,
  action: FormAction,
  own: Record<string, string>,
): Promise<FormResult | undefined> {
  // The actions in src/actions/ that use this road all answer with a FormOutcome.
  const earlier = astro.getActionResult(action) as FormResult | undefined;
  if (earlier) return earlier;
  if (astro.request.method !== 'POST') return undefined;
  const form = await postedFormData(astro.request, own, astro.locals.postedBody);
  return await astro.callAction(action, form);
}

/** The outcome of a result; an error Astro made (the input could not be read) becomes a message. */
export function outcomeOfResult(result: FormResult): FormOutcome {
  if (result.data) return result.data;
  return { kind: 'message', status: result.error.status, message: UNREADABLE_MESSAGE };
}

/**
 * The answer to a form request: a Response (redirect, or JSON for the script), or what the page
 * renders, with the status already set on `response`. Form answers are never cached.
 */
export function formAnswer(
  astro: { request: Request; response: { status?: number; headers: Headers } },
  result: FormResult | undefined,
): Response | FormPage {
  const { request, response } = astro;
  response.headers.set('cache-control', 'no-store');
  if (!result) return {};
  const outcome = outcomeOfResult(result);
  const asJson = wantsJson(request);
  if (outcome.kind === 'done') {
    if (asJson) return json({ status: 'ok', redirect: outcome.redirect }, 200);
    return new Response(null, {
      status: 303,
      headers: { location: outcome.redirect, 'cache-control': 'no-store' },
    });
  }
  if (outcome.kind === 'message') {
    if (asJson) return json({ status: 'message', message: outcome.message }, outcome.status);
    response.status = outcome.status;
    return { notice: outcome.message };
  }
  if (asJson) {
    return json(
      {
        status: 'invalid',
        errors: outcome.errors,
        ...(outcome.formError ? { formError: outcome.formError } : {}),
        form: outcome.form,
      },
      outcome.status,
    );
  }
  response.status = outcome.status;
  return { attempt: outcome };
}
