import { z } from 'astro/zod';
import { demo, source, text, webAddress } from './shared.ts';

/**
 * A Werkgeversservicepunt (WSP): the public face and contact details. Delivery secrets (webhook
 * URLs, tokens, inboxes for signups) never live here: they come from the environment.
 */
export const servicePointSchema = () =>
  z.object({
    name: text('Naam', 80),
    shortName: text('Korte naam', 40),
    region: text('Arbeidsmarktregio', 80),
    description: text('Omschrijving', 600),
    email: z.email('E-mailadres: geef een geldig e-mailadres.'),
    phone: z
      .string()
      .trim()
      .regex(
        /^[0-9 +()-]{10,20}$/,
        'Telefoonnummer: alleen cijfers, spaties en +, zoals 033 123 45 67.',
      )
      .optional(),
    website: webAddress('Website'),
    /** What the website is, when it is not the service point's own (e.g. the municipality's). */
    websiteLabel: text('Omschrijving van de website', 60).optional(),
    address: z
      .object({
        street: text('Adres: straat en huisnummer', 100),
        postcode: z
          .string()
          .trim()
          .regex(/^\d{4} ?[A-Z]{2}$/, 'Adres: postcode als 3811 AB.'),
        city: text('Adres: plaats', 60),
      })
      .optional(),
    hours: text('Bereikbaar', 120).optional(),
    /** Where the contact details were published, with the date they were seen. */
    sources: z.array(source).default([]),
    /** True while the contact details are placeholders that staff must confirm. */
    demo,
  });
