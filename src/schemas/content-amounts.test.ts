/**
 * Amounts of regulations live in the regulation entries only; everywhere else quotes them with
 * a `{{bedrag …}}` code (src/lib/regulation-amounts.ts), so that they cannot go stale.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  amountSourcesOf,
  findAmountProblems,
  placeholdersIn,
  type AmountSource,
} from '../lib/regulation-amounts.ts';
import {
  listContentFiles,
  loadAllEntries,
  projectRoot,
} from '../../tests/support/content-files.ts';

/** "€ 3,05", "€2.700", "€ 6.000": a euro sign followed by a number. */
const EURO_AMOUNT = /€\s*\d/;
/** The escape for an employer's own figure: `{{eigen bedrag "€ 1.200 per maand"}}`. */
const OWN_AMOUNT = /\{\{\s*eigen\s+bedrag\s[\s\S]*?\}\}/g;
/**
 * Own amounts are for figures no regulation holds (a wage, a cost the employer names). More than
 * a few means the escape is being used to avoid the codes; look at them again before raising this.
 */
const MAX_OWN_AMOUNTS = 3;

const files = listContentFiles().filter((entry) => entry.collection !== 'regulations');
const text = (file: string) => readFileSync(file, 'utf8');
const bodyOf = (source: string) => /^---\r?\n[\s\S]*?\r?\n---\r?\n([\s\S]*)$/.exec(source)?.[1];

function realSources(): AmountSource[] {
  const regulations = loadAllEntries().filter((entry) => entry.collection === 'regulations');
  return amountSourcesOf(regulations as Parameters<typeof amountSourcesOf>[0]);
}

describe('amounts in content outside the regulations', () => {
  it('are never written as a literal euro amount, only as a code or an own amount', () => {
    const literal = files.flatMap(({ file }) =>
      text(file)
        .replace(OWN_AMOUNT, '')
        .split('\n')
        .flatMap((line, index) =>
          EURO_AMOUNT.test(line)
            ? [`${path.relative(projectRoot, file)}:${index + 1}: ${line}`]
            : [],
        ),
    );
    expect(literal).toEqual([]);
  });

  it('are quoted with codes that each name an amount a regulation has', () => {
    const entries = loadAllEntries().map((entry) => ({
      ...entry,
      body: bodyOf(text(path.join(projectRoot, entry.filePath))),
    }));
    expect(findAmountProblems(entries, realSources())).toEqual([]);
  });

  it('use the escape for an own amount rarely', () => {
    const own = files.flatMap(({ file }) => text(file).match(OWN_AMOUNT) ?? []);
    expect(own.length).toBeLessThanOrEqual(MAX_OWN_AMOUNTS);
  });

  it('are found by the check above: the stories quote at least one regulation amount', () => {
    const codes = files.flatMap(({ file }) => placeholdersIn(text(file)));
    expect(codes.some(({ placeholder }) => placeholder.kind === 'regulation')).toBe(true);
  });
});
