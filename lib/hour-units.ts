/**
 * The fixed-point representation of hours: whole ten-thousandths of an hour. Every count of hours
 * (the rules' ledgers in lib/rules/hours.ts, the reader of typed hours in lib/parse.ts, the pages'
 * totals) adds units, never floats, so 999.5 + 0.5 is exactly 1,000 and no drift moves a total
 * across a threshold. A helper below lib/parse.ts and lib/rules: it imports nothing.
 */

/** Ten-thousandths of an hour per hour. */
export const HOUR_UNITS_PER_HOUR = 10_000;

/** Hours as whole units (the nearest ten-thousandth). */
export function toHourUnits(hours: number): number {
  return Math.round(hours * HOUR_UNITS_PER_HOUR);
}

/** Whole units as hours. */
export function fromHourUnits(units: number): number {
  return units / HOUR_UNITS_PER_HOUR;
}
