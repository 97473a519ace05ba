/** Reading the answers in an address with the server's zod schema. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersToQuery, hasAnswers, valuesFromParams, type ParseResult } from './answers.ts';
import { parseAnswers } from './parse-answers.ts';

const today = '2026-11-27';

describe('reading answers', () => {
  const parse = (query: string): ParseResult => parseAnswers(new URLSearchParams(query), today);

  const full =
    'situatie=wajong&situatie=doelgroepregister&leeftijd=onder-27&werkplek=nee&begeleiding=ja' +
    '&uren=24&contract=6-tot-12&start=2027-02-01';

  describe('reading the answers in an address', () => {
    it('reads a complete set of answers', () => {
      const result = parse(full);
      expect(result.success && result.answers).toEqual({
        situations: ['wajong', 'doelgroepregister'],
        situationsUnknown: false,
        age: 'onder-27',
        workplace: 'nee',
        coaching: 'ja',
        hoursPerWeek: 24,
        contract: '6-tot-12',
        start: '2027-02-01',
      });
    });

    it('reads what a form without JavaScript sends, empty fields included', () => {
      const result = parse(
        'situatie=onbekend&leeftijd=onbekend&werkplek=onbekend&begeleiding=onbekend&uren=&uren=onbekend&contract=onbekend&start=&start=onbekend',
      );
      expect(result.success && result.answers).toEqual({
        situations: [],
        situationsUnknown: true,
        age: undefined,
        workplace: undefined,
        coaching: undefined,
        hoursPerWeek: undefined,
        contract: undefined,
        start: undefined,
      });
    });

    it('takes a decimal comma and a decimal point', () => {
      const comma = parse('uren=7,9');
      const point = parse('uren=25.5');
      expect(comma.success && comma.answers.hoursPerWeek).toBe(7.9);
      expect(point.success && point.answers.hoursPerWeek).toBe(25.5);
    });

    it('treats "Geen van deze" as known, and no answer at all as unknown', () => {
      const none = parse('situatie=geen');
      expect(none.success && none.answers).toMatchObject({
        situations: [],
        situationsUnknown: false,
      });
      const open = parse('leeftijd=56-plus');
      expect(open.success && open.answers).toMatchObject({ situationsUnknown: true });
    });

    it('keeps known situations next to "Weet ik niet"', () => {
      const result = parse('situatie=wia&situatie=onbekend');
      expect(result.success && result.answers).toMatchObject({
        situations: ['wia'],
        situationsUnknown: true,
      });
    });

    it('ignores parameters that are not questions, so nothing else travels along', () => {
      const result = parse(`${full}&naam=Jan+Jansen&email=jan%40example.org`);
      expect(result.success).toBe(true);
      expect(answersToQuery(result.success ? result.answers : ({} as never))).not.toMatch(
        /naam|email/,
      );
    });
  });

  describe('wrong answers get a Dutch message for that question', () => {
    it.each([
      ['uren=veel', 'uren', /Uren per week: vul een getal in van 1 tot en met 60/],
      ['uren=0', 'uren', /van 1 tot en met 60/],
      ['uren=60,5', 'uren', /van 1 tot en met 60/],
      ['uren=24&uren=onbekend', 'uren', /vul iets in óf kies "Weet ik nog niet"/],
      ['uren=24&uren=32', 'uren', /Uren per week: vul één antwoord in/],
      ['situatie=geen&situatie=wia', 'situatie', /kies "Geen van deze" of een uitkering/],
      ['situatie=oudere', 'situatie', /kies uit de antwoorden in de lijst/],
      ['leeftijd=40', 'leeftijd', /Leeftijd: kies een van de antwoorden/],
      ['leeftijd=onder-27&leeftijd=56-plus', 'leeftijd', /Leeftijd: kies één antwoord/],
      ['werkplek=misschien', 'werkplek', /Aangepaste werkplek: kies een van de antwoorden/],
      ['contract=2-jaar', 'contract', /Lengte van het contract: kies een van de antwoorden/],
      ['start=2027-02-30', 'start', /Eerste werkdag: kies een bestaande datum/],
      ['start=1-2-2027', 'start', /Eerste werkdag: kies een bestaande datum/],
      [
        'start=2025-11-26',
        'start',
        /Eerste werkdag: kies een datum tussen 27 november 2025 en 27 november 2028/,
      ],
      ['start=2028-11-28', 'start', /tussen 27 november 2025 en 27 november 2028/],
      ['start=2027-01-01&start=onbekend', 'start', /niet allebei/],
    ])('%s', (query, field, message) => {
      const result = parse(query);
      expect(result.success).toBe(false);
      if (result.success) return;
      expect(result.errors[field as keyof typeof result.errors]).toMatch(message);
    });

    it('accepts the edges of the start range', () => {
      expect(parse('start=2025-11-27').success).toBe(true);
      expect(parse('start=2028-11-27').success).toBe(true);
    });

    it('keeps what was typed, to show it again', () => {
      const result = parse('uren=veel&leeftijd=onder-27&start=2027-02-30');
      expect(result.values).toMatchObject({
        uren: 'veel',
        leeftijd: 'onder-27',
        start: '2027-02-30',
      });
    });
  });

  describe('the canonical address', () => {
    it('writes every question once, "onbekend" for "Weet ik niet"', () => {
      const result = parse('situatie=wia&uren=&uren=onbekend');
      expect(result.success && answersToQuery(result.answers)).toBe(
        'situatie=wia&leeftijd=onbekend&werkplek=onbekend&begeleiding=onbekend&uren=onbekend&contract=onbekend&start=onbekend',
      );
    });

    it('reads back to the same answers', () => {
      const first = parse(full);
      if (!first.success) throw new Error('expected valid answers');
      const second = parse(answersToQuery(first.answers));
      expect(second.success && second.answers).toEqual(first.answers);
      const decimal = parse('uren=25,5&situatie=geen');
      if (!decimal.success) throw new Error('expected valid answers');
      expect(answersToQuery(decimal.answers)).toContain('uren=25.5');
      expect(answersToQuery(decimal.answers)).toContain('situatie=geen');
    });

    it('knows whether an address holds answers at all', () => {
      expect(hasAnswers(new URLSearchParams(''))).toBe(false);
      expect(hasAnswers(new URLSearchParams('utm_source=x'))).toBe(false);
      expect(hasAnswers(new URLSearchParams('uren=24'))).toBe(true);
    });

    it('shows "Weet ik nog niet" as ticked when only that was sent', () => {
      expect(valuesFromParams(new URLSearchParams('uren=&uren=onbekend'))).toMatchObject({
        uren: '',
        urenOnbekend: true,
      });
    });
  });
});

describe('any address', () => {
  const keys = [
    'situatie',
    'leeftijd',
    'werkplek',
    'begeleiding',
    'uren',
    'contract',
    'start',
    'x',
  ];
  const address = fc.array(fc.tuple(fc.constantFrom(...keys), fc.string({ maxLength: 12 })), {
    maxLength: 12,
  });

  it('is read without throwing, and every message belongs to a question that was answered', () => {
    fc.assert(
      fc.property(address, (pairs) => {
        const result = parseAnswers(new URLSearchParams(pairs), today);
        if (result.success) return;
        for (const id of Object.keys(result.errors)) {
          expect(pairs.some(([key]) => key === id)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
