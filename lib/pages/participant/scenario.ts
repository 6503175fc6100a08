/**
 * Everything the participant page shows, worked out from the inputs by the plan-rules module.
 *
 * Each section either has its figures or says, in words, which inputs it still needs. The rules
 * themselves live in lib/rules; this file only chooses which rule answers which question and puts
 * the answers into sentences a participant can read.
 */
import { completedYears, dateAttainingAge, longDate, yearOf, type IsoDate } from "../../dates";
import { formatUsd, type Money } from "../../money";
import type { PlanDefinition } from "../../plan/definition";
import type { MinimumScheduleComparison } from "../../rules/compliance";
import { contributionLimit, type ContributionResult } from "../../rules/contribution";
import { evaluateVesting, vestedAmount, type Balances, type VestingResult } from "../../rules/vesting";
import { vestingPeriod } from "../../rules/vesting-service";
import { formatCount, formatHours } from "../../words/format";
import { describeSchedule, ordinal } from "../../words/en/format";
import { bindingLimitName, contributionExplanation, limitsNote, limitYearNote, overLimitWarning } from "../../words/en/contribution";
import { leavingNowSentence, vestingExplanation } from "../../words/en/vesting";
import type { ParticipantInputs } from "./validate";
import { BALANCE_NEEDS, eventsOf, guarded, lacking, listInWords, plural, serviceNeeds, type Section } from "./sections";

export { listInWords, plural, type Section } from "./sections";
export { defaultYears, printedYears, yearsAhead, type ProjectedYear, type YearsAhead } from "./years-ahead";

/** "none of your match is yours yet", "60% of your match is yours", "all of your match is yours". */
function matchShare(percent: number): string {
  if (percent === 0) return "none of your match is yours yet";
  return percent === 100 ? "all of your match is yours" : `${percent}% of your match is yours`;
}

/**
 * The law's minimum schedules beside a vested %, in plain words with a verdict under each reading
 * and a next step, where the vesting rule found they may give more (`lawMinimum`, plan-rules §4
 * compliance finding); null where the plan meets them. With the match balance, each reading's
 * amount (the vesting rule's rounding).
 */
export function lawCaveat(comparison: MinimumScheduleComparison | null, match?: Money): string | null {
  if (comparison === null) return null;
  const amount = (percent: number) => (match ? ` (${formatUsd(vestedAmount(match, percent))})` : "");
  const readings = comparison.minimums.map((minimum) => `if the ${minimum.name} schedule applies, ${matchShare(minimum.vestedIfApplies)}${amount(minimum.vestedIfApplies)}`);
  return (
    `You may keep more of your match. For match paid for plan years from ${comparison.firstPlanYear}, the law (${comparison.citation}) sets two minimum schedules, and this plan's schedule (${comparison.planPercent}% at ${plural(comparison.yearsOfService, "year", "years")}) is slower than both. ` +
    `At ${plural(comparison.yearsOfService, "year", "years")} of service: ${readings.join("; ")}. Ask HR (the plan administrator) which applies to your match before you decide to leave.`
  );
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
function methodNote(inputs: ParticipantInputs, result: VestingResult, plan: PlanDefinition): string | null {
  if (inputs.serviceBy === "hours" || result.vestedPercent >= 100) return null;
  const counting = plan.vesting.hoursCounting;
  const rule = `The plan counts a year of service for each plan year in which you work ${formatHours(counting.yearOfService.hours)} hours or more`;
  return inputs.serviceBy === "start"
    ? `This counts every year since your start date as a full year of work. ${rule}, so part-time hours, gaps between assignments or a rehire can change the answer, up or down. Count from your hours to be sure.`
    : `${rule}. If you are not sure how many such years you have, count from your hours to be sure.`;
}

export function vestedToday(inputs: ParticipantInputs, plan: PlanDefinition): Section<VestedToday> {
  const lack = lacking(inputs, [...serviceNeeds(inputs), ...BALANCE_NEEDS(inputs)], "what is vested today");
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
    const years = plural(result.yearsOfService, "year", "years");
    const serviceWords = byHours ? `after ${years} of service counted from your hours` : `after ${result.yearsOfService === 1 ? "1 completed year" : `${result.yearsOfService} completed years`} of service`;
    const forfeitSentence = leavingNowSentence(inputs.asOf!, result, plan);
    return {
      ok: true,
      value: {
        result,
        balances: inputs.balances,
        serviceWords,
        forfeitSentence,
        caveat: lawCaveat(result.lawMinimum, inputs.balances.match),
        methodNote: methodNote(inputs, result, plan),
        explanation: [
          ...vestingExplanation(result, plan),
          `Vested amount of each source = balance × vested %, rounded half-up to the cent; the forfeitable amount is the match balance less its vested part. (${plan.vesting.citation}, ${plan.forfeitures.citation})`,
        ],
      },
    };
  });
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

