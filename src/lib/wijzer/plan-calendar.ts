/** The hire plan's deadlines as whole-day calendar items and as a calendar file (src/lib/ics.ts). */
import { amsterdamDateOf } from '../dates.ts';
import { toICalendar, type CalendarItem } from '../ics.ts';
import { outcomeOfAnswers, resultAddress } from './outcome-of-answers.ts';
import type { WijzerRegulation, WijzerResult } from './result.ts';
import { afterTrialText, dueText } from './wording.ts';

const UID_DOMAIN = 'regelingenwijzer.werkgevers.regioamersfoort.nl';

const firstSentence = (text: string) => /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;

/**
 * One item for the first working day and one per dated action (a yearly action once a year).
 * UIDs follow from the answers, so downloading the same plan again updates the same items.
 */
export function planCalendarItems(result: WijzerResult, address: string): CalendarItem[] {
  if (!result.start) return [];
  const items: CalendarItem[] = [
    {
      uid: `eerste-werkdag-${result.start}@${UID_DOMAIN}`,
      summary: 'Eerste werkdag van uw nieuwe medewerker',
      description: `Uw aannameplan: ${address}`,
      url: address,
      date: result.start,
    },
  ];
  result.plan.forEach((item, index) => {
    for (const date of [item.date, ...item.moreDates]) {
      if (!date) continue;
      items.push({
        uid: `${item.regulationId}-${index}-${date}@${UID_DOMAIN}`,
        summary: `${item.regulationTitle}: ${firstSentence(item.text)}`,
        description: [
          item.text,
          `Wanneer: ${dueText(item)}.`,
          ...(item.afterTrial ? [afterTrialText(item) ?? ''] : []),
          ...(item.tentative ? ['Alleen als deze regeling past. Vraag het WSP.'] : []),
          `Dit plan is een indicatie. Bekijk het plan: ${address}`,
        ].join('\n'),
        url: address,
        date,
      });
    }
  });
  return items;
}

export type PlanCalendarFile = { ok: true; body: string } | { ok: false; message: string };

/**
 * The calendar file of the answers in an address at the request's instant `now`, or the Dutch
 * reason there is none (wrong answers, or no first working day to count from).
 */
export function planCalendarFile(
  params: URLSearchParams,
  regulations: readonly WijzerRegulation[],
  options: { now: Date; origin: string },
): PlanCalendarFile {
  const outcome = outcomeOfAnswers(params, regulations, amsterdamDateOf(options.now));
  if (!outcome.success) {
    const reasons = Object.values(outcome.errors).join(' ');
    return { ok: false, message: `De agenda kan niet worden gemaakt. ${reasons}` };
  }
  if (!outcome.answers.start) {
    return {
      ok: false,
      message:
        'De agenda kan niet worden gemaakt: vul eerst de eerste werkdag in bij de regelingenwijzer.',
    };
  }
  const address = resultAddress(options.origin, outcome.query);
  const body = toICalendar(planCalendarItems(outcome.result, address), {
    prodId: '-//Regio Amersfoort//Regelingenwijzer//NL',
    now: options.now,
    name: 'Aannameplan',
  });
  return { ok: true, body };
}
