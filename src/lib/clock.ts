/**
 * "Now" for the whole site, injectable so that builds and tests never depend on today's date.
 * `CAMPAIGN_NOW` (an ISO instant, e.g. 2026-11-27T12:00:00+01:00) is the time the process
 * started at; from there the clock runs at normal speed, so retries and timeouts still happen.
 * Without it the system clock is used. The variable is read and checked in src/lib/config.ts.
 *
 * Every clock made from the environment is anchored to the process's start, not to the moment it
 * was made: the server's own copy of this module and the bundled copy the routes run, a page
 * rendered now and a calendar file made a minute later all read the same time. A request reads it
 * once, through src/lib/request-clock.ts.
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
 * The clock configured by the environment: from `CAMPAIGN_NOW` when set (the instant at which the
 * process started: `performance.now()` counts from there), the system clock otherwise.
 */
export function clockFromEnv(config: Pick<SiteConfig, 'CAMPAIGN_NOW'> = siteConfig()): Clock {
  const start = config.CAMPAIGN_NOW;
  return start ? runningClock(start, () => performance.now(), 0) : systemClock;
}
