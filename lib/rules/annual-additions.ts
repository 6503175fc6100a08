/**
 * A plan year's annual additions against the IRC 415(c) dollar limit (plan-rules §3, §5).
 *
 * "Annual additions (IRC 415(c)): deferrals + match ≤ the lesser of the 415(c) limit and 100% of
 * pay." (plan-rules §3.) A forfeiture share is allocated as matching contributions (11-K Note 1.G;
 * plan-rules §5), so a participant's deferrals plus their share are the annual additions the
 * allocation can see. This checks them against the plan year's dollar limit,
 * `limitsFor(year).limits.annualAdditions` (plan-rules §7): more than the limit is over it, exactly
 * at the limit is not. The 100%-of-pay part needs each participant's pay, which is not given here.
 *
 * Exact: the amounts are Decimals added and compared as they are, never rounded.
 */
import { limitsFor, type YearLimits } from "../plan/limits";
import type { Money } from "../money";

/** One participant's additions of the year: their deferrals and the employer's contribution (a forfeiture share). */
export interface AnnualAdditionsEntry {
  deferrals: Money;
  employerContribution: Money;
}

/** A participant over the limit. */
export interface AnnualAdditionsExcess {
  /** Position in the entries given. */
  index: number;
  /** Deferrals + employer contribution. */
  additions: Money;
  /** Additions − the limit: more than 0. */
  excess: Money;
}

export interface AnnualAdditionsCheck {
  planYear: number;
  /** The plan year's IRC 415(c)(1)(A) dollar limit. */
  limit: Money;
  /** The limits table's row used: the plan year's, or the last one carried forward. */
  limits: YearLimits;
  limitsAssumed: boolean;
  /** Participants over the limit, in the order given. */
  over: AnnualAdditionsExcess[];
  citation: string;
}

const ANNUAL_ADDITIONS_CITATION = "IRC 415(c)";

/** Which participants' additions are more than the plan year's 415(c) dollar limit (plan-rules §3). */
export function checkAnnualAdditions(planYear: number, entries: readonly AnnualAdditionsEntry[]): AnnualAdditionsCheck {
  const lookup = limitsFor(planYear);
  const limit = lookup.limits.annualAdditions.amount;
  const over: AnnualAdditionsExcess[] = [];
  entries.forEach((entry, index) => {
    const additions = entry.deferrals.plus(entry.employerContribution);
    if (additions.greaterThan(limit)) over.push({ index, additions, excess: additions.minus(limit) });
  });
  return { planYear, limit, limits: lookup.limits, limitsAssumed: lookup.assumed, over, citation: ANNUAL_ADDITIONS_CITATION };
}
