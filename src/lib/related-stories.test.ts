import { describe, expect, it } from 'vitest';
import { relatedStories } from './related-stories.ts';

const story = (id: string, sector: string) => ({ id, data: { employer: { sector } } });
const stories = [
  story('a', 'zorg'),
  story('b', 'ict'),
  story('c', 'zorg'),
  story('d', 'zorg'),
  story('e', 'zorg'),
  story('f', 'groen'),
];
const ids = (list: { id: string }[]) => list.map((entry) => entry.id);

describe('relatedStories', () => {
  it('gives the first two others from the same sector', () => {
    expect(ids(relatedStories(stories, stories[0]!))).toEqual(['c', 'd']);
    expect(ids(relatedStories(stories, stories[3]!))).toEqual(['a', 'c']);
    expect(ids(relatedStories(stories, stories[4]!))).toEqual(['a', 'c']);
  });

  it('falls back to the newest others when no other story shares the sector', () => {
    expect(ids(relatedStories(stories, stories[1]!))).toEqual(['a', 'c']);
    expect(ids(relatedStories(stories, stories[5]!))).toEqual(['a', 'b']);
    expect(ids(relatedStories([story('a', 'zorg')], story('a', 'zorg')))).toEqual([]);
  });

  it('matches filtering the whole list for every story', () => {
    const many = Array.from({ length: 300 }, (_, index) =>
      story(`s${index}`, ['zorg', 'ict', 'groen', 'bouw'][(index * 7) % 4]!),
    );
    many.push(story('alone', 'horeca'));
    for (const current of many) {
      const naive = many
        .filter(
          (other) =>
            other.id !== current.id && other.data.employer.sector === current.data.employer.sector,
        )
        .slice(0, 2);
      const expected =
        naive.length > 0 ? naive : many.filter((other) => other.id !== current.id).slice(0, 2);
      expect(ids(relatedStories(many, current))).toEqual(ids(expected));
    }
  });
});
