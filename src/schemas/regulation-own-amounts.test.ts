/**
 * One place for each amount, also between regulations: a regulation writes out only the amounts
 * its own wijzer rules hold (in cents), and its amounts list shows each of them. Another
 * regulation's amount is quoted with a `{{bedrag …}}` code in the text, so that the page, the
 * wijzer and every other page change together.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatEuro } from '../lib/wijzer/money.ts';
import { loadAllEntries, projectRoot } from '../../tests/support/content-files.ts';

interface Yields {
  centsPerHour?: number;
  maxCentsPerYear?: number;
  maxCents?: number;
}
interface RegulationData {
  yields: { amounts: { value: string }[] };
  rules: { variants: { yields: Yields }[] };
}

/** "€ 3,05" and "€ 6.000" as the content writes them (with an ordinary space). */
const euro = (cents: number) => formatEuro(cents).replace('\u00a0', ' ');

/** Every literal euro figure in a text: "€ 3,05", "€2.700", "€ 6.000". */
const figuresIn = (text: string) =>
  [...text.matchAll(/€\s?(\d{1,3}(?:\.\d{3})*(?:,\d{2})?)/g)].map((match) => `€ ${match[1]}`);

const regulations = loadAllEntries()
  .filter((entry) => entry.collection === 'regulations')
  .map((entry) => ({
    id: entry.id,
    data: entry.data as RegulationData,
    text: readFileSync(path.join(projectRoot, entry.filePath), 'utf8'),
  }));

/** The amounts a regulation's own rules hold, written as the pages write them. */
function ownAmounts(data: RegulationData): string[] {
  return data.rules.variants.flatMap(({ yields }) =>
    [yields.centsPerHour, yields.maxCentsPerYear, yields.maxCents]
      .filter((cents) => cents !== undefined)
      .map(euro),
  );
}

describe('amounts in the regulations', () => {
  it.each(regulations.map((regulation) => [regulation.id, regulation] as const))(
    '%s writes out no euro amount its own rules do not hold',
    (_id, { data, text }) => {
      const own = new Set(ownAmounts(data));
      const foreign = figuresIn(text).filter((figure) => !own.has(figure));
      expect(foreign, 'quote another regulation with {{bedrag …}} in the text').toEqual([]);
    },
  );

  it.each(regulations.map((regulation) => [regulation.id, regulation] as const))(
    '%s shows every amount of its rules in its amounts list',
    (_id, { data }) => {
      const listed = data.yields.amounts.flatMap(({ value }) => figuresIn(value));
      expect(ownAmounts(data).filter((amount) => !listed.includes(amount))).toEqual([]);
    },
  );

  it('finds the amounts it checks: the regulations hold some', () => {
    expect(regulations.flatMap(({ data }) => ownAmounts(data)).length).toBeGreaterThan(3);
  });
});
