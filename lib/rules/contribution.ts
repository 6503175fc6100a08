/**
 * How much a participant may defer in a plan year (11-K Note 1.B; plan-rules §3).
 *
 * "Each year participants may contribute up to 15 percent of pre-tax annual compensation, as
 * defined in the Plan." Compensation counted is capped at IRC 401(a)(17); deferrals are also
 * capped by IRC 402(g). Catch-up (IRC 414(v)) is a plan option, off by default.
 */
import { completedYears, endOfYear, type IsoDate } from "../dates";
import { limitsFor } from "../limits";
import { formatUsd, minMoney, percentOf, roundCents, ZERO, type Money } from "../money";
import type { PlanDefinition } from "../plan/definition";

export interface ContributionInput {
  planYear: number;
  compensation: Money;
  birthDate?: IsoDate | undefined;
  deferralPercent?: number | undefined;
}

export type BindingLimit = "plan15Percent" | "402(g)";

export interface ContributionResult {
  planYear: number;
  compensationCounted: Money;
  planPercentCap: number;
  planCap: Money;
  electiveDeferralLimit: Money;
  catchUp: Money;
  maxDeferral: Money;
  bindingLimit: BindingLimit;
  /** True when compensation itself is below the cap plus catch-up and so limits the deferral. */
  compensationBinds: boolean;
  requested: { requestedDeferral: Money; allowedDeferral: Money; excess: Money } | null;
  limitsAssumed: boolean;
  limitsNote: string | null;
  explanation: string[];
  citation: string;
}

/** Catch-up available for the year: none unless the plan allows it and the age fits. */
function catchUpFor(plan: PlanDefinition, planYear: number, birthDate: IsoDate | undefined): { amount: Money; reason: string | null } {
  if (!plan.options.catchUp) return { amount: ZERO, reason: null };
  if (!birthDate) return { amount: ZERO, reason: "Catch-up needs a birth date; none was given." };
  const { limits } = limitsFor(planYear);
  const ageAtYearEnd = completedYears(birthDate, endOfYear(planYear), plan.options.feb29Anniversary);
  if (limits.catchUp60to63 && ageAtYearEnd >= 60 && ageAtYearEnd <= 63) {
    return { amount: limits.catchUp60to63.amount, reason: `Age ${ageAtYearEnd} by December 31, ${planYear}: the ages 60–63 catch-up applies (IRC 414(v)(2)(E)).` };
  }
  if (ageAtYearEnd >= 50) {
    return { amount: limits.catchUp50.amount, reason: `Age ${ageAtYearEnd} by December 31, ${planYear}: the age 50 catch-up applies (IRC 414(v)).` };
  }
  return { amount: ZERO, reason: `Age ${ageAtYearEnd} by December 31, ${planYear}: under 50, no catch-up.` };
}

/**
 * Maximum deferral = min(cap % × counted compensation, 402(g)) + catch-up, never more than
 * compensation. A requested % applies to counted compensation; what exceeds the maximum is excess.
 * The cap and the requested deferral are dollar figures, rounded half-up to the cent where they are
 * worked out, so every reported figure is in cents and requested = allowed + excess exactly.
 */
export function contributionLimit(input: ContributionInput, plan: PlanDefinition): ContributionResult {
  const lookup = limitsFor(input.planYear);
  const { limits } = lookup;
  const cap = plan.contributions.deferralPercentCap;
  const compensationCounted = minMoney(input.compensation, limits.compensation.amount);
  // The cap is a dollar figure: rounded half-up to the cent before it is compared, so a tie at
  // the cent goes to the plan cap (api-v1: ties go to the plan cap).
  const planCap = roundCents(percentOf(compensationCounted, cap));
  const electiveDeferralLimit = limits.electiveDeferral.amount;
  const bindingLimit: BindingLimit = planCap.lessThanOrEqualTo(electiveDeferralLimit) ? "plan15Percent" : "402(g)";
  const catchUp = catchUpFor(plan, input.planYear, input.birthDate);
  const beforeCompensation = minMoney(planCap, electiveDeferralLimit).plus(catchUp.amount);
  const maxDeferral = minMoney(beforeCompensation, input.compensation);
  const compensationBinds = input.compensation.lessThan(beforeCompensation);

  let requested: ContributionResult["requested"] = null;
  if (input.deferralPercent !== undefined) {
    const requestedDeferral = roundCents(percentOf(compensationCounted, input.deferralPercent));
    const allowedDeferral = minMoney(requestedDeferral, maxDeferral);
    requested = { requestedDeferral, allowedDeferral, excess: requestedDeferral.minus(allowedDeferral) };
  }

  const explanation: string[] = [];
  if (input.compensation.greaterThan(compensationCounted)) {
    explanation.push(
      `Compensation counted is capped at ${formatUsd(limits.compensation.amount)} for ${input.planYear} (IRC 401(a)(17); ${limits.compensation.source}).`,
    );
  }
  explanation.push(
    `The plan lets you defer up to ${cap}% of compensation: ${cap}% of ${formatUsd(compensationCounted)} is ${formatUsd(planCap)}. (${plan.contributions.citation})`,
    `The IRS elective deferral limit for ${input.planYear} is ${formatUsd(electiveDeferralLimit)} (IRC 402(g); ${limits.electiveDeferral.source}).`,
    bindingLimit === "plan15Percent"
      ? `The plan's ${cap}% cap is the lower of the two, so it binds.`
      : `The IRS limit is lower than the plan's ${cap}% cap, so it binds.`,
  );
  if (catchUp.reason) explanation.push(catchUp.reason);
  if (compensationBinds) explanation.push(`A deferral can never exceed compensation, ${formatUsd(input.compensation)}.`);
  if (requested && requested.excess.greaterThan(0)) {
    explanation.push(
      `${input.deferralPercent}% of ${formatUsd(compensationCounted)} is ${formatUsd(requested.requestedDeferral)}, ${formatUsd(requested.excess)} more than the maximum of ${formatUsd(maxDeferral)}; only ${formatUsd(requested.allowedDeferral)} can be deferred.`,
    );
  }
  if (lookup.note) explanation.push(lookup.note);

  return {
    planYear: input.planYear,
    compensationCounted,
    planPercentCap: cap,
    planCap,
    electiveDeferralLimit,
    catchUp: catchUp.amount,
    maxDeferral,
    bindingLimit,
    compensationBinds,
    requested,
    limitsAssumed: lookup.assumed,
    limitsNote: lookup.note,
    explanation,
    citation: plan.contributions.citation,
  };
}
