/**
 * How the form routes answer: a full page for a plain form post, JSON for the enhancement script
 * (src/scripts/signup-form.ts), which asks for it with `Accept: application/json`.
 */
import type { IssuedStamp } from './form-stamp.ts';
import type { FieldErrors } from './signup-form.ts';

export function wantsJson(request: Request): boolean {
  return request.headers.get('accept')?.includes('application/json') ?? false;
}

export function json(body: object, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      ...headers,
    },
  });
}

/** A form shown again: its messages and the stamp to use for the next try. */
export function invalidJson(result: {
  status: number;
  errors: FieldErrors;
  formError?: string;
  form: IssuedStamp;
}): Response {
  return json(
    {
      status: 'invalid',
      errors: result.errors,
      ...(result.formError ? { formError: result.formError } : {}),
      form: result.form,
    },
    result.status,
  );
}

/** The posted fields; a body that is not a form counts as an empty form. */
export async function postedFields(request: Request): Promise<Record<string, unknown>> {
  try {
    return Object.fromEntries(await request.formData());
  } catch {
    return {};
  }
}

export const methodNotAllowed = () =>
  new Response(null, { status: 405, headers: { allow: 'GET, HEAD, POST' } });
