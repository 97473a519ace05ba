import type { CmsField } from 'decap-cms-core';
import { describe, expect, it } from 'vitest';
import { sectors } from '../src/schemas/taxonomy.ts';
import { collectionFields } from './config.ts';

type Field = CmsField & Record<string, unknown> & { fields?: Field[]; pattern?: [string, string] };

function field(collection: Parameters<typeof collectionFields>[0], path: string): Field {
  let fields = collectionFields(collection) as Field[];
  let found: Field | undefined;
  for (const name of path.split('.')) {
    found = fields.find((candidate) => candidate.name === name);
    fields = found?.fields ?? [];
  }
  if (!found) throw new Error(`no field ${path}`);
  return found;
}

function accepts(f: Field, value: string): boolean {
  return new RegExp(f.pattern?.[0] ?? '').test(value);
}

describe('CMS fields made from the schemas', () => {
  it('hold text to the schema’s maximum length, with a Dutch hint', () => {
    const title = field('stories', 'title');
    expect(accepts(title, 'a'.repeat(90))).toBe(true);
    expect(accepts(title, 'a'.repeat(91))).toBe(false);
    expect(title.hint).toContain('Hoogstens 90 tekens.');
    expect(title.pattern?.[1]).toBe('gebruik hoogstens 90 tekens');
  });

  it('ask for alt text of 5 to 250 characters wherever an image is', () => {
    for (const [collection, path] of [
      ['stories', 'hero'],
      ['ambassadors', 'portrait'],
      ['events', 'image'],
      ['settings', 'home.image'],
    ] as const) {
      const image = field(collection, path);
      expect(image.fields?.map((f) => f.widget)).toEqual(['image', 'text']);
      const alt = field(collection, `${path}.alt`);
      expect(accepts(alt, 'kort')).toBe(false);
      expect(accepts(alt, 'Een tekening van een werkplaats')).toBe(true);
    }
    expect(field('stories', 'hero.alt').required).toBe(true);
  });

  it('check postcodes, phone numbers and web addresses as the schema does', () => {
    const postcode = field('service-points', 'address.postcode');
    expect(accepts(postcode, '3811 AB')).toBe(true);
    expect(accepts(postcode, '3811 ab')).toBe(false);
    const phone = field('service-points', 'phone');
    expect(accepts(phone, '033 123 45 67')).toBe(true);
    expect(accepts(phone, 'bel ons')).toBe(false);
    const website = field('municipalities', 'website');
    expect(accepts(website, 'https://www.amersfoort.nl')).toBe(true);
    expect(accepts(website, 'www.amersfoort.nl')).toBe(false);
  });

  it('offer the vocabularies with their Dutch labels', () => {
    expect(field('stories', 'employer.sector').options).toEqual(
      sectors.map(({ value, label }) => ({ value, label })),
    );
  });

  it('write Amsterdam wall-clock times and plain calendar dates', () => {
    expect(field('events', 'start')).toMatchObject({
      widget: 'datetime',
      format: 'YYYY-MM-DDTHH:mm',
      picker_utc: false,
    });
    expect(field('regulations', 'reviewedOn')).toMatchObject({
      widget: 'datetime',
      format: 'YYYY-MM-DD',
      time_format: false,
    });
  });

  it('let an optional object stay empty: its fields are optional in the form', () => {
    expect(field('events', 'venue').required).toBe(false);
    expect(field('events', 'venue.name').required).toBe(false);
    expect(field('events', 'venue').collapsed).toBe(true);
  });
});
