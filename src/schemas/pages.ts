import { z } from 'astro/zod';
import { calendarDate, text } from './shared.ts';

/** A plain page (over, contact, privacy, toegankelijkheid): title, description and Markdown body. */
export const pageSchema = () =>
  z.object({
    title: text('Titel', 80),
    description: text('Omschrijving voor zoekmachines', 160),
    updatedOn: calendarDate('Bijgewerkt op'),
  });
