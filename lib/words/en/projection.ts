/**
 * The years ahead in words (English): every sentence a page says about a projection
 * (lib/rules/projection.ts; plan-rules §6, 11-K Notes 1.B and 1.D). Pure functions: facts in,
 * strings out.
 */
import type { PlanDefinition } from "../../plan/definition";
import type { ProjectionResult } from "../../rules/projection";
import { formatHours } from "../format";
import { knownThroughSentence } from "./limits";

/** The projection's assumptions, one sentence each, with the limits note when a year is after the table. */
export function projectionExplanation(result: ProjectionResult, plan: PlanDefinition): string[] {
  const note = projectionLimitsNote(result);
  const yearHours = formatHours(plan.vesting.hoursCounting.yearOfService.hours);
  return [
    `Year 1 is ${result.firstYear}, the plan year after the as-of date. Pay grows ${result.salaryGrowthPercent}% a year; the deferral is ${result.deferralPercent}% of counted pay, never more than that year's maximum deferral. (${plan.contributions.citation})`,
    `The match is ${result.matchPercentOfDeferral}% of the deferral, reduced where needed to keep deferral + match within the IRC 415(c) limit and 100% of pay. The match is discretionary: this is an assumption, not a promise. (${plan.match.citation})`,
    `Each balance earns ${result.annualReturnPercent}% a year; contributions arrive evenly through the year, so they earn half a year's return in their first year.`,
    `Years of service rise by one each year (a full-time year of ${yearHours}+ hours is assumed); each row's vested % uses the years at that year's end. (${plan.vesting.citation})`,
    ...(note ? [note] : []),
  ];
}

/** The note when a projected year is after the limits table: null when every year is in it. */
export function projectionLimitsNote(result: ProjectionResult): string | null {
  return result.firstAssumedYear === null ? null : knownThroughSentence(result.lastLimitsYear, result.firstAssumedYear);
}

/** How a row's vested and forfeitable amounts are worked out (the page's "Why"). */
export function vestedRowSentence(plan: PlanDefinition): string {
  return `Vested = deferrals + rollovers + the match balance × that year's vested %, rounded half-up to the cent; forfeitable = the rest of the match balance. (${plan.vesting.citation})`;
}

/** How a figure is put in today's dollars. */
export function todaysDollarsSentence(inflationPercent: number): string {
  return `Today's dollars divide a year-end figure by (1 + ${inflationPercent}%) for each year after the as-of year.`;
}

/** The footnote of a table where some year's match was cut to fit IRC 415(c). */
export function matchReducedFootnote(): string {
  return "* Match reduced to keep deferral + match within the IRC 415(c) limit and 100% of pay.";
}
