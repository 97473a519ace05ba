import { describe, expect, it } from 'vitest';
import { buildFacets, facetHref, storiesMatching, type StoryFacts } from './story-facets.ts';

const bakery: StoryFacts = {
  sector: 'detailhandel',
  municipality: 'baarn',
  targetGroups: ['wajong', 'doelgroepregister'],
  regulations: ['no-riskpolis', 'jobcoach'],
};
const care: StoryFacts = {
  sector: 'zorg-en-welzijn',
  municipality: 'soest',
  targetGroups: ['zij-instromers'],
  regulations: ['praktijkleren'],
};
const shop: StoryFacts = {
  sector: 'detailhandel',
  municipality: 'amersfoort',
  targetGroups: ['wajong'],
  regulations: ['no-riskpolis'],
};
const label = (_key: string, value: string) => value.toUpperCase();

describe('buildFacets', () => {
  const facets = buildFacets([bakery, care, shop], label);

  it('offers the four filters in a fixed order', () => {
    expect(facets.map((facet) => facet.key)).toEqual([
      'sector',
      'gemeente',
      'doelgroep',
      'regeling',
    ]);
  });

  it('counts the stories per value', () => {
    const sector = facets.find((facet) => facet.key === 'sector');
    expect(sector?.options.map((o) => [o.value, o.count])).toEqual([
      ['detailhandel', 2],
      ['zorg-en-welzijn', 1],
    ]);
  });

  it('counts a story with several target groups once for each of them', () => {
    const groups = facets.find((facet) => facet.key === 'doelgroep');
    expect(groups?.options.map((o) => [o.value, o.count])).toEqual([
      ['doelgroepregister', 1],
      ['wajong', 2],
      ['zij-instromers', 1],
    ]);
  });

  it('leaves out values no story has, so no filter leads to an empty page', () => {
    const places = facets.find((facet) => facet.key === 'gemeente');
    expect(places?.options.map((o) => o.value)).not.toContain('woudenberg');
    expect(places?.options.every((o) => o.count > 0)).toBe(true);
  });

  it('links each value to its own page', () => {
    const rules = facets.find((facet) => facet.key === 'regeling');
    expect(rules?.options[0]?.href).toBe('/verhalen/regeling/jobcoach/');
  });
});

describe('storiesMatching', () => {
  it('keeps the stories that have the value, in order', () => {
    const stories = [bakery, care, shop];
    expect(storiesMatching(stories, (s) => s, 'regeling', 'no-riskpolis')).toEqual([bakery, shop]);
    expect(storiesMatching(stories, (s) => s, 'gemeente', 'eemnes')).toEqual([]);
  });
});

describe('facetHref', () => {
  it('builds a path with a trailing slash', () => {
    expect(facetHref('sector', 'ict')).toBe('/verhalen/sector/ict/');
  });
});
