/**
 * "Now" for the whole site, injectable so that builds and tests never depend on today's date.
 * `CAMPAIGN_NOW` (an ISO instant, e.g. 2026-11-27T12:00:00+01:00) fixes the clock; without it the
 * system clock is used.
 */

export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** A clock that always answers the same instant. */
export function fixedClock(instant: Date | string): Clock {
  const time = new Date(instant).getTime();
  if (Number.isNaN(time)) throw new RangeError(`Not a valid instant: "${String(instant)}"`);
  return () => new Date(time);
}

/** The clock configured by the environment: `CAMPAIGN_NOW` when set, the system clock otherwise. */
export function clockFromEnv(env: Record<string, string | undefined> = process.env): Clock {
  const fixed = env['CAMPAIGN_NOW'];
  return fixed ? fixedClock(fixed) : systemClock;
}
