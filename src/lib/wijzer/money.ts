/** Dutch number and money formats for the regelingenwijzer. */

const wholeOrCents = (cents: number) =>
  new Intl.NumberFormat('nl-NL', {
    minimumFractionDigits: cents % 100 === 0 ? 0 : 2,
    maximumFractionDigits: 2,
  });

/**
 * "€ 3,05", "€ 6.000": whole euros without ",00", as the regulation pages write them. The space
 * is non-breaking, so the sign never ends a line on its own.
 */
export function formatEuro(cents: number): string {
  return `€\u00a0${wholeOrCents(cents).format(cents / 100)}`;
}

/** "7,9", "25,5", "24": hours and percentages with at most two decimals. */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 }).format(value);
}
