import { z } from 'astro/zod';
import { sectors, sizeClasses, storyThemes, targetGroups } from './taxonomy.ts';
import {
  calendarDate,
  choice,
  demo,
  imageWithAlt,
  source,
  text,
  webAddress,
  type SchemaHelpers,
} from './shared.ts';

/** A campaign story: an employer in the region who hired someone, told with numbers and a quote. */
export const storySchema = (helpers: SchemaHelpers) =>
  z.object({
    title: text('Titel', 90),
    summary: text('Samenvatting', 240),
    employer: z.object({
      name: text('Naam van de werkgever', 80),
      sector: choice('Sector', sectors),
      size: choice('Grootte van het bedrijf', sizeClasses),
      website: webAddress('Website van de werkgever').optional(),
    }),
    municipality: helpers.reference('municipalities'),
    targetGroups: z
      .array(choice('Doelgroep', targetGroups))
      .min(1, 'Doelgroepen: kies er minstens één.'),
    regulations: z.array(helpers.reference('regulations')).default([]),
    /** Themes the story shows (e.g. functiecreatie): the theme's page lists it. */
    themes: z.array(choice('Thema', storyThemes)).default([]),
    outcome: z
      .object({
        peopleHired: z
          .number({ error: 'Aantal mensen aan het werk: geef een heel getal.' })
          .int('Aantal mensen aan het werk: geef een heel getal.')
          .min(0)
          .max(1000)
          .optional(),
        hoursPerWeek: z
          .number({ error: 'Uren per week: geef een getal.' })
          .min(1, 'Uren per week: minstens 1.')
          .max(40, 'Uren per week: hoogstens 40.')
          .optional(),
        coaching: text('Begeleiding', 200).optional(),
      })
      .default({}),
    hero: imageWithAlt(helpers, 'Hoofdafbeelding'),
    quote: z.object({
      text: text('Citaat', 300),
      speaker: text('Citaat: wie zegt het', 80),
      role: text('Citaat: rol van de spreker', 120).optional(),
    }),
    publishedOn: calendarDate('Gepubliceerd op'),
    updatedOn: calendarDate('Bijgewerkt op').optional(),
    basedOn: text('Gebaseerd op', 300).optional(),
    sources: z.array(source).default([]),
    draft: z.boolean().default(false),
    demo,
  });
