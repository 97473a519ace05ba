import { describe, expect, it } from 'vitest';
import { countOf, dutchList, inSentence, telHref } from './text.ts';

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

describe('dutchList', () => {
  it('joins with commas and "en" before the last item', () => {
    expect(dutchList([])).toBe('');
    expect(dutchList(['de uren'])).toBe('de uren');
    expect(dutchList(['de uren', 'de startdatum'])).toBe('de uren en de startdatum');
    expect(dutchList(['a', 'b', 'c'])).toBe('a, b en c');
  });
});

describe('inSentence', () => {
  it('lower-cases a role that starts a line, so it reads well inside a sentence', () => {
    expect(inSentence('Eigenaar')).toBe('eigenaar');
    expect(inSentence('Bedrijfsleider horeca')).toBe('bedrijfsleider horeca');
  });

  it('keeps abbreviations and words in capitals as they are', () => {
    expect(inSentence('HR-manager')).toBe('HR-manager');
    expect(inSentence('WSP-adviseur')).toBe('WSP-adviseur');
  });
});
