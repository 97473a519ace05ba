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
    // "Koffie met een ambassadeur": employers may ask the WSP for a conversation. Off unless
    // the ambassador said yes; the WSP arranges it, so no contact details are needed here.
    openForCoffee: z
      .boolean({ error: 'Koffie: geef aan of deze ambassadeur openstaat voor een gesprek.' })
      .default(false),
    quote: text('Citaat', 240),
    bio: text('Korte bio', 800),
    stories: z.array(helpers.reference('stories')).default([]),
    linkedin: webAddress('LinkedIn-profiel').optional(),
    /**
     * The ambassador's own words for their share kit; each text left empty gets a default made
     * from the fields above (src/lib/share-kit.ts).
     */
    kit: z
      .object({
        linkedin: text('Tekst voor LinkedIn', 1300).optional(),
        whatsapp: text('Tekst voor WhatsApp', 600).optional(),
        emailSubject: text('Onderwerp van de e-mail', 120).optional(),
        emailBody: text('Tekst van de e-mail', 2000).optional(),
      })
      .optional(),
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
