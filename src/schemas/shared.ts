/**
 * Field builders shared by every content schema. Messages are Dutch and name the field in the
 * words the CMS shows, because an editor reads them when the build refuses their change. The same
 * words are the field's `title` (zod metadata), and the CMS shows that title as the field's
 * label (admin/config.ts): each label is written once, here.
 */
import type { ImageMetadata } from 'astro';
import { z } from 'astro/zod';
import {
  isCalendarDate,
  isLocalDateTime,
  toCalendarDate,
  amsterdamToInstant,
} from './date-values.ts';
import { valuesOf, type Term } from './taxonomy.ts';

// Generic messages (a missing field, a wrong type) in Dutch as well: editors read them.
z.config(z.locales.nl());

/**
 * What a schema needs from Astro: `image()` from the schema context and `reference()` from
 * `astro:content`. Passed in, so unit tests can build the same schemas without Astro running.
 */
export interface SchemaHelpers {
  image: () => z.ZodType<ImageMetadata>;
  reference: (collection: CollectionName) => z.ZodType<{ collection: string; id: string }>;
}

export type CollectionName =
  | 'stories'
  | 'regulations'
  | 'ambassadors'
  | 'events'
  | 'municipalities'
  | 'service-points'
  | 'task-lists'
  | 'pages'
  | 'settings'
  | 'goals';

/** Required plain text of at most `max` characters. */
export function text(label: string, max: number) {
  return z
    .string({ error: `${label}: vul dit veld in.` })
    .trim()
    .min(1, `${label}: vul dit veld in.`)
    .max(max, `${label}: gebruik hoogstens ${max} tekens.`)
    .meta({ title: label });
}

/** A choice from one of the fixed vocabularies in `taxonomy.ts`. */
export function choice<const T extends readonly [Term, ...Term[]]>(label: string, terms: T) {
  const allowed = terms.map((term) => term.value).join(', ');
  return z
    .enum(valuesOf(terms), { error: `${label}: kies een van ${allowed}.` })
    .meta({ title: label });
}

/** A web address starting with https:// (or http:// for the few sites without TLS). */
export function webAddress(label: string) {
  return z
    .url({
      protocol: /^https?$/,
      error: `${label}: geef een volledig webadres, beginnend met https://.`,
    })
    .max(500, `${label}: dit webadres is te lang.`)
    .meta({ title: label });
}

/** A calendar date "YYYY-MM-DD"; YAML may hand it over as a Date, which means the same day. */
export function calendarDate(label: string) {
  return z
    .union([z.date(), z.string()], { error: `${label}: geef een datum als 2026-11-27.` })
    .transform(toCalendarDate)
    .refine(isCalendarDate, `${label}: geef een bestaande datum als 2026-11-27.`)
    .meta({ title: label });
}

/**
 * An Amsterdam wall-clock time "YYYY-MM-DDTHH:mm", turned into an instant. A YAML timestamp
 * (with seconds or a zone) is refused: YAML would read it as UTC and shift the event by an hour.
 */
export function localDateTime(label: string) {
  return z
    .string({
      error: `${label}: schrijf datum en tijd als "2026-12-10T19:30" (tussen aanhalingstekens, Nederlandse tijd).`,
    })
    .refine(
      isLocalDateTime,
      `${label}: schrijf datum en tijd als 2026-12-10T19:30 (Nederlandse tijd).`,
    )
    .transform((value) => amsterdamToInstant(value))
    .meta({ title: label });
}

/** An image with its required alternative text. */
export function imageWithAlt(helpers: SchemaHelpers, label: string) {
  return z
    .object({
      src: helpers.image(),
      alt: z
        .string({ error: `${label}: beschrijf wat er op de afbeelding staat (alt-tekst).` })
        .trim()
        .min(5, `${label}: beschrijf wat er op de afbeelding staat (alt-tekst, minstens 5 tekens).`)
        .max(250, `${label}: houd de alt-tekst korter dan 250 tekens.`),
    })
    .meta({ title: label });
}

/**
 * A source of a fact: a title, a web address, and the day someone last read it there (pages
 * change; the date tells a reader how fresh the check is). Optional, because a source added
 * before the field existed may not have one.
 */
export const source = z.object({
  title: text('Titel van de bron', 200),
  url: webAddress('Webadres van de bron'),
  seen: calendarDate('Geraadpleegd op').optional(),
});

/** Invented example content: shown with a visible "Voorbeeld" label until staff replace it. */
export const demo = z.boolean().default(false);
