import { describe, expect, it } from 'vitest';
import { readCmsSettings } from './backend.ts';
import { buildCmsConfig, collectionFields } from './config.ts';

const config = buildCmsConfig(readCmsSettings({}), 'http://127.0.0.1:4321', '2026-11-29');

describe('the lists an editor sees in the CMS', () => {
  it.each(config.collections.map((collection) => [collection.name, collection] as const))(
    '%s says above its list, in a Dutch sentence, what it holds',
    (_name, collection) => {
      // A Dutch sentence: a capital, at least a few words, a full stop; no English left over.
      expect(collection.description).toMatch(/^[A-Z][^.]*\s\S+\s\S+.*\.$/);
      expect(collection.description).not.toMatch(/\b(the|and|entries|list)\b/i);
    },
  );

  it.each(config.collections.map((collection) => [collection.name, collection] as const))(
    '%s can be filtered to its invented examples when it can hold them',
    (name, collection) => {
      // Every collection whose schema has the "Voorbeeld" switch gets the filter, and only those.
      const holdsExamples = collectionFields(name as Parameters<typeof collectionFields>[0]).some(
        (field) => field.name === 'demo',
      );
      const filters = 'view_filters' in collection ? (collection.view_filters ?? []) : [];
      const exampleFilter = filters.find((filter) => filter.field === 'demo');
      expect(Boolean(exampleFilter), `filter on demo in ${name}`).toBe(holdsExamples);
      if (exampleFilter) {
        expect(exampleFilter).toMatchObject({
          label: 'Voorbeelden (nog vervangen)',
          pattern: true,
        });
      }
    },
  );
});
