import { describe, expect, it } from 'vitest';
import { checkStamp, issueStamp } from './form-stamp.ts';

const secret = 'test-secret-for-stamps';
const policy = { minSeconds: 2, maxAgeHours: 24 };
const issued = new Date('2026-11-27T10:00:00Z');
const later = (seconds: number) => new Date(issued.getTime() + seconds * 1000);

describe('form stamps', () => {
  const { token, stamp } = issueStamp(secret, 'ontbijtsessie', issued);

  it('accepts its own stamp after a person-like pause', () => {
    expect(checkStamp(secret, stamp, { eventId: 'ontbijtsessie', token }, later(20), policy)).toBe(
      'ok',
    );
  });

  it('calls a form sent back within the minimum time too fast', () => {
    expect(checkStamp(secret, stamp, { eventId: 'ontbijtsessie', token }, later(1), policy)).toBe(
      'too-fast',
    );
  });

  it('calls a form older than a day expired', () => {
    expect(
      checkStamp(secret, stamp, { eventId: 'ontbijtsessie', token }, later(25 * 3600), policy),
    ).toBe('expired');
  });

  it('refuses a stamp for another event, another token, another secret or a changed time', () => {
    const at = later(20);
    expect(checkStamp(secret, stamp, { eventId: 'avond', token }, at, policy)).toBe('invalid');
    expect(
      checkStamp(
        secret,
        stamp,
        { eventId: 'ontbijtsessie', token: crypto.randomUUID() },
        at,
        policy,
      ),
    ).toBe('invalid');
    expect(checkStamp('other', stamp, { eventId: 'ontbijtsessie', token }, at, policy)).toBe(
      'invalid',
    );
    const backdated = stamp.replace(/^\d+/, String(issued.getTime() - 60_000));
    expect(checkStamp(secret, backdated, { eventId: 'ontbijtsessie', token }, at, policy)).toBe(
      'invalid',
    );
  });

  it('refuses missing or malformed stamps without throwing', () => {
    for (const bad of [undefined, '', 'abc', `${Date.now()}.short`, ['x'], 42]) {
      expect(checkStamp(secret, bad, { eventId: 'ontbijtsessie', token }, later(20), policy)).toBe(
        'invalid',
      );
    }
  });

  it('hands out a different token every time', () => {
    expect(issueStamp(secret, 'e', issued).token).not.toBe(issueStamp(secret, 'e', issued).token);
  });
});
