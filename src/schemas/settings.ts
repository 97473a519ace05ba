import { z } from 'astro/zod';
import { imageWithAlt, text, webAddress, type SchemaHelpers } from './shared.ts';

/** Site-wide settings: the campaign's name, slogan, home page texts and general contact. */
export const settingsSchema = (helpers: SchemaHelpers) =>
  z.object({
    campaignName: text('Naam van de campagne', 60),
    slogan: text('Slogan', 120),
    organisation: text('Organisatie achter de campagne', 80),
    description: text('Omschrijving voor zoekmachines en bij delen', 160),
    home: z.object({
      title: text('Startpagina: kop', 90),
      intro: text('Startpagina: introductie', 400),
      image: imageWithAlt(helpers, 'Startpagina: afbeelding'),
      storiesDoor: text('Startpagina: tekst bij verhalen', 200),
      regulationsDoor: text('Startpagina: tekst bij regelingen', 200),
      eventsDoor: text('Startpagina: tekst bij bijeenkomsten', 200),
    }),
    contact: z.object({
      email: z.email('Contact: geef een geldig e-mailadres.'),
      phone: text('Contact: telefoonnummer', 20).optional(),
    }),
    website: webAddress('Website van de organisatie'),
  });
