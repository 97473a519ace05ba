import { describe, expect, it } from 'vitest';
import { colors, parseColorTokens } from './design-tokens.ts';

describe('colour tokens', () => {
  it('are read from global.css', () => {
    expect(colors.brand).toBe('#0b5563');
    expect(colors.accent).toBe('#f2a93b');
    expect(Object.values(colors).every((value) => /^#[0-9a-f]{6}$/.test(value))).toBe(true);
  });

  it('name the tokens that are missing', () => {
    expect(() => parseColorTokens('--color-ink: #000000;')).toThrow(/brand, brand-dark/);
  });
});
