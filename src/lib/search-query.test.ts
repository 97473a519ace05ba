import { describe, expect, it } from 'vitest';
import { hasSearch, parseSearchParams, resultSummary, toSearchParams } from './search-query.ts';

describe('the search address', () => {
  it('reads the words and the filters', () => {
    expect(
      parseSearchParams(new URLSearchParams('q=+jobcoach+&soort=Verhaal&gemeente=Baarn')),
    ).toEqual({
      query: 'jobcoach',
      filters: { soort: 'Verhaal', gemeente: 'Baarn' },
    });
  });

  it('ignores empty and unknown parameters', () => {
    expect(parseSearchParams(new URLSearchParams('q=&sector=&utm_source=x'))).toEqual({
      query: '',
      filters: {},
    });
  });

  it('round-trips, so a search can be linked', () => {
    const state = { query: 'no-riskpolis & ziek', filters: { doelgroep: 'WIA of WAO' } };
    expect(parseSearchParams(new URLSearchParams(toSearchParams(state)))).toEqual(state);
  });

  it('knows when there is nothing to search for', () => {
    expect(hasSearch({ query: '', filters: {} })).toBe(false);
    expect(hasSearch({ query: '', filters: { soort: 'Regeling' } })).toBe(true);
  });
});

describe('the result summary', () => {
  it('counts in Dutch and repeats what was searched for', () => {
    expect(resultSummary(1, { query: 'jobcoach', filters: {} })).toBe(
      '1 resultaat voor ‘jobcoach’.',
    );
    expect(resultSummary(3, { query: 'werk', filters: { gemeente: 'Baarn' } })).toBe(
      '3 resultaten voor ‘werk’ (Baarn).',
    );
    expect(resultSummary(0, { query: 'xyz', filters: {} })).toBe('Geen resultaten voor ‘xyz’.');
  });
});