export function stayOrGo(inputs: ParticipantInputs, plan: PlanDefinition, today: VestedToday): StayOrGo {
  const { result } = today;
  const service = result.service;
  const yearHours = formatHours(plan.vesting.hoursCounting.yearOfService.hours);
  const vestedNow = result.vested.match;
  const steps = result.stepsAhead.map((step): StayStep => {
    const share =
      `${step.vestedPercent}% of your match is yours (vested): ${formatUsd(step.vestedMatch)} in total` +
      (vestedNow.greaterThan(0) ? ` (${formatUsd(step.additionalVested)} more than today)` : "");
    const more = step.yearsOfService - result.yearsOfService;
    let sentence: string;
    if (step.reachedOn !== null && step.daysAway !== null) {
      sentence = service
        ? `On the hours given you reach ${plural(step.yearsOfService, "year", "years")} of service on ${longDate(step.reachedOn)}: ${share}.`
        : `Stay until ${longDate(step.reachedOn)} (${plural(step.daysAway, "day", "days")}): ${share}.`;
    } else if (service && inputs.employmentStartDate !== null) {
      // Years of service from hours: each needs a period with 1,000 hours; the current one still can be.
      const now = service.currentPeriod;
      const current = service.periods.findIndex((period) => period.start === now.start);
      const open = now.open;
      const later = open ? more - 1 : more;
      const last = vestingPeriod(inputs.employmentStartDate, current + more - (open ? 1 : 0), plan.options);
      const toGo = formatHours(now.hoursToYearOfService);
      const years = `${plural(later, "more plan year", "more plan years")} with ${yearHours} hours or more`;
      const what =
        later === 0
          ? `work ${toGo} more hours by ${longDate(now.end)}`
          : `${open ? `this year (${toGo} more hours) and ` : ""}${years}, so by ${longDate(last.end)} at the earliest`;
      sentence = `Reach ${plural(step.yearsOfService, "year", "years")} of service: ${what}. Then ${share}.`;
    } else {
      sentence = `Complete ${plural(step.yearsOfService, "year", "years")} of service (${plural(more, "more plan year", "more plan years")} with ${yearHours} hours or more): ${share}.`;
    }
    return {
      yearsOfService: step.yearsOfService,
      vestedPercent: step.vestedPercent,
      reachedOn: step.reachedOn,
      daysAway: step.daysAway,
      vestedMatch: step.vestedMatch,
      additionalVested: step.additionalVested,
      sentence,
    };
  });
  let fullyVestedSentence: string | null = null;
  if (steps.length === 0) {
    fullyVestedSentence =
      result.fullyVestedBy === "planTermination"
        ? "The plan is terminated, so your match is fully vested: leaving now costs you none of it."
        : `Your match is ${result.vestedPercent}% vested, the top of the schedule: leaving now costs you none of it.`;
  }
  const comparisons = result.stepsAhead.flatMap((step) => (step.lawMinimum ? [step.lawMinimum] : []));
  const first = comparisons[0];
  const caveat = first
    ? `If the law's minimum schedules (${first.citation}, match paid for plan years from ${first.firstPlanYear}) apply to your match, you may vest sooner: ` +
      `${comparisons.map((comparison) => `at ${plural(comparison.yearsOfService, "year", "years")}, ${listInWords(comparison.minimums.filter((minimum) => minimum.givesMore).map((minimum) => `${matchShare(minimum.vestedIfApplies)} under the ${minimum.name} schedule`), "or")}`).join("; ")}. Ask HR which applies.`
    : null;
  const explanation = [
    `The employer match vests by completed years of service: ${describeSchedule(plan.vesting.schedule)}. (${plan.vesting.citation})`,
    service
      ? `Your years of service come from your hours: a plan year with ${yearHours} hours or more is one year. The dates ahead assume you work ${yearHours} hours in each plan year from now.`
      : inputs.employmentStartDate !== null
        ? `A year of service is completed on each anniversary of your employment start date, ${longDate(inputs.employmentStartDate)}; the anniversary of February 29 falls on March 1 in other years. Days are counted from the as-of date, ${longDate(inputs.asOf!)}.`
        : "You gave completed years of service, so the dates of the steps are not known. Give your employment start date or your hours instead to see dates.",
    "Each amount is today's match balance times the step's vested %, rounded half-up to the cent: the total vested at that step, not an amount added to the step before. Growth and new match are left aside here; the years ahead below include them.",
  ];
  if (inputs.balances.match.isZero() && steps.length > 0) {
    explanation.push("Your match balance today is $0.00, so no more of it vests; match paid in later years vests on the same schedule.");
  }
  return { steps, fullyVestedSentence, caveat, explanation };
}

