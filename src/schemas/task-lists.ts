import { z } from 'astro/zod';
import { sectors, taskPackages } from './taxonomy.ts';
import { choice, demo, text } from './shared.ts';

const taskId = z
  .string({ error: 'Code van de taak: vul dit veld in.' })
  .trim()
  .regex(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    'Code van de taak: alleen kleine letters, cijfers en streepjes, zoals dozen-vouwen.',
  )
  .max(40, 'Code van de taak: gebruik hoogstens 40 tekens.')
  .meta({ title: 'Code van de taak' });

/** One recurring simple task that skilled staff in the sector often do besides their own work. */
const task = z.object({
  id: taskId,
  label: text('Taak', 80),
  example: text('Voorbeeld uit de praktijk', 200).optional(),
  package: choice('Takenpakket', taskPackages),
  /** Hours a week such a task often takes in a business of about 20 people: a hint, not a rule. */
  typicalHours: z
    .number({ error: 'Uren per week (richtgetal): geef een getal.' })
    .min(0.5, 'Uren per week (richtgetal): minstens 0,5.')
    .max(40, 'Uren per week (richtgetal): hoogstens 40.')
    .optional(),
});

/**
 * A sector's task list for the functiecreatie quick-scan (/functiecreatie/): the recurring
 * simple tasks an employer in that sector is asked about. One list per sector.
 */
export const taskListSchema = () =>
  z.object({
    sector: choice('Sector', sectors),
    intro: text('Korte uitleg', 300),
    tasks: z
      .array(task)
      .min(4, 'Taken: geef er minstens 4.')
      .max(10, 'Taken: geef er hoogstens 10, zodat de scan kort blijft.')
      .refine(
        (tasks) => new Set(tasks.map((t) => t.id)).size === tasks.length,
        'Taken: elke taak heeft een eigen code. Twee taken hebben nu dezelfde code.',
      ),
    demo,
  });
