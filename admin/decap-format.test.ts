import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { listContentFiles, validateText } from '../tests/support/content-files.ts';
import { canonicalContent, decapParse, decapSerialize } from './decap-format.ts';
import { checkBeforeSave } from './save-check.ts';

const files = listContentFiles().map((entry) => ({
  ...entry,
  text: readFileSync(entry.file, 'utf8'),
}));
const named = files.map((entry) => [`${entry.collection}/${entry.id}`, entry] as const);

function changedLines(before: string, after: string): string[] {
  const old = before.split('\n');
  const now = after.split('\n');
  expect(now.length).toBe(old.length);
  return now.filter((line, index) => line !== old[index]);
}

describe('every entry, saved unchanged through the CMS', () => {
  it.each(named)('%s is still accepted by the build and means the same', (_name, entry) => {
    // What the CMS does on "Publiceer": its own parser, the save check, its own serializer.
    const saved = decapSerialize(
      entry.collection,
      checkBeforeSave(entry.collection, decapParse(entry.collection, entry.text)),
    );
    // What the build then does: Astro's YAML reader and the collection's schema.
    const before = validateText(entry.collection, entry.file, entry.text);
    const after = validateText(entry.collection, entry.file, saved);
    expect(after.success ? '' : z.prettifyError(after.error)).toBe('');
    expect(after.data).toEqual(before.data);
  });
});

describe('the files in content/', () => {
  it.each(named)('%s is stored in the form the CMS writes', (_name, entry) => {
    // If this fails after a hand edit, `npm run content:format` rewrites the files.
    expect(entry.text).toBe(canonicalContent(entry.collection, entry.text));
  });
});

describe('an edit of one field', () => {
  it('changes only the lines of that field (an amount of a regulation)', () => {
    const entry = files.find((file) => file.id === 'loonkostenvoordeel');
    if (!entry) throw new Error('content/regulations/loonkostenvoordeel.md is missing');
    const data = decapParse('regulations', entry.text);
    const amounts = (data['yields'] as { amounts: { value: string }[] }).amounts;
    amounts[0] = { ...amounts[0], value: '€ 3,10 per uur, hoogstens € 6.100 per jaar' };
    const saved = decapSerialize('regulations', checkBeforeSave('regulations', data));
    expect(changedLines(entry.text, saved)).toEqual([
      '      value: € 3,10 per uur, hoogstens € 6.100 per jaar',
    ]);
  });

  it('changes only the lines of those fields (an event moved to another day)', () => {
    const entry = files.find((file) => file.collection === 'events');
    if (!entry) throw new Error('content/events/ has no entry');
    const data = decapParse('events', entry.text);
    const moved = (time: unknown) => `2027-01-14T${String(time).slice(11)}`;
    data['start'] = moved(data['start']);
    data['end'] = moved(data['end']);
    const saved = decapSerialize('events', checkBeforeSave('events', data));
    expect(changedLines(entry.text, saved)).toEqual([
      `start: ${String(data['start'])}`,
      `end: ${String(data['end'])}`,
    ]);
  });
});

describe('a date written without quotes, as the CMS writes dates', () => {
  it('is read by the build as that calendar day', () => {
    const entry = files.find((file) => file.id === 'loonkostenvoordeel');
    if (!entry) throw new Error('content/regulations/loonkostenvoordeel.md is missing');
    const saved = decapSerialize('regulations', decapParse('regulations', entry.text));
    expect(saved).toMatch(/^ {6}lastStartDate: \d{4}-\d{2}-\d{2}$/m);
    const result = validateText('regulations', entry.file, saved);
    expect(result.success).toBe(true);
  });
});
