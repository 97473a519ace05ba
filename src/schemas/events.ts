import { z } from 'astro/zod';
import { eventStatuses } from './taxonomy.ts';
import {
  choice,
  demo,
  imageWithAlt,
  localDateTime,
  text,
  webAddress,
  type SchemaHelpers,
} from './shared.ts';

/**
 * A meeting for employers. Times are Amsterdam wall-clock times. An event happens at a venue in
 * one of the municipalities, online, or both.
 */
export const eventSchema = (helpers: SchemaHelpers) =>
  z
    .object({
      title: text('Titel', 90),
      summary: text('Samenvatting', 240),
      start: localDateTime('Begint op'),
      end: localDateTime('Eindigt op'),
      signupDeadline: localDateTime('Aanmelden kan tot'),
      venue: z
        .object({
          name: text('Locatie: naam', 100),
          address: text('Locatie: adres', 120),
          postcode: z
            .string()
            .trim()
            .regex(/^\d{4} ?[A-Z]{2}$/, 'Locatie: postcode als 3811 AB.')
            .optional(),
          city: text('Locatie: plaats', 60),
        })
        .optional(),
      municipality: helpers.reference('municipalities').optional(),
      onlineUrl: webAddress('Link voor online meedoen').optional(),
      capacity: z
        .number({ error: 'Aantal plaatsen: geef een heel getal.' })
        .int('Aantal plaatsen: geef een heel getal.')
        .min(1, 'Aantal plaatsen: minstens 1.')
        .max(5000, 'Aantal plaatsen: hoogstens 5000.'),
      status: choice('Status', eventStatuses).default('gepland'),
      servicePoint: helpers.reference('service-points'),
      audience: text('Voor wie', 200).optional(),
      image: imageWithAlt(helpers, 'Afbeelding').optional(),
      demo,
    })
    .refine((event) => event.end > event.start, {
      message: 'Eindigt op: kies een tijd na het begin.',
      path: ['end'],
    })
    .refine((event) => event.signupDeadline <= event.start, {
      message: 'Aanmelden kan tot: kies een moment vóór het begin.',
      path: ['signupDeadline'],
    })
    .refine((event) => event.venue !== undefined || event.onlineUrl !== undefined, {
      message: 'Locatie: geef een locatie, een link voor online meedoen, of allebei.',
      path: ['venue'],
    })
    .refine((event) => event.venue === undefined || event.municipality !== undefined, {
      message: 'Gemeente: kies de gemeente waar de locatie ligt.',
      path: ['municipality'],
    });
