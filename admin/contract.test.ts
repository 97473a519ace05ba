import { describe, expect, it } from 'vitest';
import type { CmsCollection } from 'decap-cms-core';
import {
  brokenStoryFields,
  labelsWithLeftover,
  storySchemaWithNewField,
} from '../tests/fixtures/cms/broken-contract.ts';
import { collectionFiles, collectionNames, schemas } from '../src/schemas/registry.ts';
import type { CollectionName } from '../src/schemas/shared.ts';
import { readCmsSettings } from './backend.ts';
import { buildCmsConfig, collectionFields } from './config.ts';
import { contractHelpers, contractProblems } from './contract.ts';
import { fieldLabels } from './labels.ts';

const config = buildCmsConfig(readCmsSettings({}), 'http://127.0.0.1:4321', '2026-11-29');

function schemaOf(name: CollectionName) {
  return schemas[name](contractHelpers);
}

function extraFields(name: CollectionName) {
  return collectionFiles[name].extension === 'md' ? ['body'] : [];
}

describe('the CMS configuration and the content schemas', () => {
  it('have the same collections, in the same folders', () => {
    expect(config.collections.map((collection) => collection.name).sort()).toEqual(
      [...collectionNames].sort(),
    );
    for (const collection of config.collections) {
      const { folder, extension } = collectionFiles[collection.name as CollectionName];
      const files = collection.files?.map((file) => file.file) ?? [];
      if (collection.folder) {
        expect(collection.folder).toBe(`content/${folder}`);
        expect(collection.extension).toBe(extension);
      } else {
        expect(files.length).toBeGreaterThan(0);
        for (const file of files)
          expect(file).toMatch(new RegExp(`^content/${folder}/[a-z-]+\\.${extension}$`));
      }
    }
  });

  for (const name of collectionNames) {
    it(`agree on every field of ${name}: names, required-ness, choices, references, labels`, () => {
      const collection = config.collections.find((c) => c.name === name) as CmsCollection;
      const fieldLists = collection.fields
        ? [collection.fields]
        : (collection.files ?? []).map((file) => file.fields);
      for (const fields of fieldLists) {
        expect(
          contractProblems(schemaOf(name), fields, fieldLabels[name], extraFields(name)),
        ).toEqual([]);
      }
    });
  }

  it('give Markdown collections a required body and no other field outside the schema', () => {
    for (const name of collectionNames) {
      const body = collectionFields(name).find((field) => field.name === 'body');
      expect(Boolean(body), name).toBe(collectionFiles[name].extension === 'md');
      if (body) expect(body).toMatchObject({ widget: 'markdown', required: true });
    }
  });
});

describe('the contract test itself', () => {
  it('reports every kind of drift in a deliberately broken configuration', () => {
    const problems = contractProblems(
      schemaOf('stories'),
      brokenStoryFields(),
      fieldLabels.stories,
      ['body'],
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        'summary: is in the schema but not in the CMS',
        'nickname: is in the CMS but not in the schema',
        'employer.name: the schema says required, the CMS says optional',
        expect.stringMatching(/^employer\.sector: choices differ: .*ict/),
        'municipality: refers to municipalities but the CMS relation points at service-points',
        'regulations: is a list but the CMS allows only one',
      ]),
    );
    expect(problems).toHaveLength(6);
  });

  it('reports a schema field without a label, and a label without a field', () => {
    const fields = collectionFields('stories');
    const unlabelled = contractProblems(storySchemaWithNewField(), fields, fieldLabels.stories, [
      'body',
    ]);
    expect(unlabelled).toContain(
      "reviewer: has no Dutch label, in its schema's title or in admin/labels.ts",
    );
    expect(unlabelled).toContain('reviewer: is in the schema but not in the CMS');
    const leftover = contractProblems(schemaOf('stories'), fields, labelsWithLeftover, ['body']);
    expect(leftover).toEqual(['interviewer: has a label but no field in the schema']);
  });

  it('reports a label written both in the schema and in admin/labels.ts', () => {
    const twice = { ...fieldLabels.stories, title: { label: 'Titel' } };
    expect(
      contractProblems(schemaOf('stories'), collectionFields('stories'), twice, ['body']),
    ).toEqual(['title: the label "Titel" is written twice, in the schema and in admin/labels.ts']);
  });
});

describe('the labels', () => {
  it("come from the schema builders, so the CMS shows an editor the words of the build's messages", () => {
    const title = collectionFields('stories').find((field) => field.name === 'title');
    expect(title?.label).toBe('Titel');
    expect(fieldLabels.stories['title']?.label).toBeUndefined();
  });
});
