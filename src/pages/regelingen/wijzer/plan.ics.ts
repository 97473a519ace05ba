/**
 * The hire plan's dates as a calendar file, from the same answers as the result page. Bad answers
 * or an unknown first working day get a Dutch message with status 400.
 */
import type { APIRoute } from 'astro';
import { contentOf } from '../../../lib/request-content.ts';
import { requestNow } from '../../../lib/request-clock.ts';
import { toWijzerRegulation } from '../../../lib/wijzer/from-content.ts';
import { planCalendarFile } from '../../../lib/wijzer/plan-calendar.ts';

export const prerender = false;

export const GET: APIRoute = async ({ url, site, locals }) => {
  const { regulations } = await contentOf(locals);
  const file = planCalendarFile(url.searchParams, regulations.map(toWijzerRegulation), {
    now: requestNow(locals),
    origin: (site ?? url).origin,
  });
  if (!file.ok) {
    return new Response(`${file.message}\n`, {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  }
  return new Response(file.body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'attachment; filename="aannameplan.ics"',
      'Cache-Control': 'no-store',
    },
  });
};
