import { describe, expect, it } from 'vitest';
import type { Counts } from '../registrations/result-counts.ts';
import { barChartSvg } from './bar-chart.ts';
import { resultTables, resultsCsv, totalsOf, weeklyBars } from './result-tables.ts';

const row = (
  keys: string[],
  kind: string,
  registrations: number,
  waitlist = 0,
  people = registrations,
) => ({
  keys,
  kind,
  registrations,
  waitlist,
  people,
});

const counts: Counts = {
  kind: [row([], 'aanmelding', 3, 1, 4), row([], 'analyseverzoek', 1)],
  event: [row(['ontbijt'], 'aanmelding', 3, 1, 4)],
  place: [row(['Soest', 'wsp-regio-amersfoort'], 'aanmelding', 3, 1, 4)],
  ambassador: [row(['anouk-de-wit'], 'aanmelding', 1)],
  channel: [row(['whatsapp'], 'aanmelding', 1)],
  page: [row(['/verhalen/bakkerij/'], 'aanmelding', 1)],
  week: [row(['2026-W48'], 'aanmelding', 3, 1, 4), row(['2026-W48'], 'analyseverzoek', 1)],
};
const names = {
  events: new Map([['ontbijt', 'Ontbijtsessie']]),
  servicePoints: new Map([['wsp-regio-amersfoort', 'WSP Regio Amersfoort']]),
  ambassadors: new Map([['anouk-de-wit', 'Anouk de Wit']]),
};

describe('the staff view tables', () => {
  it('show names instead of ids, and a new kind under its own name', () => {
    const tables = resultTables(counts, names);
    const byId = Object.fromEntries(tables.map((table) => [table.id, table]));
    expect(byId['event']?.rows[0]?.keys).toEqual(['Ontbijtsessie']);
    expect(byId['place']?.rows[0]?.keys).toEqual(['Soest', 'WSP Regio Amersfoort']);
    expect(byId['ambassador']?.rows[0]?.keys).toEqual(['Anouk de Wit']);
    expect(byId['channel']?.rows[0]?.keys).toEqual(['WhatsApp']);
    expect(byId['kind']?.rows.map((r) => r.kind)).toEqual(['Aanmelding', 'Analyseverzoek']);
    expect(totalsOf(byId['kind']!)).toEqual({ registrations: 4, waitlist: 1, people: 5 });
  });

  it('become one CSV that Dutch Excel opens', () => {
    const csv = resultsCsv(resultTables(counts, names));
    expect(csv.startsWith('\uFEFFOverzicht;Groep;Soort;Aantal;Wachtlijst;Personen\r\n')).toBe(true);
    expect(csv).toContain(
      'Per gemeente en servicepunt;Soest / WSP Regio Amersfoort;Aanmelding;3;1;4\r\n',
    );
    expect(csv).toContain('Per pagina die de bezoeker bracht;/verhalen/bakkerij/;Aanmelding;1;0;1');
  });

  it('add the kinds of a week together for the chart', () => {
    expect(weeklyBars(resultTables(counts, names))).toEqual([{ label: '2026-W48', value: 4 }]);
  });
});

describe('the bar chart', () => {
  it('names itself, carries each number as text and escapes labels', () => {
    const svg = barChartSvg('Per week', [
      { label: '2026-W48', value: 4 },
      { label: '<b>', value: 2 },
    ]);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('<title id="chart-title">Per week</title>');
    expect(svg).toContain('>4</text>');
    expect(svg).toContain('&#60;b&#62;');
    expect(svg).not.toContain('<b>');
  });
});
