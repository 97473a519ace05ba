/**
 * What every on-demand request finds on `Astro.locals`: put there by the server
 * (src/server/site-server.ts, src/server/start.ts), and under `astro dev` by src/middleware.ts.
 */
import type { OnDemandContent } from './lib/on-demand-content.ts';
import type { SignupRuntime } from './lib/registrations/runtime.ts';

declare global {
  namespace App {
    interface Locals {
      /** The signup pipeline: store, configuration, clock and delivery worker. */
      signups?: SignupRuntime;
      /**
       * The content on-demand routes read, passed in by the server (src/server/start.ts) so that
       * they never load the whole content store; absent under `astro dev` and while pre-rendering.
       */
      content?: OnDemandContent;
      /**
       * The body of a post as the server read it, within its size limit (src/server/site-server.ts),
       * so that a form page reads the form from these bytes instead of reading the request's
       * stream again (src/lib/registrations/form-answer.ts); absent under `astro dev`.
       */
      postedBody?: Buffer;
    }
  }
}
