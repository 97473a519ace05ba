/** What src/middleware.ts puts on `Astro.locals` for every on-demand request. */
import type { SignupRuntime } from './lib/registrations/runtime.ts';

declare global {
  namespace App {
    interface Locals {
      /** The signup pipeline: store, configuration, clock and delivery worker. */
      signups?: SignupRuntime;
    }
  }
}
