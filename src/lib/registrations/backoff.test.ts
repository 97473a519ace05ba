import { describe, expect, it } from 'vitest';
import { nextAttemptAt } from './backoff.ts';

const start = new Date('2026-11-27T10:00:00Z');
const policy = { retryHours: 72 };
const seconds = (from: Date, to: Date | 'give-up') =>
  to === 'give-up' ? to : (to.getTime() - from.getTime()) / 1000;

describe('nextAttemptAt', () => {
  it('doubles the delay per attempt, between half and the full delay', () => {
    expect(
      seconds(
        start,
        nextAttemptAt(1, start, start, policy, () => 0),
      ),
    ).toBe(15);
    expect(
      seconds(
        start,
        nextAttemptAt(1, start, start, policy, () => 1),
      ),
    ).toBe(30);
    expect(
      seconds(
        start,
        nextAttemptAt(2, start, start, policy, () => 1),
      ),
    ).toBe(60);
    expect(
      seconds(
        start,
        nextAttemptAt(5, start, start, policy, () => 1),
      ),
    ).toBe(480);
  });

  it('never waits longer than six hours between attempts', () => {
    expect(
      seconds(
        start,
        nextAttemptAt(30, start, start, policy, () => 1),
      ),
    ).toBe(6 * 3600);
  });

  it('keeps trying until 72 hours after the first attempt, with a last try at the very end', () => {
    const almost = new Date(start.getTime() + 71.9 * 3_600_000);
    const last = nextAttemptAt(20, start, almost, policy, () => 1);
    expect(last).toEqual(new Date(start.getTime() + 72 * 3_600_000));
    expect(nextAttemptAt(21, start, last as Date, policy)).toBe('give-up');
  });

  it('makes about twenty attempts in the window when the receiver stays down', () => {
    let now = start;
    let attempts = 1;
    for (;;) {
      const next = nextAttemptAt(attempts, start, now, policy, () => 0.5);
      if (next === 'give-up') break;
      now = next;
      attempts += 1;
    }
    expect((now.getTime() - start.getTime()) / 3_600_000).toBe(72);
    expect(attempts).toBeGreaterThan(15);
    expect(attempts).toBeLessThan(30);
  });
});
