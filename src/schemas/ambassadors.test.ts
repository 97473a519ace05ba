import { describe, expect, it } from 'vitest';
import { stubHelpers } from '../../tests/support/content-files.ts';
import { ambassadorSchema, withoutPortraitUnlessConsented } from './ambassadors.ts';

// Image paths resolve against this file's folder, where this file exists.
const helpers = stubHelpers(new URL(import.meta.url).pathname);
const ambassador = {
  name: 'Anouk de Wit',
  role: 'Eigenaar',
  organisation: 'Bakkerij De Wit',
  kind: 'werkgever',
  municipality: 'soest',
  portrait: { src: './ambassadors.test.ts', alt: 'Portret van Anouk de Wit in haar bakkerij.' },
  quote: 'Iedereen kan iets.',
  bio: 'Anouk heeft een bakkerij in Soest.',
};

describe('an ambassador’s consent', () => {
  it('left unanswered, as the CMS switch starts, is a valid no', () => {
    const parsed = ambassadorSchema(helpers).parse(ambassador);
    expect(parsed.consentOnFile).toBe(false);
  });

  it('keeps the portrait out of what the build publishes when it is no', () => {
    const parsed = ambassadorSchema(helpers).parse({ ...ambassador, consentOnFile: false });
    expect(parsed.portrait).toBeDefined();
    const published = withoutPortraitUnlessConsented(parsed);
    expect(published).not.toHaveProperty('portrait');
    expect(published.name).toBe('Anouk de Wit');
  });

  it('publishes the portrait when signed consent is on file', () => {
    const parsed = ambassadorSchema(helpers).parse({ ...ambassador, consentOnFile: true });
    expect(withoutPortraitUnlessConsented(parsed).portrait?.alt).toMatch(/^Portret van Anouk/);
  });
});
