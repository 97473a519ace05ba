import { describe, expect, it } from 'vitest';
import { findDanglingReferences, formatProblems, referencesIn } from './content-integrity.ts';

const entry = (collection: string, id: string, data: unknown) => ({
  collection,
  id,
  filePath: `content/${collection}/${id}.md`,
  data,
});

describe('referencesIn', () => {
  it('finds references in nested objects and lists, with their field path', () => {
    const data = {
      title: 'x',
      municipality: { collection: 'municipalities', id: 'baarn' },
      regulations: [
        { collection: 'regulations', id: 'jobcoach' },
        { collection: 'regulations', id: 'lkv' },
      ],
      hero: { src: 'a.png', alt: 'b' },
      publishedOn: new Date(),
    };
    expect(referencesIn(data).map((ref) => `${ref.field}=${ref.id}`)).toEqual([
      'municipality=baarn',
      'regulations.0=jobcoach',
      'regulations.1=lkv',
    ]);
  });
});

describe('findDanglingReferences', () => {
  const municipalities = [entry('municipalities', 'baarn', { name: 'Baarn' })];

  it('accepts references to entries that exist', () => {
    const story = entry('stories', 'a', {
      municipality: { collection: 'municipalities', id: 'baarn' },
    });
    expect(findDanglingReferences([...municipalities, story])).toEqual([]);
  });

  it('names the file and field of a reference to a missing entry', () => {
    const story = entry('stories', 'a', {
      municipality: { collection: 'municipalities', id: 'barn' },
    });
    const problems = findDanglingReferences([...municipalities, story], (c) =>
      c === 'municipalities' ? 'Gemeenten' : c,
    );
    expect(problems).toEqual([
      {
        filePath: 'content/stories/a.md',
        field: 'municipality',
        message: expect.stringContaining(
          'verwijst naar "barn" in Gemeenten, maar dat bestaat niet',
        ),
      },
    ]);
  });

  it('does not mistake an id in another collection for the referenced one', () => {
    const story = entry('stories', 'a', {
      regulations: [{ collection: 'regulations', id: 'baarn' }],
    });
    expect(findDanglingReferences([...municipalities, story])).toHaveLength(1);
  });
});

describe('formatProblems', () => {
  it('writes one line per problem, file and field first', () => {
    const text = formatProblems([
      { filePath: 'content/events/x.md', field: 'servicePoint', message: 'bestaat niet.' },
    ]);
    expect(text).toBe(
      'De inhoud bevat 1 fout:\n  content/events/x.md → servicePoint: bestaat niet.',
    );
  });
});
