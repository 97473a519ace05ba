import { describe, expect, it } from 'vitest';
import { initialsOf } from './people.ts';

describe('initialsOf', () => {
  it('takes the first letters of the first and last name', () => {
    expect(initialsOf('Ingrid Smit')).toBe('IS');
  });

  it('skips Dutch particles such as van and de', () => {
    expect(initialsOf('Lisa van Dam')).toBe('LD');
    expect(initialsOf('Anouk de Wit')).toBe('AW');
  });

  it('skips Arabic particles too', () => {
    expect(initialsOf('Fatima El Idrissi')).toBe('FI');
  });

  it('gives one letter for a single name', () => {
    expect(initialsOf('Yonas')).toBe('Y');
  });
});
