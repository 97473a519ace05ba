import { describe, expect, it } from 'vitest';
import { resolve, resolveAll } from './references.ts';

const entries = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

describe('resolve', () => {
  it('finds the entry a reference points at', () => {
    expect(resolve(entries, { id: 'b' })).toBe(entries[1]);
  });

  it('throws for a reference to nothing', () => {
    expect(() => resolve(entries, { id: 'x' })).toThrow('Verwijzing naar "x" bestaat niet.');
  });
});

describe('resolveAll', () => {
  it('keeps the order of the references and drops missing ones', () => {
    expect(resolveAll(entries, [{ id: 'c' }, { id: 'x' }, { id: 'a' }])).toEqual([
      { id: 'c' },
      { id: 'a' },
    ]);
  });
});
