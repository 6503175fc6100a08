/**
 * Everything the participant page shows, worked out from the inputs by the plan-rules module.
 *
 * Each section either has its figures or says, in words, which inputs it still needs. The rules
 * themselves live in lib/rules; this file only chooses which rule answers which question and puts
 * the answers into sentences a participant can read.
 */
import { completedYears, dateAttainingAge, yearOf, type IsoDate } from "../../dates";
import type { Money } from "../../money";
import type { PlanDefinition } from "../../plan/definition";
import type { MinimumScheduleComparison } from "../../rules/compliance";
import { contributionLimit, type ContributionResult } from "../../rules/contribution";
import { evaluateVesting, type Balances, type VestingResult } from "../../rules/vesting";
import { vestingPeriod } from "../../rules/vesting-service";
import type { ParticipantInputs } from "./validate";
import type { StepReach } from "../../words/en/participant";
import type { ParticipantWords } from "./words";
import { BALANCE_NEEDS, eventsOf, guarded, lacking, serviceNeeds, type Section } from "./sections";

export { type Section } from "./sections";
export type { ParticipantWords } from "./words";
export { defaultYears, printedYears, yearsAhead, type ProjectedYear, type YearsAhead } from "./years-ahead";

/**
 * The law's minimum schedules beside a vested %, in plain words with a verdict under each reading
 * and a next step, where the vesting rule found they may give more (`lawMinimum`, plan-rules §4
 * compliance finding); null where the plan meets them. With the match balance, each reading's
 * amount (the vesting rule's rounding).
 */
export function lawCaveat(comparison: MinimumScheduleComparison | null, words: ParticipantWords, match?: Money): string | null {
  return comparison === null ? null : words.lawCaveatSentence(comparison, match);
}

// 1. Vested today ---------------------------------------------------------------------------

export interface VestedToday {
  result: VestingResult;
  balances: Balances;
  /** "after 3 completed years of service", "after 2 years of service counted from your hours". */
  serviceWords: string;
  /** "If your employment ended on December 31, 2002, you would keep $12,500.01; the other $2,000.00 … is lost for good after 5 plan years in a row …" (what is kept and when the rest is lost, one sentence). */
  forfeitSentence: string;
  /** The law's minimum schedules beside today's %, when they give more (2 to 4 years here). */
  caveat: string | null;
  /**
   * When service was not counted from hours and the match is not fully vested: the plan counts plan
   * years with enough hours, so the figure is not firm (the page offers the hours in one tap).
   */
  methodNote: string | null;
  explanation: string[];
}

/** Why a figure from a start date or a number of years is not the plan's own count, in plain words. */
function methodNote(inputs: ParticipantInputs, result: VestingResult, plan: PlanDefinition, words: ParticipantWords): string | null {
  if (inputs.serviceBy === "hours" || result.vestedPercent >= 100) return null;
  return words.methodNoteSentence(inputs.serviceBy, plan);
}

export function vestedToday(inputs: ParticipantInputs, plan: PlanDefinition, words: ParticipantWords): Section<VestedToday> {
  const lack = lacking(inputs, [...serviceNeeds(inputs, words), ...BALANCE_NEEDS(inputs, words)], words.purposes().today, words);
  if (lack) return lack;
  return guarded(() => {
    const byHours = inputs.serviceBy === "hours";
    const result = evaluateVesting(
      {
        yearsOfService: inputs.serviceBy === "years" ? (inputs.yearsOfService ?? undefined) : undefined,
        employmentStartDate: inputs.employmentStartDate ?? undefined,
        asOf: inputs.asOf ?? undefined,
        hours: byHours ? (inputs.hours ?? undefined) : undefined,
        balances: inputs.balances,
        events: eventsOf(inputs),
      },
      plan,
    );
    const serviceWords = words.serviceCountedWords(result);
    const forfeitSentence = words.leavingNowSentence(inputs.asOf!, result, plan);
    return {
      ok: true,
      value: {
        result,
        balances: inputs.balances,
        serviceWords,
        forfeitSentence,
        caveat: lawCaveat(result.lawMinimum, words, inputs.balances.match),
        methodNote: methodNote(inputs, result, plan, words),
        explanation: [...words.vestingLines(result, plan), words.vestedAmountSentence(plan)],
      },
    };
  }, words);
}

// 2. Stay or go ---------------------------------------------------------------------------

export interface StayStep {
  yearsOfService: number;
  vestedPercent: number;
  reachedOn: IsoDate | null;
  daysAway: number | null;
  /** Today's match balance vested at this step: the total, not an amount on top of the step before. */
  vestedMatch: Money;
  /** How much more of today's match balance is vested at this step than today. */
  additionalVested: Money;
  sentence: string;
}

export interface StayOrGo {
  steps: StayStep[];
  /** Said when no step lies ahead. */
  fullyVestedSentence: string | null;
  /** The law's minimum schedules at the steps where they give more (3 and 4 years here). */
  caveat: string | null;
  explanation: string[];
}

