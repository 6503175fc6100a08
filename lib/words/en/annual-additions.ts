/**
 * The forfeiture page's IRC 415(c) check in words (English): every sentence said about an
 * annual-additions check (lib/rules/annual-additions.ts; plan-rules §3, §5). Pure functions:
 * facts in, strings out.
 */
import { formatUsd, type Money } from "../../money";
import type { LimitsLookup } from "../../plan/limits";
import type { AnnualAdditionsCheck } from "../../rules/annual-additions";
import { formatCount } from "../format";
import { carriedForwardSentence } from "./limits";

/**
 * Under the plan year field: what the shares are checked against, and when the year is the
 * page's default (the plan's report year), that it should be changed to the year allocated for.
 */
export function planYearHint(lookup: LimitsLookup | null, isDefault: boolean): string {
  if (!lookup) return "Each participant's deferrals plus share are checked against this plan year's IRC 415(c) limit.";
  const limit = `Deferrals plus each share are checked against the IRC 415(c) limit for ${lookup.planYear}, ${formatUsd(lookup.limits.annualAdditions.amount)}.`;
  return isDefault ? `${limit} ${lookup.planYear} is the year of the plan's report: change it to the year you are allocating for.` : limit;
}

/** "For 2 participants, deferrals plus the share come to more than the 2002 limit on annual additions, $40,000.00 (IRC 415(c)):" */
export function overLimitHeading(check: AnnualAdditionsCheck): string {
  const count = check.over.length;
  const who = count === 1 ? "1 participant" : `${formatCount(count)} participants`;
  return `For ${who}, deferrals plus the share come to more than the ${check.planYear} limit on annual additions, ${formatUsd(check.limit)} (${check.citation}):`;
}

/** One participant over the limit: "line 2, A-17: $5,200.00 + $36,483.90 = $41,683.90, $1,683.90 over". */
export function overLimitLine(over: { line: number; id: string; deferrals: Money; share: Money; additions: Money; excess: Money }): string {
  return `line ${over.line}, ${over.id}: ${formatUsd(over.deferrals)} + ${formatUsd(over.share)} = ${formatUsd(over.additions)}, ${formatUsd(over.excess)} over`;
}

/** After the participants listed: "…and 12 more." */
export function moreOverLimit(count: number): string {
  return `…and ${formatCount(count)} more.`;
}

/** What follows from being over, what the check leaves out, and the limits note when the year is after the table. */
export function overLimitClosing(check: AnnualAdditionsCheck): string {
  const closing =
    "What is over the limit cannot stay in those accounts. The limit is also at most 100% of each participant's pay, which this page does not ask for.";
  return check.limitsAssumed ? `${closing} ${carriedForwardSentence(check.planYear, check.limits.year)}` : closing;
}
