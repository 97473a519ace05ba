import { describe, expect, it } from 'vitest';
import { formatEuro, formatNumber } from './money.ts';

describe('Dutch amounts', () => {
  it.each([
    [305, '€ 3,05'],
    [600000, '€ 6.000'],
    [380640, '€ 3.806,40'],
    [101, '€ 1,01'],
  ])('%i cents is written %s', (cents, expected) => {
    expect(formatEuro(cents).replace('\u00a0', ' ')).toBe(expected);
  });

  it('keeps the euro sign on the same line as the amount', () => {
    expect(formatEuro(100)).toBe('€\u00a01');
  });

  it('writes hours with a decimal comma', () => {
    expect(formatNumber(7.9)).toBe('7,9');
    expect(formatNumber(25.5)).toBe('25,5');
    expect(formatNumber(3.6)).toBe('3,6');
    expect(formatNumber(1.44)).toBe('1,44');
    expect(formatNumber(24)).toBe('24');
  });
});
