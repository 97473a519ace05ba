import { describe, expect, it } from 'vitest';
import { buildFacets, type StoryFacts } from './story-facets.ts';
import {
  chosenFilters,
  listingFacets,
  listingPages,
  listingPath,
  listingSubject,
  storyListings,
} from './story-listings.ts';

const story = (
  id: string,
  sector: string,
  municipality: string,
  targetGroups: string[] = ['wajong'],
  regulations: string[] = ['jobcoach'],
) => ({ id, facts: { sector, municipality, targetGroups, regulations } satisfies StoryFacts });
const stories = [
  story('bakker', 'detailhandel', 'baarn', ['wajong', 'wajong']),
  story('zorg-1', 'zorg', 'soest', ['statushouders']),
  story('zorg-2', 'zorg', 'baarn'),
  story('winkel', 'detailhandel', 'baarn', ['50-plussers'], ['no-riskpolis']),
];
const factsOf = (entry: (typeof stories)[number]) => entry.facts;
const label = (_key: string, value: string) => value.toUpperCase();
const listings = storyListings(stories, factsOf);
const byPath = (path: string) => listings.find((listing) => listing.basePath === path);
const ids = (path: string) => byPath(path)?.stories.map((entry) => entry.id);

describe('storyListings', () => {
  it('starts with all stories at /verhalen/', () => {
    expect(listings[0]?.basePath).toBe('/verhalen/');
    expect(listings[0]?.stories).toHaveLength(4);
  });

  it('has one listing per filter value, with its stories in order', () => {
    expect(ids('/verhalen/sector/detailhandel/')).toEqual(['bakker', 'winkel']);
    expect(ids('/verhalen/gemeente/baarn/')).toEqual(['bakker', 'zorg-2', 'winkel']);
    expect(ids('/verhalen/regeling/no-riskpolis/')).toEqual(['winkel']);
  });

  it('lists a story once even when it names a value twice', () => {
    expect(ids('/verhalen/doelgroep/wajong/')).toEqual(['bakker', 'zorg-2']);
  });

  it('combines sector and municipality only where stories exist', () => {
    expect(ids('/verhalen/sector/zorg/gemeente/baarn/')).toEqual(['zorg-2']);
    expect(ids('/verhalen/sector/detailhandel/gemeente/baarn/')).toEqual(['bakker', 'winkel']);
    expect(byPath('/verhalen/sector/detailhandel/gemeente/soest/')).toBeUndefined();
    const combinations = listings.filter((listing) => listing.filters.length === 2);
    expect(combinations.map((listing) => listing.basePath)).toEqual([
      '/verhalen/sector/detailhandel/gemeente/baarn/',
      '/verhalen/sector/zorg/gemeente/baarn/',
      '/verhalen/sector/zorg/gemeente/soest/',
    ]);
  });

  it('has no listing without stories', () => {
    expect(listings.every((listing) => listing.stories.length > 0)).toBe(true);
  });
});

describe('listingPath', () => {
  it('puts the sector before the municipality, whatever the order given', () => {
    expect(
      listingPath([
        { key: 'gemeente', value: 'baarn' },
        { key: 'sector', value: 'ict' },
      ]),
    ).toBe('/verhalen/sector/ict/gemeente/baarn/');
    expect(listingPath([])).toBe('/verhalen/');
  });
});

describe('listingPages', () => {
  it('splits a listing over pages that together hold every story once', () => {
    const pages = listingPages(listings[0]!, 3);
    expect(pages.map((page) => page.path)).toEqual(['/verhalen/', '/verhalen/pagina/2/']);
    expect(pages.map((page) => page.pageCount)).toEqual([2, 2]);
    expect(pages.flatMap((page) => page.stories)).toEqual(listings[0]?.stories);
  });
});

describe('listingFacets', () => {
  const allFacts = stories.map(factsOf);
  const everything = buildFacets(allFacts, label);

  it('offers the global filters when nothing is chosen', () => {
    expect(listingFacets([], allFacts, everything, label)).toEqual(everything);
  });

  it('with a sector chosen, counts the municipalities within it and links to the combination', () => {
    const facets = listingFacets([{ key: 'sector', value: 'zorg' }], allFacts, everything, label);
    const places = facets.find((facet) => facet.key === 'gemeente');
    expect(places?.within).toBe('ZORG');
    expect(places?.options.map((option) => [option.value, option.count, option.href])).toEqual([
      ['baarn', 1, '/verhalen/sector/zorg/gemeente/baarn/'],
      ['soest', 1, '/verhalen/sector/zorg/gemeente/soest/'],
    ]);
    // The sectors themselves still lead to their own pages.
    expect(facets.find((facet) => facet.key === 'sector')).toEqual(everything[0]);
  });

  it('in a combination, each of the two narrows the other', () => {
    const facets = listingFacets(
      [
        { key: 'sector', value: 'zorg' },
        { key: 'gemeente', value: 'soest' },
      ],
      allFacts,
      everything,
      label,
    );
    const sectors = facets.find((facet) => facet.key === 'sector');
    expect(sectors?.options.map((option) => option.href)).toEqual([
      '/verhalen/sector/zorg/gemeente/soest/',
    ]);
    const groups = facets.find((facet) => facet.key === 'doelgroep');
    expect(groups?.within).toBeUndefined();
    expect(groups?.options[0]?.href).toBe('/verhalen/doelgroep/50-plussers/');
  });
});

describe('chosenFilters', () => {
  it('says where each filter goes when it is taken away', () => {
    expect(
      chosenFilters(
        [
          { key: 'sector', value: 'zorg' },
          { key: 'gemeente', value: 'soest' },
        ],
        label,
      ),
    ).toEqual([
      { key: 'sector', value: 'zorg', label: 'ZORG', withoutHref: '/verhalen/gemeente/soest/' },
      { key: 'gemeente', value: 'soest', label: 'SOEST', withoutHref: '/verhalen/sector/zorg/' },
    ]);
  });
});

describe('listingSubject', () => {
  it('names a sector in a municipality as one phrase', () => {
    const both = chosenFilters(
      [
        { key: 'sector', value: 'zorg' },
        { key: 'gemeente', value: 'soest' },
      ],
      label,
    );
    expect(listingSubject(both)).toBe('ZORG in SOEST');
    expect(listingSubject(both.slice(1))).toBe('SOEST');
  });
});
