/**
 * A signed stamp on every signup form: which event it is for, its idempotency token and when it
 * was handed out. It lets the server refuse forged or stale forms and forms sent back faster than
 * a person can fill them in (a simple bot filter), without cookies.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { uuidV7 } from './time-ordered-id.ts';

export interface StampFields {
  eventId: string;
  /** The idempotency token: a double submit of this form carries the same token. */
  token: string;
}

export interface IssuedStamp {
  token: string;
  stamp: string;
}

function signature(secret: string, fields: StampFields, issuedAt: number): string {
  return createHmac('sha256', secret)
    .update(`${fields.eventId}\n${fields.token}\n${issuedAt}`)
    .digest('base64url');
}

/**
 * A fresh token and its stamp for a form handed out at `now`. The token starts with that time, so
 * the tokens of signups stored together sit together in the store's index of them.
 */
export function issueStamp(secret: string, eventId: string, now: Date): IssuedStamp {
  const token = uuidV7(now);
  const issuedAt = now.getTime();
  return { token, stamp: `${issuedAt}.${signature(secret, { eventId, token }, issuedAt)}` };
}

export type StampCheck = 'ok' | 'invalid' | 'too-fast' | 'expired';

export interface StampPolicy {
  /** Forms sent back sooner than this were not filled in by a person. */
  minSeconds: number;
  /** Forms older than this are stale; the user is asked to send again (input kept). */
  maxAgeHours: number;
}

export function checkStamp(
  secret: string,
  stamp: unknown,
  fields: { eventId: string; token: unknown },
  now: Date,
  policy: StampPolicy,
): StampCheck {
  if (typeof stamp !== 'string' || typeof fields.token !== 'string') return 'invalid';
  const match = /^(\d{10,16})\.([A-Za-z0-9_-]{43})$/.exec(stamp);
  if (!match || !/^[0-9a-f-]{36}$/.test(fields.token)) return 'invalid';
  const issuedAt = Number(match[1]);
  const expected = Buffer.from(
    signature(secret, { eventId: fields.eventId, token: fields.token }, issuedAt),
  );
  const given = Buffer.from(match[2] ?? '');
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
  const age = now.getTime() - issuedAt;
  if (age < policy.minSeconds * 1000) return 'too-fast';
  if (age > policy.maxAgeHours * 3_600_000) return 'expired';
  return 'ok';
}