export function stayOrGo(inputs: ParticipantInputs, plan: PlanDefinition, today: VestedToday, words: ParticipantWords): StayOrGo {
  const { result } = today;
  const service = result.service;
  const steps = result.stepsAhead.map((step): StayStep => {
    const more = step.yearsOfService - result.yearsOfService;
    let reach: StepReach;
    if (step.reachedOn !== null && step.daysAway !== null) {
      reach = { by: "date", fromHours: service !== null, reachedOn: step.reachedOn, daysAway: step.daysAway };
    } else if (service && inputs.employmentStartDate !== null) {
      // Years of service from hours: each needs a period with the year's hours; the current one still can be.
      const now = service.currentPeriod;
      const current = service.periods.findIndex((period) => period.start === now.start);
      const last = vestingPeriod(inputs.employmentStartDate, current + more - (now.open ? 1 : 0), plan.options);
      reach = { by: "hours", more, open: now.open, hoursToGo: now.hoursToYearOfService, periodEnd: now.end, lastEnd: last.end };
    } else {
      reach = { by: "years", more };
    }
    return {
      yearsOfService: step.yearsOfService,
      vestedPercent: step.vestedPercent,
      reachedOn: step.reachedOn,
      daysAway: step.daysAway,
      vestedMatch: step.vestedMatch,
      additionalVested: step.additionalVested,
      sentence: words.stayStepSentence(step, reach, result.vested.match, plan),
    };
  });
  const fullyVestedSentence = steps.length === 0 ? words.fullyVestedSentence(result) : null;
  const caveat = words.stayCaveatSentence(result.stepsAhead.flatMap((step) => (step.lawMinimum ? [step.lawMinimum] : [])));
  const explanation = words.stayExplanation(
    { fromHours: service !== null, start: inputs.employmentStartDate, asOf: inputs.asOf!, noMatchYet: inputs.balances.match.isZero() && steps.length > 0 },
    plan,
  );
  return { steps, fullyVestedSentence, caveat, explanation };
}

/** Stay or go needs what vested today needs; it says so in its own words. */
export function stayOrGoSection(inputs: ParticipantInputs, plan: PlanDefinition, today: Section<VestedToday>, words: ParticipantWords): Section<StayOrGo> {
  if (!today.ok) return lacking(inputs, [...serviceNeeds(inputs, words), ...BALANCE_NEEDS(inputs, words)], words.purposes().stay, words) ?? today;
  return { ok: true, value: stayOrGo(inputs, plan, today.value, words) };
}

// Age ------------------------------------------------------------------------------------------

/** Said plainly when the person is under the plan's minimum age on the as-of date. */
export function ageSentence(inputs: ParticipantInputs, plan: PlanDefinition, words: ParticipantWords): string | null {
  const { birthDate, asOf } = inputs;
  if (birthDate === null || asOf === null || inputs.invalid.has("birthDate") || inputs.invalid.has("asOf")) return null;
  const feb29 = plan.options.feb29Anniversary;
  const minimum = plan.eligibility.minimumAge;
  const age = completedYears(birthDate, asOf, feb29);
  if (age >= minimum) return null;
  return words.underAgeSentence({ age, asOf, minimumAge: minimum, joinsOn: dateAttainingAge(birthDate, minimum, feb29) });
}

// 3. The contribution limit -------------------------------------------------------------------

export interface LimitSection {
  planYear: number;
  result: ContributionResult;
  /** A warning, not a block: the chosen % is over the plan's cap or the dollar limit. */
  warning: string | null;
  /** Said when the deferral % is filled in wrongly: the limit is shown without it. */
  pending: string | null;
  /** Said when the plan year is after the IRS limits table. */
  limitsNote: string | null;
  /** "the plan's 15% cap": what limits the deferral. */
  bindingName: string;
  /** The plan year the limit is for, in a sentence. */
  yearNote: string;
  explanation: string[];
}

export function limitSection(inputs: ParticipantInputs, plan: PlanDefinition, words: ParticipantWords): Section<LimitSection> {
  const said = words.needs();
  const lack = lacking(
    inputs,
    [
      ["asOf", said.asOf, inputs.asOf !== null],
      ["compensation", said.compensation, inputs.compensation !== null],
      // The birth date matters only for catch-up contributions.
      ...(plan.options.catchUp ? [["birthDate", said.birthDate, true] as const] : []),
    ],
    words.purposes().limit,
    words,
  );
  if (lack) return lack;
  const asOf = inputs.asOf!;
  const compensation = inputs.compensation!;
  return guarded(() => {
    const planYear = yearOf(asOf) + 1;
    const result = contributionLimit(
      { planYear, compensation, birthDate: inputs.birthDate ?? undefined, deferralPercent: inputs.deferralPercent ?? undefined },
      plan,
    );
    const warning = words.overLimitWarning(result);
    const pending = inputs.invalid.has("deferralPercent") ? words.fixDeferralPercent() : null;
    return {
      ok: true,
      value: {
        planYear,
        result,
        warning,
        pending,
        limitsNote: words.limitsNote(result),
        bindingName: words.bindingLimitName(result),
        yearNote: words.limitYearNote(result, plan),
        explanation: words.contributionExplanation(result, plan),
      },
    };
  }, words);
}

// 4. The years ahead -------------------------------------------------------------------------

// Who can take part ---------------------------------------------------------------------------

/** The employer's eligibility rule in a sentence, with its citation (11-K Note 1.A). */
export function eligibilityNote(inputs: ParticipantInputs, plan: PlanDefinition, words: ParticipantWords): string {
  const employer = plan.employers.find((candidate) => candidate.id === inputs.employer) ?? plan.employers[0]!;
  return words.eligibilityNoteSentence(employer, plan);
}
