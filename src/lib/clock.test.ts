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
});
