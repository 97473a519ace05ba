import { z } from 'astro/zod';
import { ambassadorKinds } from './taxonomy.ts';
import { choice, demo, imageWithAlt, text, webAddress, type SchemaHelpers } from './shared.ts';

/**
 * An ambassador: an employer or ervaringsdeskundige who speaks for the campaign. The portrait is
 * only published when `consentOnFile` is true; without it the site shows initials.
 */
export const ambassadorSchema = (helpers: SchemaHelpers) =>
  z.object({
    name: text('Naam', 80),
    role: text('Functie of rol', 100),
    organisation: text('Organisatie', 100),
    kind: choice('Soort ambassadeur', ambassadorKinds),
    municipality: helpers.reference('municipalities'),
    portrait: imageWithAlt(helpers, 'Portret').optional(),
    // Off (or never switched on) is a valid "no": the CMS's switch starts off.
    consentOnFile: z
      .boolean({
        error: 'Toestemming: geef aan of er een getekende toestemming voor publicatie is.',
      })
      .default(false),
    quote: text('Citaat', 240),
    bio: text('Korte bio', 800),
    stories: z.array(helpers.reference('stories')).default([]),
    linkedin: webAddress('LinkedIn-profiel').optional(),
    demo,
  });

/**
 * What the build may publish of an ambassador: without signed consent the portrait is dropped
 * before Astro sees it, so its file is never imported, optimised or copied into the build (no
 * page, share image or `/_astro/` file can carry it). The CMS still keeps the upload in
 * `content/media/`, ready for when the consent arrives.
 */
export function withoutPortraitUnlessConsented<
  T extends { consentOnFile: boolean; portrait?: unknown },
>(ambassador: T): T {
  if (ambassador.consentOnFile) return ambassador;
  const { portrait: _withheld, ...rest } = ambassador;
  return rest as T;
}
