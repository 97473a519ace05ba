import { describe, expect, it } from 'vitest';
import { timeOrderedSecret, uuidV7 } from './time-ordered-id.ts';

const at = (iso: string) => new Date(iso);

describe('keys that start with their time', () => {
  it('makes UUIDs of version 7 with the RFC 9562 variant', () => {
    const id = uuidV7(at('2026-11-27T11:00:00.123Z'));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // The first 48 bits are the milliseconds.
    expect(parseInt(id.replace('-', '').slice(0, 12), 16)).toBe(
      Date.parse('2026-11-27T11:00:00.123Z'),
    );
  });

  it('sorts keys made later after keys made earlier', () => {
    const times = ['2026-11-27T11:00:00.001Z', '2026-11-27T11:00:00.002Z', '2027-01-01T00:00:00Z'];
    const ids = times.map((time) => uuidV7(at(time)));
    const secrets = times.map((time) => timeOrderedSecret(at(time)));
    expect([...ids].reverse().sort()).toEqual(ids);
    expect([...secrets].reverse().sort()).toEqual(secrets);
  });

  it('keeps what follows the time random, so keys of one millisecond differ', () => {
    const now = at('2026-11-27T11:00:00Z');
    const ids = new Set(Array.from({ length: 1000 }, () => uuidV7(now)));
    const secrets = new Set(Array.from({ length: 1000 }, () => timeOrderedSecret(now)));
    expect(ids.size).toBe(1000);
    expect(secrets.size).toBe(1000);
    // 12 digits of time, then 18 random bytes in base64url.
    expect([...secrets][0]).toMatch(/^[0-9a-f]{12}[A-Za-z0-9_-]{24}$/);
  });
});
