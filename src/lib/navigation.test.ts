import { describe, expect, it } from 'vitest';
import { currentSection } from './navigation.ts';

describe('currentSection', () => {
  it('finds the section of a detail page', () => {
    expect(currentSection('/verhalen/de-blauwe-paraplu/')?.label).toBe('Verhalen');
  });

  it('finds the section of the overview itself', () => {
    expect(currentSection('/bijeenkomsten/')?.label).toBe('Bijeenkomsten');
  });

  it('finds the most specific section: the regelingenwijzer, not the regulations around it', () => {
    expect(currentSection('/regelingen/wijzer/uitkomst/')?.label).toBe('Regelingenwijzer');
    expect(currentSection('/regelingen/no-riskpolis/')?.label).toBe('Regelingen');
    expect(currentSection('/gemeenten/soest/')?.label).toBe('Gemeenten');
  });

  it('finds "Aan de slag" for the pages about what an employer can do next', () => {
    expect(currentSection('/aan-de-slag/')?.label).toBe('Aan de slag');
    expect(currentSection('/sociaal-inkopen/')?.label).toBe('Aan de slag');
    expect(currentSection('/leermeester-en-leerbedrijf/')?.label).toBe('Aan de slag');
    expect(currentSection('/functiecreatie/uitkomst/')?.label).toBe('Aan de slag');
  });

  it('finds no section for the home page or pages outside the menu', () => {
    expect(currentSection('/')).toBeUndefined();
    expect(currentSection('/privacy/')).toBeUndefined();
  });
});
