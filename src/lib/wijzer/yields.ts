/** What a form of a regulation yields for this hire, worked out from its kind and the answers. */
import type { RegulationVariant } from '../../schemas/regulation-rules.ts';
import type { Answers } from './answers.ts';
import { formatEuro, formatNumber } from './money.ts';
import type { YieldOutcome } from './result.ts';

/** The brief's formula for a year: an hourly amount for every week of the year. */
const WEEKS_PER_YEAR = 52;

/** The yield of one form; an hourly amount becomes an estimate per year, capped at its maximum. */
export function yieldFor(variant: RegulationVariant, answers: Answers): YieldOutcome {
  const { kind, text } = variant.yields;
  const hours = answers.hoursPerWeek;
  const noHours = 'Vul het aantal uren per week in voor een schatting, of vraag het WSP.';
  if (kind === 'per-uur') {
    const perHour = variant.yields.centsPerHour ?? 0;
    const max = variant.yields.maxCentsPerYear ?? 0;
    const rate = `${formatEuro(perHour)} per uur, hoogstens ${formatEuro(max)} per jaar`;
    if (hours === undefined) return { kind, text, rate, missing: noHours };
    const uncapped = Math.round(perHour * hours * WEEKS_PER_YEAR);
    const perYear = Math.min(uncapped, max);
    const atMaximum = uncapped >= max;
    const calculation =
      `${formatEuro(perHour)} × ${formatNumber(hours)} uur × ${WEEKS_PER_YEAR} weken = ${formatEuro(uncapped)}` +
      (uncapped > max ? `. Dat is meer dan het maximum van ${formatEuro(max)} per jaar.` : '.');
    const years = variant.years;
    return {
      kind,
      text,
      rate,
      estimate: {
        perYearCents: perYear,
        uncappedCents: uncapped,
        maxCentsPerYear: max,
        atMaximum,
        years,
        totalCents: years === undefined ? undefined : perYear * years,
        calculation,
      },
    };
  }
  if (kind === 'eenmalig') {
    return { kind, text, rate: `tot ${formatEuro(variant.yields.maxCents ?? 0)}` };
  }
  if (kind === 'percentage-uren') {
    const percentages = variant.yields.percentagesPerYear;
    return {
      kind,
      text,
      rate: percentages
        .map(
          (percent, index) =>
            `jaar ${index + 1}: hoogstens ${formatNumber(percent)}% van de gewerkte uren`,
        )
        .join('; '),
      coaching: percentages.map((percent, index) => ({
        year: index + 1,
        percent,
        hoursPerWeek: hours === undefined ? undefined : Math.round(hours * percent) / 100,
      })),
      missing: hours === undefined ? noHours : undefined,
    };
  }
  return { kind, text };
}
