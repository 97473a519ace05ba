import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { amsterdamToInstant } from './dates.ts';
import { escapeText, foldLine, toICalendar } from './ics.ts';

const options = {
  prodId: '-//Regio Amersfoort//Iedereen doet mee//NL',
  now: new Date('2026-11-27T11:00:00Z'),
};

describe('toICalendar', () => {
  const text = toICalendar(
    [
      {
        uid: 'ontbijt-1@werkgevers.regioamersfoort.nl',
        summary: 'Ontbijtsessie: personeel vinden, via het WSP',
        description: 'Programma:\n08.00 uur inloop; 08.15 uur welkom',
        location: 'De Kamp, Kampweg 12, 3811 AB Amersfoort',
        url: 'https://werkgevers.regioamersfoort.nl/bijeenkomsten/ontbijt/',
        start: amsterdamToInstant('2026-12-10T08:00'),
        end: amsterdamToInstant('2026-12-10T09:30'),
      },
      { uid: 'deadline-1@x', summary: 'Vraag de doelgroepverklaring aan', date: '2027-03-31' },
    ],
    options,
  );

  it('parses with ical.js and keeps the Amsterdam wall-clock times', () => {
    const calendar = ICAL.Component.fromString(text);
    const timezone = calendar.getFirstSubcomponent('vtimezone');
    ICAL.TimezoneService.register(timezone!);
    const [timed, allDay] = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(timed?.summary).toBe('Ontbijtsessie: personeel vinden, via het WSP');
    expect(timed?.startDate.toString()).toBe('2026-12-10T08:00:00');
    expect(timed?.startDate.zone?.tzid).toBe('Europe/Amsterdam');
    expect(timed?.startDate.toJSDate().toISOString()).toBe('2026-12-10T07:00:00.000Z');
    expect(timed?.endDate.toJSDate().toISOString()).toBe('2026-12-10T08:30:00.000Z');
    expect(timed?.description).toBe('Programma:\n08.00 uur inloop; 08.15 uur welkom');
    expect(allDay?.startDate.isDate).toBe(true);
    expect(allDay?.startDate.toString()).toBe('2027-03-31');
  });

  it('uses CRLF line endings and no line longer than 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    for (const line of text.split('\r\n')) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    }
    expect(
      text.split('\n').every((line, i, all) => i === all.length - 1 || line.endsWith('\r')),
    ).toBe(true);
  });

  it('leaves out the time zone when every item is a whole day', () => {
    const dates = toICalendar([{ uid: 'a', summary: 'A', date: '2027-01-01' }], options);
    expect(dates).not.toContain('VTIMEZONE');
    expect(dates).toContain('DTEND;VALUE=DATE:20270102');
  });

  it('refuses an item with neither a date nor times', () => {
    expect(() => toICalendar([{ uid: 'x', summary: 'X' }], options)).toThrow(/needs either a date/);
  });
});

describe('escapeText and foldLine', () => {
  it('escapes the characters RFC 5545 reserves', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('folds on character boundaries, never inside a multi-byte character', () => {
    const folded = foldLine(`SUMMARY:${'é'.repeat(80)}`);
    const parts = folded.split('\r\n ');
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.join('')).toBe(`SUMMARY:${'é'.repeat(80)}`);
  });

  it('fills each line up to 75 octets, whatever the width of its characters in UTF-8', () => {
    // One, two, three and four octets: a, é, € and an emoji (two UTF-16 units).
    const line = `DESCRIPTION:${'aé€😀'.repeat(40)}`;
    const parts = foldLine(line).split('\r\n ');
    expect(parts.join('')).toBe(line);
    parts.forEach((part, index) => {
      const limit = index === 0 ? 75 : 74;
      expect(Buffer.byteLength(part)).toBeLessThanOrEqual(limit);
      // Full: the next character would not have fitted.
      const next = parts[index + 1]?.codePointAt(0);
      if (next !== undefined) {
        const nextBytes = Buffer.byteLength(String.fromCodePoint(next));
        expect(Buffer.byteLength(part) + nextBytes).toBeGreaterThan(limit);
      }
    });
  });
});
