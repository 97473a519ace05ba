import { describe, expect, it } from 'vitest';
import type { Municipality, Regulation, Story } from './content.ts';
import { buildFacets, storiesMatching } from './story-facets.ts';
import { facetLabeler, storyFacetIndex, storyFacts } from './story-facts.ts';

const story = (id: string, sector: string, municipality: string, groups: string[]) =>
  ({
    id,
    data: {
      employer: { sector },
      municipality: { collection: 'municipalities', id: municipality },
      targetGroups: groups,
      regulations: [{ collection: 'regulations', id: 'jobcoach' }],
    },
  }) as unknown as Story;

const content = {
  municipalities: [
    { id: 'baarn', data: { name: 'Baarn' } },
    { id: 'soest', data: { name: 'Soest' } },
  ] as unknown as Municipality[],
  regulations: [{ id: 'jobcoach', data: { title: 'Jobcoach' } }] as unknown as Regulation[],
};

const stories = [
  story('a', 'ict', 'baarn', ['wajong', 'ww']),
  story('b', 'groen', 'soest', ['ww']),
  story('c', 'ict', 'soest', ['bijstand']),
];

describe('storyFacetIndex', () => {
  it('gives the same filters and stories as computing them per page', () => {
    const index = storyFacetIndex(stories, content);
    expect(index.facets).toEqual(buildFacets(stories.map(storyFacts), facetLabeler(content)));
    for (const facet of index.facets) {
      for (const option of facet.options) {
        expect(index.storiesOf(option.key, option.value)).toEqual(
          storiesMatching(stories, storyFacts, option.key, option.value),
        );
      }
    }
    expect(index.storiesOf('sector', 'ict').map((entry) => entry.id)).toEqual(['a', 'c']);
    expect(index.storiesOf('sector', 'zorg-en-welzijn')).toEqual([]);
  });

  it('is computed once per story list', () => {
    expect(storyFacetIndex(stories, content)).toBe(storyFacetIndex(stories, content));
    expect(storyFacetIndex([...stories], content)).not.toBe(storyFacetIndex(stories, content));
  });
});
