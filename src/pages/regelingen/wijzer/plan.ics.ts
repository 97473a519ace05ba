/**
 * The hire plan's dates as a calendar file, from the same answers as the result page. Bad answers
 * or an unknown first working day get a Dutch message with status 400.
 */
import type { APIRoute } from 'astro';
import { clockFromEnv } from '../../../lib/clock.ts';
import { loadContent } from '../../../lib/content.ts';
import { amsterdamDateOf } from '../../../lib/dates.ts';
import { toICalendar } from '../../../lib/ics.ts';
import { answersToQuery } from '../../../lib/wijzer/answers.ts';
import { evaluate } from '../../../lib/wijzer/evaluate.ts';
import { toWijzerRegulation } from '../../../lib/wijzer/from-content.ts';
import { parseAnswers } from '../../../lib/wijzer/parse-answers.ts';
import { RESULT_PATH } from '../../../lib/wijzer/paths.ts';
import { planCalendarItems } from '../../../lib/wijzer/plan-calendar.ts';

export const prerender = false;

const refuse = (message: string) =>
  new Response(`${message}\n`, {
    status: 400,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });

export const GET: APIRoute = async ({ url, site }) => {
  const now = clockFromEnv()();
  const today = amsterdamDateOf(now);
  const parsed = parseAnswers(url.searchParams, today);
  if (!parsed.success) {
    return refuse(`De agenda kan niet worden gemaakt. ${Object.values(parsed.errors).join(' ')}`);
  }
  if (!parsed.answers.start) {
    return refuse(
      'De agenda kan niet worden gemaakt: vul eerst de eerste werkdag in bij de regelingenwijzer.',
    );
  }
  const { regulations } = await loadContent();
  const result = evaluate(parsed.answers, regulations.map(toWijzerRegulation), { today });
  const address = new URL(`${RESULT_PATH}?${answersToQuery(parsed.answers)}`, site ?? url).href;
  const body = toICalendar(planCalendarItems(result, address), {
    prodId: '-//Regio Amersfoort//Regelingenwijzer//NL',
    now,
    name: 'Aannameplan',
  });
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'attachment; filename="aannameplan.ics"',
      'Cache-Control': 'no-store',
    },
  });
};
