/**
 * "Now" for the whole site, injectable so that builds and tests never depend on today's date.
 * `CAMPAIGN_NOW` (an ISO instant, e.g. 2026-11-27T12:00:00+01:00) is the time the process
 * started at; from there the clock runs at normal speed, so retries and timeouts still happen.
 * Without it the system clock is used. The variable is read and checked in src/lib/config.ts.
 *
 * Every clock made from the environment is anchored to the process's start (with SITE_PROCESSES,
 * the first process's), not to the moment it was made: the server's own copy of this module and
 * the bundled copy the routes run, a page rendered now and a calendar file made a minute later all
 * read the same time. A request reads it once, through src/lib/request-clock.ts.
 */

import { siteConfig, type SiteConfig } from './config.ts';

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

/**
 * A clock that reads `instant` when `elapsedMs()` reads `origin` (by default: now), and then runs
 * with it.
 */
export function runningClock(
  instant: Date | string,
  elapsedMs: () => number = () => performance.now(),
  origin: number = elapsedMs(),
): Clock {
  const start = parseInstant(instant);
  return () => new Date(start + (elapsedMs() - origin));
}

/**
 * With SITE_PROCESSES the serving processes start one after another, each a while after the
 * first process. Counting each from its own start, their clocks would differ by that while, and a
 * form stamped by one would reach another "from the future". So the first process hands them the
 * wall-clock time it started at (`performance.timeOrigin`, in ms) in this variable, and they all
 * count from there on the system clock, which they share (src/server/site-processes.ts).
 */
export const CLOCK_ORIGIN_VARIABLE = 'SITE_CLOCK_ORIGIN';

/**
 * The clock configured by the environment: from `CAMPAIGN_NOW` when set (the instant at which the
 * process started, or the first of the site's processes), the system clock otherwise.
 */
export function clockFromEnv(
  config: Pick<SiteConfig, 'CAMPAIGN_NOW'> = siteConfig(),
  env: Record<string, string | undefined> = process.env,
): Clock {
  const start = config.CAMPAIGN_NOW;
  if (!start) return systemClock;
  const origin = Number(env[CLOCK_ORIGIN_VARIABLE]);
  // The first process started before this one: a later "start" is not one to count from.
  if (Number.isFinite(origin) && origin > 0 && origin <= performance.timeOrigin) {
    return runningClock(start, () => Date.now(), origin);
  }
  return runningClock(start, () => performance.now(), 0);
}
