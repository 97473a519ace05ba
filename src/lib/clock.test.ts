import { describe, expect, it } from 'vitest';
import { clockFromEnv, fixedClock, runningClock, systemClock } from './clock.ts';

describe('clocks', () => {
  it('a fixed clock always answers the same instant', () => {
    const clock = fixedClock('2026-11-27T12:00:00+01:00');
    expect(clock().toISOString()).toBe('2026-11-27T11:00:00.000Z');
    expect(clock().getTime()).toBe(clock().getTime());
  });

  it('a running clock starts at the given instant and moves with elapsed time', () => {
    let elapsed = 1000;
    const clock = runningClock('2026-11-27T11:00:00Z', () => elapsed);
    expect(clock().toISOString()).toBe('2026-11-27T11:00:00.000Z');
    elapsed += 90_000;
    expect(clock().toISOString()).toBe('2026-11-27T11:01:30.000Z');
  });

  it('refuses an instant that cannot be read', () => {
    expect(() => fixedClock('gisteren')).toThrow(RangeError);
  });

  it('CAMPAIGN_NOW sets the clock; without it the system clock is used', () => {
    expect(clockFromEnv({ CAMPAIGN_NOW: '2026-11-27T11:00:00Z' })().getUTCFullYear()).toBe(2026);
    expect(clockFromEnv({ CAMPAIGN_NOW: '2031-01-01T00:00:00Z' })().getUTCFullYear()).toBe(2031);
    expect(clockFromEnv({ CAMPAIGN_NOW: undefined })).toBe(systemClock);
  });

  it('counts from the start of the process, or from the first of the site processes when given', () => {
    const campaignNow = '2026-11-27T11:00:00.000Z';
    const start = Date.parse(campaignNow);
    /** What the clock says has passed since CAMPAIGN_NOW, and this process's age around it. */
    const elapsed = (clock: () => Date) => {
      const before = performance.now();
      const read = clock().getTime() - start;
      return { read, before, after: performance.now() };
    };
    // Within a millisecond either side: the clocks read whole milliseconds.
    const expectBetween = (read: number, low: number, high: number) => {
      expect(read).toBeGreaterThanOrEqual(Math.floor(low) - 1);
      expect(read).toBeLessThanOrEqual(Math.ceil(high) + 1);
    };
    // This process: counted from its own start.
    const own = elapsed(clockFromEnv({ CAMPAIGN_NOW: campaignNow }, {}));
    expectBetween(own.read, own.before, own.after);
    // A serving process whose first process started 5 s before it: 5 s further on.
    const origin = String(performance.timeOrigin - 5_000);
    const serving = elapsed(
      clockFromEnv({ CAMPAIGN_NOW: campaignNow }, { SITE_CLOCK_ORIGIN: origin }),
    );
    expectBetween(serving.read, 5_000 + serving.before, 5_000 + serving.after);
    // What is not a time, or a start after this process's own, is not taken for the first start.
    for (const wrong of ['gisteren', String(performance.timeOrigin + 60_000)]) {
      const unread = elapsed(
        clockFromEnv({ CAMPAIGN_NOW: campaignNow }, { SITE_CLOCK_ORIGIN: wrong }),
      );
      expectBetween(unread.read, unread.before, unread.after);
    }
  });
});
