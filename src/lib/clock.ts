/**
 * "Now" for the whole site, injectable so that builds and tests never depend on today's date.
 * `CAMPAIGN_NOW` (an ISO instant, e.g. 2026-11-27T12:00:00+01:00) sets the clock to that instant
 * when the process starts; from there it runs at normal speed, so retries and timeouts still
 * happen. Without it the system clock is used.
 */

export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

function parseInstant(instant: Date | string): number {
  const time = new Date(instant).getTime();
  if (Number.isNaN(time)) throw new RangeError(`Not a valid instant: "${String(instant)}"`);
  return time;
}

/** A clock that always answers the same instant. */
export function fixedClock(instant: Date | string): Clock {
  const time = parseInstant(instant);
  return () => new Date(time);
}

/** A clock that starts at `instant` and then runs with the process's monotonic time. */
export function runningClock(
  instant: Date | string,
  elapsedMs: () => number = () => performance.now(),
): Clock {
  const start = parseInstant(instant);
  const origin = elapsedMs();
  return () => new Date(start + (elapsedMs() - origin));
}

/** The clock configured by the environment: from `CAMPAIGN_NOW` when set, the system clock otherwise. */
export function clockFromEnv(env: Record<string, string | undefined> = process.env): Clock {
  const start = env['CAMPAIGN_NOW'];
  return start ? runningClock(start) : systemClock;
}
