/**
 * The three places that show a hire plan (the result page, the calendar file, the plan sent to
 * the WSP) start from one function, outcomeOfAnswers: for the same address and the same instant
 * they show the same dates, the same address and the same regulations.
 */
import ICAL from 'ical.js';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { loadAllEntries } from '../../../tests/support/content-files.ts';
import WijzerResult from '../../components/wijzer/WijzerResult.tsx';
import { amsterdamDateOf, formatCalendarDate } from '../dates.ts';
import { toWijzerRegulation, type RegulationData } from './from-content.ts';
import { outcomeOfAnswers, resultAddress } from './outcome-of-answers.ts';
import { planCalendarFile } from './plan-calendar.ts';
import { planForAnswers } from './plan-for-answers.ts';

const regulations = loadAllEntries()
  .filter((entry) => entry.collection === 'regulations')
  .map((entry) => toWijzerRegulation({ id: entry.id, data: entry.data as RegulationData }));

const origin = 'https://werkgevers.regioamersfoort.nl';
// Half past midnight in Amsterdam: the UTC date is still the 27th, the request's day the 28th.
const now = new Date('2026-11-27T23:30:00Z');
const today = amsterdamDateOf(now);

const addresses = [
  // The e2e test's hire, with the parameters in another order and "Weet ik niet" for the hours.
  'start=2027-02-01&situatie=wajong&leeftijd=onder-27&werkplek=nee&begeleiding=ja&uren=onbekend&contract=vast',
  'situatie=doelgroepregister&situatie=bijstand&leeftijd=56-plus&uren=32&contract=12-of-langer&start=2026-12-01',
  // A start a year back: the result marks the dates that are past.
  'situatie=wia&uren=20&contract=vast&start=2025-11-28',
];

function page(query: string) {
  const outcome = outcomeOfAnswers(new URLSearchParams(query), regulations, today);
  return renderToStaticMarkup(
    createElement(WijzerResult, { outcome, site: origin, canSend: false }),
  )
    .replaceAll('&amp;', '&')
    .replaceAll('&nbsp;', ' ');
}

function calendar(query: string) {
  const file = planCalendarFile(new URLSearchParams(query), regulations, { now, origin });
  if (!file.ok) throw new Error(file.message);
  const component = ICAL.Component.fromString(file.body);
  return {
    stamp: component.getFirstSubcomponent('vevent')?.getFirstPropertyValue('dtstamp')?.toString(),
    events: component.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent)),
  };
}

describe('the result page, the calendar file and the plan for the WSP', () => {
  it('take "today" from the request\'s instant in Amsterdam, not from UTC', () => {
    expect(today).toBe('2026-11-28');
  });

  it.each(addresses)('agree on the plan of %s', (query) => {
    const outcome = outcomeOfAnswers(new URLSearchParams(query), regulations, today);
    if (!outcome.success) throw new Error(JSON.stringify(outcome.errors));
    const { result } = outcome;
    const address = resultAddress(origin, outcome.query);
    const dates = result.plan.flatMap((item) => [item.date, ...item.moreDates]);
    expect(dates.length).toBeGreaterThan(0);

    const html = page(query);
    const { stamp, events } = calendar(query);
    const sent = planForAnswers(query, regulations, { today, origin });

    // The same address for the same answers.
    expect(html.includes(`href="${address}"`), 'the address on the page').toBe(true);
    expect(events.every((event) => event.component.getFirstPropertyValue('url') === address)).toBe(
      true,
    );
    expect(sent?.url).toBe(address);

    // The same dates: every date in the calendar; on the page and in the text each step's first
    // date and, for a yearly step, its last.
    const calendarDates = events.map((event) => event.startDate.toString());
    expect(calendarDates.sort()).toEqual([result.start, ...dates].sort());
    const shown = result.plan.flatMap((item) => [item.date, item.moreDates.at(-1)]);
    for (const date of shown.filter((date) => date !== undefined)) {
      const written = formatCalendarDate(date);
      expect(html.includes(written), `${written} on the page`).toBe(true);
      expect(sent?.text.includes(written), `${written} in the text`).toBe(true);
    }

    // The same regulations: each that applies or may apply is named by all three.
    for (const { title } of [...result.applies, ...result.ask]) {
      expect(html.includes(title), `${title} on the page`).toBe(true);
      expect(sent?.text.includes(title), `${title} in the text`).toBe(true);
    }
    const inCalendar = new Set(events.map((event) => event.summary.split(':')[0]));
    for (const item of result.plan) expect(inCalendar).toContain(item.regulationTitle);

    // The page and the text made on the same day; the calendar stamped with the same instant.
    expect(sent?.text).toContain(`Gemaakt op ${formatCalendarDate(today)}.`);
    expect(stamp).toBe('2026-11-27T23:30:00Z');
  });

  it('refuse the same wrong answers, each in its own way', () => {
    const query = 'situatie=wajong&start=2031-01-01';
    expect(outcomeOfAnswers(new URLSearchParams(query), regulations, today).success).toBe(false);
    expect(page(query)).toContain('Eerste werkdag: kies een datum tussen');
    expect(planCalendarFile(new URLSearchParams(query), regulations, { now, origin })).toEqual({
      ok: false,
      message: expect.stringContaining('Eerste werkdag: kies een datum tussen') as string,
    });
    expect(planForAnswers(query, regulations, { today, origin })).toBeUndefined();
  });

  it('accept a first working day one day later in Amsterdam than in UTC', () => {
    // On the 28th (Amsterdam) a start two years ahead is allowed up to 2028-11-28.
    const query = 'situatie=wajong&start=2028-11-28';
    expect(outcomeOfAnswers(new URLSearchParams(query), regulations, today).success).toBe(true);
    expect(planCalendarFile(new URLSearchParams(query), regulations, { now, origin }).ok).toBe(
      true,
    );
    expect(planForAnswers(query, regulations, { today, origin })).toBeDefined();
  });
});