/** Stay or go needs what vested today needs; it says so in its own words. */
export function stayOrGoSection(inputs: ParticipantInputs, plan: PlanDefinition, today: Section<VestedToday>): Section<StayOrGo> {
  if (!today.ok) return lacking(inputs, [...serviceNeeds(inputs), ...BALANCE_NEEDS(inputs)], "what staying adds") ?? today;
  return { ok: true, value: stayOrGo(inputs, plan, today.value) };
}

// Age ------------------------------------------------------------------------------------------

/** Said plainly when the person is under the plan's minimum age on the as-of date. */
export function ageSentence(inputs: ParticipantInputs, plan: PlanDefinition): string | null {
  const { birthDate, asOf } = inputs;
  if (birthDate === null || asOf === null || inputs.invalid.has("birthDate") || inputs.invalid.has("asOf")) return null;
  const feb29 = plan.options.feb29Anniversary;
  const minimum = plan.eligibility.minimumAge;
  const age = completedYears(birthDate, asOf, feb29);
  if (age >= minimum) return null;
  return (
    `You are ${age} on ${longDate(asOf)}: under ${minimum}. The plan lets you join at ${minimum}, from ${longDate(dateAttainingAge(birthDate, minimum, feb29))}, once you also meet the service rule. ` +
    `Your service for vesting still counts from your first hour of work.`
  );
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

export function limitSection(inputs: ParticipantInputs, plan: PlanDefinition): Section<LimitSection> {
  const lack = lacking(
    inputs,
    [
      ["asOf", "the as-of date", inputs.asOf !== null],
      ["compensation", "next year's pay", inputs.compensation !== null],
      // The birth date matters only for catch-up contributions.
      ...(plan.options.catchUp ? [["birthDate", "your birth date", true] as const] : []),
    ],
    "your contribution limit",
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
    const warning = overLimitWarning(result);
    const pending = inputs.invalid.has("deferralPercent") ? "Fix the deferral percent (see the message beside it) to see your own deferral." : null;
    return {
      ok: true,
      value: {
        planYear,
        result,
        warning,
        pending,
        limitsNote: limitsNote(result),
        bindingName: bindingLimitName(result),
        yearNote: limitYearNote(result, plan),
        explanation: contributionExplanation(result, plan),
      },
    };
  });
}

// 4. The years ahead -------------------------------------------------------------------------

// Who can take part ---------------------------------------------------------------------------

/** The employer's eligibility rule in a sentence, with its citation (11-K Note 1.A). */
export function eligibilityNote(inputs: ParticipantInputs, plan: PlanDefinition): string {
  const employer = plan.employers.find((candidate) => candidate.id === inputs.employer) ?? plan.employers[0]!;
  const age = plan.eligibility.minimumAge;
  const service =
    employer.service.kind === "hoursInPeriod"
      ? `once you are ${age} and have completed ${formatCount(employer.service.hours)} hours of service in a 12-month period`
      : `once you are ${age}, from the ${ordinal(employer.service.days)} day following your first hour of service`;
  const hce = employer.excludesHighlyCompensated
    ? "highly compensated employees are excluded"
    : "highly compensated employees may take part";
  return `${employer.name}: you may take part ${service}; ${hce}. Vesting is the same for every employer. (${employer.citation})`;
}
