/**
 * The IRS limits table in words (Spanish): what a page or the API says when a plan year is after
 * the table (lib/plan/limits.ts carries its last row forward). The same functions as
 * lib/words/en/limits.ts.
 */

/** "Los límites del IRS para 2030 aún no están en la tabla; se usan los de 2026." */
export function carriedForwardSentence(planYear: number, limitsYear: number): string {
  return `Los límites del IRS para ${planYear} aún no están en la tabla; se usan los de ${limitsYear}.`;
}

/** Over several plan years: "Los límites del IRS se conocen hasta 2026; desde 2027 se usan los de 2026." */
export function knownThroughSentence(lastLimitsYear: number, firstAssumedYear: number): string {
  return `Los límites del IRS se conocen hasta ${lastLimitsYear}; desde ${firstAssumedYear} se usan los de ${lastLimitsYear}.`;
}
