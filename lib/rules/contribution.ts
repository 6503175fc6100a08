/**
 * How much a participant may defer in a plan year (11-K Note 1.B; plan-rules §3).
 *
 * "Each year participants may contribute up to 15 percent of pre-tax annual compensation, as
 * defined in the Plan." Compensation counted is capped at IRC 401(a)(17); deferrals are also
 * capped by IRC 402(g). Catch-up (IRC 414(v)) is a plan option, off by default.
 *
 * The rule is worked in exact integers (bigint) of 10^-scale dollar, so the projection can apply
 * it 400,000 times in a blink at the full precision it carries; `contributionLimit` works it in
 * cents and gives the figures as Decimals; lib/words/en/contribution.ts puts them into words.
 */
import { completedYears, endOfYear, type IsoDate } from "../dates";
import { limitsAtScale, limitsFor, type YearLimits } from "../plan/limits";
import { fraction, fromCents, percentRatio, timesFraction, toCents, type Fraction, type Money } from "../money";
import type { PlanDefinition } from "../plan/definition";

export interface ContributionInput {
  planYear: number;
  /** Pay for the plan year, in dollars and cents. */
  compensation: Money;
  birthDate?: IsoDate | undefined;
  deferralPercent?: number | undefined;
}

export type BindingLimit = "plan15Percent" | "402(g)";

/** The maximum deferral of a year, in whole units of 10^-scale dollar (scale 2: cents). */
export interface DeferralLimit {
  compensationCounted: bigint;
  planCap: bigint;
  electiveDeferralLimit: bigint;
  catchUp: bigint;
  maxDeferral: bigint;
  bindingLimit: BindingLimit;
  compensationBinds: boolean;
  /** Age at December 31 of the plan year, when catch-up needed it. */
  catchUpAge: number | null;
}

const fractionCache = new Map<number, Fraction>();
/** p% as an exact fraction, memoised: the same few percentages recur in every projected year. */
export function percentFraction(percent: number): Fraction {
  let cached = fractionCache.get(percent);
  if (!cached) {
    const [numerator, denominator] = percentRatio(percent);
    fractionCache.set(percent, (cached = fraction(numerator, denominator)));
  }
  return cached;
}

/**
 * Maximum deferral = min(cap % × counted compensation, 402(g)) + catch-up, never more than
 * compensation (plan-rules §3).
 *
 * `compensation` and every figure of the answer are whole units of 10^-scale dollar. The cap is
 * rounded half-up to that unit before it is compared: at scale 2 (the contribution-limit answer)
 * it is a dollar figure in cents, so a tie at the cent goes to the plan cap (api-v1); the
 * projection passes a scale at which cap % × compensation is exact, so its comparisons are made
 * on exact values (plan-rules §1, §6).
 *
 * `ageAtYearEnd` is the participant's age on December 31 of the plan year (null when unknown).
 */
export function deferralLimitAt(planYear: number, compensation: bigint, scale: number, ageAtYearEnd: number | null, plan: PlanDefinition): DeferralLimit {
  const limits = limitsAtScale(limitsFor(planYear).limits, scale);
  const counted = compensation < limits.compensation ? compensation : limits.compensation;
  const planCap = timesFraction(counted, percentFraction(plan.contributions.deferralPercentCap));
  const elective = limits.electiveDeferral;
  const bindingLimit: BindingLimit = planCap <= elective ? "plan15Percent" : "402(g)";

  // Catch-up (IRC 414(v)): only where the plan allows it; 50 or more by December 31, and from
  // 2025 the higher limit for ages 60 to 63.
  let catchUp = 0n;
  if (plan.options.catchUp && ageAtYearEnd !== null) {
    if (limits.catchUp60to63 !== null && ageAtYearEnd >= 60 && ageAtYearEnd <= 63) catchUp = limits.catchUp60to63;
    else if (ageAtYearEnd >= 50) catchUp = limits.catchUp50;
  }
  const beforeCompensation = (planCap < elective ? planCap : elective) + catchUp;
  const compensationBinds = compensation < beforeCompensation;
  return {
    compensationCounted: counted,
    planCap,
    electiveDeferralLimit: elective,
    catchUp,
    maxDeferral: compensationBinds ? compensation : beforeCompensation,
    bindingLimit,
    compensationBinds,
    catchUpAge: plan.options.catchUp ? ageAtYearEnd : null,
  };
}

