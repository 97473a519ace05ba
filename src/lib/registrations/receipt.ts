/**
 * The receipt in the address of a confirmation page, instead of the registration's own code. A
 * first submission and a repeat (the same address again, or over the daily limit) get the same
 * kind of receipt, made only from what this submission itself sent, so the answer on screen never
 * tells whether an address was used before. It is signed, so nobody can make one up, and holds
 * nothing personal: the form (event or "regelingenwijzer"), the service point, and for an event
 * the status and the number of people.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { RegistrationStatus } from './registration-fields.ts';

export interface Receipt {
  /** The event id, or the contact source for a hire plan. */
  form: string;
  servicePoint: string;
  status: RegistrationStatus;
  attendees: number;
}

function sign(secret: string, body: string): string {
  return createHmac('sha256', secret).update(`receipt\n${body}`).digest('base64url');
}

export function issueReceipt(secret: string, receipt: Receipt): string {
  const body = Buffer.from(
    JSON.stringify([receipt.form, receipt.servicePoint, receipt.status, receipt.attendees]),
  ).toString('base64url');
  return `${body}.${sign(secret, body)}`;
}

/** The receipt in a code, or undefined when it is not one this site signed. */
export function readReceipt(secret: string, code: string): Receipt | undefined {
  const match = /^([A-Za-z0-9_-]{1,400})\.([A-Za-z0-9_-]{43})$/.exec(code);
  if (!match) return undefined;
  const [, body = '', given = ''] = match;
  const expected = Buffer.from(sign(secret, body));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return undefined;
  try {
    const [form, servicePoint, status, attendees] = JSON.parse(
      Buffer.from(body, 'base64url').toString('utf8'),
    ) as unknown[];
    if (typeof form !== 'string' || typeof servicePoint !== 'string') return undefined;
    if (status !== 'bevestigd' && status !== 'wachtlijst') return undefined;
    if (typeof attendees !== 'number') return undefined;
    return { form, servicePoint, status, attendees };
  } catch {
    return undefined;
  }
}
