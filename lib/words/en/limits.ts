/**
 * The IRS limits table in words (English): what a page or the API says when a plan year is after
 * the table (lib/plan/limits.ts carries its last row forward). Pure functions: facts in, strings out.
 */

/** "IRS limits for 2030 are not yet in the table; the 2026 limits are carried forward." */
export function carriedForwardSentence(planYear: number, limitsYear: number): string {
  return `IRS limits for ${planYear} are not yet in the table; the ${limitsYear} limits are carried forward.`;
}

/** Over several plan years: "IRS limits are known through 2026; from 2027 the 2026 limits are carried forward." */
export function knownThroughSentence(lastLimitsYear: number, firstAssumedYear: number): string {
  return `IRS limits are known through ${lastLimitsYear}; from ${firstAssumedYear} the ${lastLimitsYear} limits are carried forward.`;
}
