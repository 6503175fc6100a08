/**
 * The contribution limit in words (English): every sentence a page or the API says about a
 * contribution-limit result (lib/rules/contribution.ts; 11-K Note 1.B, plan-rules §3). Pure
 * functions: facts in, strings out.
 */
import { formatUsd } from "../../money";
import type { PlanDefinition } from "../../plan/definition";
import type { ContributionResult } from "../../rules/contribution";
import { carriedForwardSentence, limitSourceText } from "./limits";

/** The limit's explanation, as the API gives it and the page shows it under "Why". */
export function contributionExplanation(result: ContributionResult, plan: PlanDefinition): string[] {
  const { planYear, limits, requested } = result;
  const cap = result.planPercentCap;
  const sentences: string[] = [];
  if (result.compensationCapped) {
    sentences.push(`Compensation counted is capped at ${formatUsd(limits.compensation.amount)} for ${planYear} (IRC 401(a)(17); ${limitSourceText(limits.compensation.source)}).`);
  }
  sentences.push(
    `The plan lets you defer up to ${cap}% of compensation: ${cap}% of ${formatUsd(result.compensationCounted)} is ${formatUsd(result.planCap)}. (${result.citation})`,
    `The IRS elective deferral limit for ${planYear} is ${formatUsd(result.electiveDeferralLimit)} (IRC 402(g); ${limitSourceText(limits.electiveDeferral.source)}).`,
    result.bindingLimit === "plan15Percent"
      ? `The plan's ${cap}% cap is the lower of the two (or equal), so it binds.`
      : `The IRS limit is lower than the plan's ${cap}% cap, so it binds.`,
  );
  if (plan.options.catchUp) sentences.push(catchUpSentence(result));
  if (result.compensationBinds) sentences.push(`A deferral can never exceed compensation, ${formatUsd(result.compensation)}.`);
  if (requested && requested.excess.greaterThan(0)) {
    sentences.push(
      `${requested.deferralPercent}% of ${formatUsd(result.compensationCounted)} is ${formatUsd(requested.requestedDeferral)}, ${formatUsd(requested.excess)} more than the maximum of ${formatUsd(result.maxDeferral)}; only ${formatUsd(requested.allowedDeferral)} can be deferred.`,
    );
  }
  const note = limitsNote(result);
  if (note) sentences.push(note);
  return sentences;
}

/** Catch-up (IRC 414(v)), where the plan allows it: the age that decided it, or the birth date it needs. */
function catchUpSentence(result: ContributionResult): string {
  if (result.catchUpAge === null) return "Catch-up needs a birth date; none was given.";
  return result.catchUp.greaterThan(0)
    ? `Age ${result.catchUpAge} by December 31, ${result.planYear}: a catch-up of ${formatUsd(result.catchUp)} applies (IRC 414(v)).`
    : `Age ${result.catchUpAge} by December 31, ${result.planYear}: no catch-up (it starts at 50).`;
}

/** The note when the plan year is after the limits table: null when it is in it. */
export function limitsNote(result: ContributionResult): string | null {
  return result.limitsAssumed ? carriedForwardSentence(result.planYear, result.limits.year) : null;
}

/**
 * The page's warning when the deferral % asked for is over the plan's cap or the year's maximum
 * (`requested.overLimit`); null otherwise.
 */
export function overLimitWarning(result: ContributionResult): string | null {
  const { requested, planYear } = result;
  if (!requested?.overLimit) return null;
  const chosen = requested.deferralPercent;
  const over = requested.abovePlanCap ? `more than the plan's ${result.planPercentCap}% cap` : `more than the ${planYear} dollar limit`;
  return (
    `${chosen}% is ${over}: ${chosen}% of ${formatUsd(result.compensationCounted)} is ${formatUsd(requested.requestedDeferral)}, ` +
    `but at most ${formatUsd(result.maxDeferral)} can be deferred in ${planYear}. ` +
    `Only ${formatUsd(requested.allowedDeferral)} is allowed (${formatUsd(requested.excess)} over); the years ahead use the allowed amount.`
  );
}

/** The figures' "Limit that binds": pay itself, the plan's cap or 402(g). */
export function bindingLimitName(result: ContributionResult): string {
  if (result.compensationBinds) return "your pay itself";
  return result.bindingLimit === "plan15Percent" ? `the plan's ${result.planPercentCap}% cap` : "the IRS elective deferral limit (402(g))";
}

/** Under the figures: the plan year the limit is for and, where the plan has no catch-up, that none is modelled. */
export function limitYearNote(result: ContributionResult, plan: PlanDefinition): string {
  const year = `For ${result.planYear}, the first plan year after the as-of date: the year the pay you entered is for.`;
  return plan.options.catchUp ? year : `${year} Catch-up contributions are not modelled: the 11-K does not mention them.`;
}
