import { describe, expect, it } from 'vitest';
import { clockFromEnv, runningClock } from './clock.ts';
import { requestNow } from './request-clock.ts';

describe('the request clock', () => {
  it('gives every part of one request the same instant, while the clock runs on', () => {
    let elapsed = 0;
    const clock = runningClock('2026-11-27T22:59:59.500Z', () => elapsed);
    const locals: App.Locals = {};
    const first = requestNow(locals, clock);
    elapsed += 1000; // past midnight in Amsterdam
    expect(requestNow(locals, clock)).toEqual(first);
    expect(requestNow({}, clock).toISOString()).toBe('2026-11-27T23:00:00.500Z');
  });

  it('reads CAMPAIGN_NOW as the instant the process started, however late a clock is made', async () => {
    const env = { CAMPAIGN_NOW: '2026-11-27T12:00:00+01:00' };
    const early = clockFromEnv(env);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const late = clockFromEnv(env);
    const [a, b] = [early().getTime(), late().getTime()];
    expect(Math.abs(a - b)).toBeLessThan(5);
    // Not frozen: it has run for as long as this process has.
    expect(a - Date.parse(env.CAMPAIGN_NOW)).toBeGreaterThanOrEqual(
      Math.floor(performance.now()) - 50,
    );
  });
});