export interface ContributionResult {
  planYear: number;
  /** Pay for the plan year, as given. */
  compensation: Money;
  compensationCounted: Money;
  /** True when pay is above the IRC 401(a)(17) limit, so less of it is counted. */
  compensationCapped: boolean;
  planPercentCap: number;
  planCap: Money;
  electiveDeferralLimit: Money;
  catchUp: Money;
  /** Age at December 31 of the plan year, when the plan allows catch-up and a birth date was given. */
  catchUpAge: number | null;
  maxDeferral: Money;
  bindingLimit: BindingLimit;
  /** True when compensation itself is below the cap plus catch-up and so limits the deferral. */
  compensationBinds: boolean;
  requested: RequestedDeferral | null;
  /** The limits table's row used: the plan year's, or the last one carried forward. */
  limits: YearLimits;
  limitsAssumed: boolean;
  citation: string;
}

/** A deferral % asked for, against the year's maximum. */
export interface RequestedDeferral {
  deferralPercent: number;
  requestedDeferral: Money;
  allowedDeferral: Money;
  excess: Money;
  /** True when the % asked is above the plan's cap. */
  abovePlanCap: boolean;
  /** True when the % is above the plan's cap or asks more than the maximum: what the page warns of. */
  overLimit: boolean;
}

/**
 * The year's limit as Decimals. The requested deferral is the % of counted compensation rounded
 * half-up to the cent; what exceeds the maximum is excess, so requested = allowed + excess
 * exactly. The sentences are lib/words/en/contribution.ts's.
 */
export function contributionLimit(input: ContributionInput, plan: PlanDefinition): ContributionResult {
  const lookup = limitsFor(input.planYear);
  const cap = plan.contributions.deferralPercentCap;
  const ageAtYearEnd = input.birthDate ? completedYears(input.birthDate, endOfYear(input.planYear), plan.options.feb29Anniversary) : null;
  const cents = deferralLimitAt(input.planYear, toCents(input.compensation), 2, ageAtYearEnd, plan);

  let requested: RequestedDeferral | null = null;
  if (input.deferralPercent !== undefined) {
    const requestedCents = timesFraction(cents.compensationCounted, percentFraction(input.deferralPercent));
    const allowedCents = requestedCents < cents.maxDeferral ? requestedCents : cents.maxDeferral;
    const abovePlanCap = input.deferralPercent > cap;
    requested = {
      deferralPercent: input.deferralPercent,
      requestedDeferral: fromCents(requestedCents),
      allowedDeferral: fromCents(allowedCents),
      excess: fromCents(requestedCents - allowedCents),
      abovePlanCap,
      overLimit: abovePlanCap || requestedCents > allowedCents,
    };
  }

  const compensationCounted = fromCents(cents.compensationCounted);
  return {
    planYear: input.planYear,
    compensation: input.compensation,
    compensationCounted,
    compensationCapped: input.compensation.greaterThan(compensationCounted),
    planPercentCap: cap,
    planCap: fromCents(cents.planCap),
    electiveDeferralLimit: fromCents(cents.electiveDeferralLimit),
    catchUp: fromCents(cents.catchUp),
    catchUpAge: cents.catchUpAge,
    maxDeferral: fromCents(cents.maxDeferral),
    bindingLimit: cents.bindingLimit,
    compensationBinds: cents.compensationBinds,
    requested,
    limits: lookup.limits,
    limitsAssumed: lookup.assumed,
    citation: plan.contributions.citation,
  };
}
