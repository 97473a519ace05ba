/**
 * What an employer takes along: the calendar file (parsed back with ical.js) and the plain-text
 * plan, both made from one evaluated example hire.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { loadAllEntries } from '../../../tests/support/content-files.ts';
import { toICalendar } from '../ics.ts';
import type { Answers } from './answers.ts';
import { evaluate } from './evaluate.ts';
import { toWijzerRegulation, type RegulationData } from './from-content.ts';
import { planForAnswers } from './plan-for-answers.ts';
import { planAsText } from './plan-text.ts';
import { planCalendarItems } from './plan-calendar.ts';
import { answerSummary, dueText, indicativeText } from './wording.ts';

const regulations = loadAllEntries()
  .filter((entry) => entry.collection === 'regulations')
  .map((entry) => toWijzerRegulation({ id: entry.id, data: entry.data as RegulationData }));

const address = 'https://werkgevers.regioamersfoort.nl/regelingen/wijzer/uitkomst/?situatie=wajong';

// A Wajong candidate, 24 hours, permanent contract, starting on 31 January 2027.
const hire: Answers = {
  situations: ['wajong'],
  situationsUnknown: false,
  age: 'onder-27',
  workplace: 'nee',
  coaching: 'ja',
  hoursPerWeek: 24,
  contract: 'vast',
  start: '2027-01-31',
};
const result = evaluate(hire, regulations, { today: '2026-11-27' });

function parse(text: string) {
  const calendar = ICAL.Component.fromString(text);
  return calendar
    .getAllSubcomponents('vevent')
    .map((vevent) => new ICAL.Event(vevent))
    .map((event) => ({
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toString(),
      allDay: event.startDate.isDate,
      description: event.description,
    }));
}

describe('the calendar file', () => {
  const text = toICalendar(planCalendarItems(result, address), {
    prodId: '-//Regio Amersfoort//Regelingenwijzer//NL',
    now: new Date('2026-11-27T11:00:00Z'),
    name: 'Aannameplan',
  });
  const events = parse(text);

  it('parses with ical.js into whole-day items on the plan dates', () => {
    expect(events.every((event) => event.allDay)).toBe(true);
    const on = (date: string) => events.filter((event) => event.start === date);
    expect(on('2027-01-31').map((event) => event.summary)).toContain(
      'Eerste werkdag van uw nieuwe medewerker',
    );
    // The doelgroepverklaring: three months after 31 January is 30 April.
    expect(on('2027-04-30').map((event) => event.summary)).toEqual([
      'Loonkostenvoordeel (LKV): Vraag de doelgroepverklaring aan bij UWV.',
    ]);
    // Steps due the day before the start: 30 January 2027 is a Saturday, so Friday 29 January.
    expect(on('2027-01-30')).toEqual([]);
    expect(on('2027-01-29').length).toBeGreaterThanOrEqual(2);
    // Yearly LKV check for the three years of the LKV.
    const yearly = events.filter((event) => event.summary.includes('aangifte loonheffingen staat'));
    expect(yearly.map((event) => event.start)).toEqual(['2028-01-31', '2029-01-31', '2030-01-31']);
  });

  it('has one item per dated action, each with a unique id', () => {
    const dated = result.plan.reduce(
      (count, item) => count + (item.date ? 1 : 0) + item.moreDates.length,
      0,
    );
    expect(events).toHaveLength(dated + 1);
    expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);
  });

  it('links back to the plan and says when an item only counts if the regulation applies', () => {
    expect(events.every((event) => event.description.includes(address))).toBe(true);
    const tentative = events.find((event) => event.summary.startsWith('Loonkostensubsidie'));
    expect(tentative).toBeUndefined();
    const plaatsingspremie = events.find((event) => event.summary.startsWith('Plaatsingspremie'));
    expect(plaatsingspremie?.description).toContain('Alleen als deze regeling past');
  });

  it('is empty while the first working day is unknown', () => {
    const unknownStart = evaluate({ ...hire, start: undefined }, regulations, {
      today: '2026-11-27',
    });
    expect(planCalendarItems(unknownStart, address)).toEqual([]);
  });
});

describe('the plain-text plan', () => {
  const text = planAsText(result, hire, address).replaceAll('\u00a0', ' ');

  it('holds the answers, the regulations, the dated plan and the address', () => {
    expect(text).toContain('- Uitkering of situatie: Wajong');
    expect(text).toContain('- Uren per week: 24 uur');
    expect(text).toContain('Deze regelingen passen\n- Loonkostenvoordeel (LKV)');
    expect(text).toContain('Deze regelingen kunnen passen: vraag het WSP\n- Jobcoach');
    expect(text).toContain('- No-riskpolis');
    expect(text).toContain(
      'Interne jobcoach: hoogstens 3,6 uur per week in jaar 1 (15%), 1,8 uur in jaar 2 (7,5%) en 1,44 uur in jaar 3 (6%) (schatting)',
    );
    expect(text).toContain(
      'LKV arbeidsgehandicapte werknemer: ongeveer € 3.806,40 per jaar, samen ongeveer € 11.419,20 in 3 jaar (schatting)',
    );
    expect(text).toContain(
      '- uiterlijk 30 april 2027 (binnen 3 maanden na de eerste werkdag): Vraag de doelgroepverklaring aan bij UWV.',
    );
    expect(text).toContain(
      '- Loonkostensubsidie\n  Loonkostensubsidie van de gemeente\n  Niet bij Wajong. U koos: Wajong.',
    );
    expect(text).toContain(`Bekijk dit plan online: ${address}`);
    expect(text).not.toMatch(/<[a-z]/);
  });

  it('says it is indicative and when the rules were checked', () => {
    expect(text).toContain(
      'Deze uitkomst is een indicatie, geen besluit. UWV, de gemeente of de Belastingdienst beslist. De regels in deze wijzer zijn voor het laatst gecontroleerd tussen 20 november 2026 en 29 november 2026.',
    );
    expect(indicativeText(result)).toContain('29 november 2026');
  });
});

describe('shared wording', () => {
  it('writes due moments relative to the start while its date is unknown', () => {
    const unknownStart = evaluate({ ...hire, start: undefined }, regulations, {
      today: '2026-11-27',
    });
    expect(unknownStart.plan.map(dueText)).toContain('binnen 3 maanden na de eerste werkdag');
    expect(unknownStart.plan.map(dueText)).toContain('vóór de eerste werkdag');
  });

  it('summarises unknown answers as "Weet ik niet"', () => {
    const rows = answerSummary({ situations: [], situationsUnknown: true });
    expect(rows.map((row) => row.answer)).toEqual(Array(7).fill('Weet ik niet'));
    expect(answerSummary({ situations: [], situationsUnknown: false })[0]?.answer).toBe(
      'Geen van deze',
    );
  });
});

describe('the plan for the answers in an address', () => {
  const options = { today: '2026-11-27', origin: 'https://werkgevers.example' };

  it('writes the answers back in canonical order, with every question answered', () => {
    const plan = planForAnswers('uren=24&situatie=wajong', regulations, options);
    expect(plan?.query).toBe(
      'situatie=wajong&leeftijd=onbekend&werkplek=onbekend&begeleiding=onbekend&uren=24&contract=onbekend&start=onbekend',
    );
    expect(plan?.url).toBe(`https://werkgevers.example/regelingen/wijzer/uitkomst/?${plan?.query}`);
    expect(plan?.text).toContain(`Bekijk dit plan online: ${plan?.url}`);
  });

  it('is undefined without answers or with a wrong one', () => {
    expect(planForAnswers('', regulations, options)).toBeUndefined();
    expect(planForAnswers('utm_source=nieuwsbrief', regulations, options)).toBeUndefined();
    expect(planForAnswers('uren=99', regulations, options)).toBeUndefined();
  });
});
