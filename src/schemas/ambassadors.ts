import { z } from 'astro/zod';
import { ambassadorKinds } from '../lib/taxonomy.ts';
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
    consentOnFile: z.boolean({
      error: 'Toestemming: geef aan of er een getekende toestemming voor publicatie is.',
    }),
    quote: text('Citaat', 240),
    bio: text('Korte bio', 800),
    stories: z.array(helpers.reference('stories')).default([]),
    linkedin: webAddress('LinkedIn-profiel').optional(),
    demo,
  });
