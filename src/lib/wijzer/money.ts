/** Dutch number and money formats for the regelingenwijzer. */

// Made once: an Intl formatter costs far more to create than to use, and the result page and
// the plan format dozens of amounts per request.
const wholeEuros = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const euroCents = new Intl.NumberFormat('nl-NL', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const upToTwoDecimals = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

/**
 * "€ 3,05", "€ 6.000": whole euros without ",00", as the regulation pages write them. The space
 * is non-breaking, so the sign never ends a line on its own.
 */
export function formatEuro(cents: number): string {
  const format = cents % 100 === 0 ? wholeEuros : euroCents;
  return `€\u00a0${format.format(cents / 100)}`;
}

/** "7,9", "25,5", "24": hours and percentages with at most two decimals. */
export function formatNumber(value: number): string {
  return upToTwoDecimals.format(value);
}
