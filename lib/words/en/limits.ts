/**
 * The IRS limits table in words (English): what a page or the API says when a plan year is after
 * the table (lib/plan/limits.ts carries its last row forward). Pure functions: facts in, strings out.
 */
import type { LimitsLookup } from "../../plan/limits";

/** "IRS limits for 2030 are not yet in the table; the 2026 limits are carried forward." */
export function carriedForwardSentence(planYear: number, limitsYear: number): string {
  return `IRS limits for ${planYear} are not yet in the table; the ${limitsYear} limits are carried forward.`;
}

/** The note for a plan year's limits: null when the year is in the table. */
export function lookupNote(lookup: LimitsLookup): string | null {
  return lookup.assumed ? carriedForwardSentence(lookup.planYear, lookup.limits.year) : null;
}

/** Over several plan years: "IRS limits are known through 2026; from 2027 the 2026 limits are carried forward." */
export function knownThroughSentence(lastLimitsYear: number, firstAssumedYear: number): string {
  return `IRS limits are known through ${lastLimitsYear}; from ${firstAssumedYear} the ${lastLimitsYear} limits are carried forward.`;
}
