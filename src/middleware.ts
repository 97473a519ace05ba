/**
 * Per-request handling shared by every route, each step a function in src/lib:
 * - one instant per request (src/lib/request-clock.ts) and the signup pipeline on `Astro.locals`
 *   for on-demand routes (src/lib/registrations/request-locals.ts);
 * - under `astro dev` (which `npm run cms` runs) content that points at a deleted entry would make
 *   every page crash with Astro's English error screen; the editor gets a Dutch page that names
 *   the entries to repair instead, while /admin/ keeps working so they can repair them. A build
 *   refuses the same content (src/lib/content.ts);
 * - break points (soft hyphens) in on-demand HTML, as the build puts them in static pages.
 * Request policy (methods, body size, rate limit, origin) is the server's (src/server/).
 */
import { defineMiddleware, sequence } from 'astro:middleware';
import { contentProblems, underAstroDev } from './lib/content.ts';
import { contentProblemsPage } from './lib/content-problems-page.ts';
import { hyphenateHtml } from './lib/hyphenate-html.ts';
import { requestNow } from './lib/request-clock.ts';
import { provideSignups } from './lib/registrations/request-locals.ts';

const requestContext = defineMiddleware(async (context, next) => {
  await provideSignups(context);
  // One instant for the whole request, read as it arrives from the pipeline's clock when there is
  // one (src/lib/request-clock.ts).
  requestNow(context.locals, context.locals.signups?.clock);
  return next();
});

const contentCheck = defineMiddleware(async (context, next) => {
  if (context.url.pathname.startsWith('/admin/')) return next();
  const problems = await contentProblems();
  if (problems.length === 0) return next();
  return new Response(contentProblemsPage(problems), {
    // Not the server's fault, and over as soon as the content is repaired.
    status: 503,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  });
});

/**
 * On-demand HTML (the signup form, its island, the wijzer's result) gets break points too; the
 * pre-rendered pages get them after the build (src/integrations/hyphenate.ts). These pages are
 * one column wide, where only very long compounds ("Werkgeversservicepunt") need them.
 */
const ON_DEMAND_MIN_WORD_LENGTH = 16;

const breakPoints = defineMiddleware(async (context, next) => {
  const response = await next();
  const type = response.headers.get('content-type') ?? '';
  if (context.isPrerendered || !type.startsWith('text/html') || !response.body) return response;
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(hyphenateHtml(await response.text(), ON_DEMAND_MIN_WORD_LENGTH), {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
});

// The content check only under `astro dev`: a build has refused broken content already, so the
// running site does not pay for a step that could never answer.
export const onRequest = underAstroDev
  ? sequence(requestContext, contentCheck, breakPoints)
  : sequence(requestContext, breakPoints);
