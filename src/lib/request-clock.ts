/**
 * One instant per request. The site's clock (src/lib/clock.ts) keeps running during a request;
 * a page that read it twice, or a page and the component inside it, could straddle midnight or a
 * deadline and disagree with itself. Everything that serves a request asks here instead: the first
 * call reads the clock, every later call in the same request gets that same instant.
 */
import { clockFromEnv, type Clock } from './clock.ts';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Astro declares locals as App.Locals; augmenting that namespace is its documented way to type them.
  namespace App {
    interface Locals {
      /** The instant this request is served at: read it with `requestNow`, never directly. */
      requestNow?: Date;
    }
  }
}

/** The instant of this request (`Astro.locals` or the middleware's `context.locals`). */
export function requestNow(locals: App.Locals, clock: Clock = clockFromEnv()): Date {
  locals.requestNow ??= clock();
  return locals.requestNow;
}
