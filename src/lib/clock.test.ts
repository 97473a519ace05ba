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
    const elapsed = (clock: () => Date) => {
      const before = performance.now();
      const read = clock().getTime() - start;
      return { read, before, after: performance.now() };
    };
    // This process: counted from its own start.
    const own = elapsed(clockFromEnv({ CAMPAIGN_NOW: campaignNow }, {}));
    expect(own.read).toBeGreaterThanOrEqual(Math.floor(own.before));
    expect(own.read).toBeLessThanOrEqual(Math.ceil(own.after));
    // A serving process whose first process started 5 s before it: 5 s further on.
    const origin = String(performance.timeOrigin - 5_000);
    const serving = elapsed(
      clockFromEnv({ CAMPAIGN_NOW: campaignNow }, { SITE_CLOCK_ORIGIN: origin }),
    );
    expect(serving.read).toBeGreaterThanOrEqual(Math.floor(5_000 + serving.before));
    expect(serving.read).toBeLessThanOrEqual(Math.ceil(5_000 + serving.after));
    // Something that is not a time is not taken for one.
    const unreadable = elapsed(
      clockFromEnv({ CAMPAIGN_NOW: campaignNow }, { SITE_CLOCK_ORIGIN: 'gisteren' }),
    );
    expect(unreadable.read).toBeLessThanOrEqual(Math.ceil(unreadable.after));
  });
});
