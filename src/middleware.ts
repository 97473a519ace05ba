/**
 * Per-request handling shared by every route. Under `astro dev` (which `npm run cms` runs) content
 * that points at a deleted entry would make every page crash with Astro's English error screen;
 * the editor gets a Dutch page that names the entries to repair instead, while /admin/ keeps
 * working so they can repair them. A build refuses the same content (src/lib/content.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { contentProblems, underAstroDev } from './lib/content.ts';
import { contentProblemsPage } from './lib/content-problems-page.ts';
import { requestNow } from './lib/request-clock.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  // One instant for the whole request, read as it arrives (src/lib/request-clock.ts).
  requestNow(context.locals);
  if (!underAstroDev || context.url.pathname.startsWith('/admin/')) return next();
  const problems = await contentProblems();
  if (problems.length === 0) return next();
  return new Response(contentProblemsPage(problems), {
    // Not the server's fault, and over as soon as the content is repaired.
    status: 503,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  });
});
