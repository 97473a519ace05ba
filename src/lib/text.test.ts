import { describe, expect, it } from 'vitest';
import { countOf, telHref } from './text.ts';

describe('countOf', () => {
  it('uses the singular only for exactly one', () => {
    expect(countOf(1, 'verhaal', 'verhalen')).toBe('1 verhaal');
    expect(countOf(0, 'verhaal', 'verhalen')).toBe('0 verhalen');
    expect(countOf(12, 'verhaal', 'verhalen')).toBe('12 verhalen');
  });
});

describe('telHref', () => {
  it('keeps digits and the plus sign', () => {
    expect(telHref('+31 (0)33 123 45-67')).toBe('tel:+310331234567');
  });
});
