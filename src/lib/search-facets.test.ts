import { describe, expect, it } from 'vitest';
import { facetOptions, searchFacets } from './search-facets.ts';

describe('search facets', () => {
  it('use the Dutch labels of sectors and target groups', () => {
    expect(
      searchFacets('Verhaal', {
        sectors: ['zorg-en-welzijn'],
        municipalities: ['Baarn'],
        targetGroups: ['wia', 'wajong'],
      }),
    ).toEqual({
      soort: 'Verhaal',
      sector: ['Zorg en welzijn'],
      gemeente: ['Baarn'],
      doelgroep: ['WIA of WAO', 'Wajong'],
    });
  });

  it('list each value once', () => {
    expect(searchFacets('Ambassadeur', { sectors: ['ict', 'ict'] }).sector).toEqual(['ICT']);
  });

  it('offer every value that occurs, types in their fixed order', () => {
    const options = facetOptions([
      searchFacets('Regeling', { targetGroups: ['wajong'] }),
      searchFacets('Verhaal', { municipalities: ['Soest', 'Baarn'] }),
    ]);
    expect(options).toEqual({
      soort: ['Verhaal', 'Regeling'],
      sector: [],
      gemeente: ['Baarn', 'Soest'],
      doelgroep: ['Wajong'],
    });
  });
});
