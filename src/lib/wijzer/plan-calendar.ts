/** The hire plan's deadlines as whole-day calendar items (see src/lib/ics.ts). */
import type { CalendarItem } from '../ics.ts';
import type { WijzerResult } from './result.ts';
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
