/**
 * The signup pipeline on every on-demand request, as `Astro.locals.signups`. The server
 * (src/server/start.ts) makes the pipeline once and passes it in through the Node adapter's
 * locals, so the routes (a bundled copy of this code) and the server share one store and one
 * worker. Under `astro dev` no such server runs: the first request makes one here.
 */
import { createSignupRuntime, type SignupRuntime } from './runtime.ts';

let devRuntime: Promise<SignupRuntime> | undefined;

/** For src/middleware.ts: make sure an on-demand request carries the pipeline. */
export async function provideSignups(context: {
  isPrerendered: boolean;
  locals: App.Locals;
}): Promise<void> {
  // Pre-rendered pages (also while building) never touch the store.
  if (context.isPrerendered || context.locals.signups) return;
  context.locals.signups = await (devRuntime ??= createSignupRuntime());
}

/** The pipeline of this request; only on-demand routes have one. */
export function signupsOf(locals: App.Locals): SignupRuntime {
  if (!locals.signups) {
    throw new Error(
      'No signup pipeline on this request: is it pre-rendered, or is src/middleware.ts not run?',
    );
  }
  return locals.signups;
}
