/** Signs up over plain HTTP the way a browser without JavaScript does: fetch the form, post it. */

export interface FormTicket {
  token: string;
  stamp: string;
}

export const validSignup = {
  name: 'Anna de Vries',
  organisation: 'Bakkerij De Korenaar',
  municipality: 'amersfoort',
  attendees: '1',
  consent: 'ja',
};

/** The token and stamp of a fresh form for an event. */
export async function fetchTicket(baseURL: string, eventId: string): Promise<FormTicket> {
  const html = await (await fetch(`${baseURL}/bijeenkomsten/${eventId}/aanmelden/`)).text();
  const token = /name="token" value="([^"]+)"/.exec(html)?.[1];
  const stamp = /name="stamp" value="([^"]+)"/.exec(html)?.[1];
  if (!token || !stamp) throw new Error(`No signup form for ${eventId}`);
  return { token, stamp };
}

export interface PostResult {
  status: number;
  location: string | null;
  body: string;
}

/** Posts a form body as a browser would (with the Origin header the origin check wants). */
export async function postSignup(
  baseURL: string,
  eventId: string,
  fields: Record<string, string>,
  init: { accept?: string; body?: string; contentType?: string } = {},
): Promise<PostResult> {
  const response = await fetch(`${baseURL}/bijeenkomsten/${eventId}/aanmelden/`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      origin: baseURL,
      'content-type': init.contentType ?? 'application/x-www-form-urlencoded',
      ...(init.accept ? { accept: init.accept } : {}),
    },
    body: init.body ?? new URLSearchParams(fields).toString(),
  });
  return {
    status: response.status,
    location: response.headers.get('location'),
    body: await response.text(),
  };
}

/** A complete, valid signup: fresh form, a unique e-mail address, posted after the fill time. */
export async function signUp(
  baseURL: string,
  eventId: string,
  overrides: Record<string, string> = {},
  waitMs = 0,
): Promise<PostResult> {
  const ticket = await fetchTicket(baseURL, eventId);
  if (waitMs > 0) await new Promise((resolve) => setTimeout(resolve, waitMs));
  return postSignup(baseURL, eventId, {
    ...validSignup,
    email: `test-${crypto.randomUUID()}@example.nl`,
    ...ticket,
    ...overrides,
  });
}
