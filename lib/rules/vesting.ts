/**
 * Vesting by source (11-K Notes 1.D and 5; plan-rules §4).
 *
 * Base rule (Note 1.D): "Participants are immediately vested in their voluntary contributions plus
 * actual earnings thereon. Vesting in employer matching contributions plus actual earnings thereon
 * is as follows": less than three years 0%, three years 50%, four years 75%, five years or more 100%.
 *
 * Exception (Note 5): "In the event of Plan termination, participants will become fully vested in
 * their account balances." Other events accelerate vesting only where the plan options say so.
 */
import { anniversary, completedYears, daysBetween, type IsoDate } from "../dates";
import { RuleInputError } from "../errors";
import { HUNDRED, roundCents, ZERO, type Money } from "../money";
import { describeSchedule } from "./words";
import type { FullVestingEvent, PlanDefinition, VestingStep } from "../plan/definition";
import { SOURCES, type Source } from "../plan/sources";

export type Balances = Record<Source, Money>;

export interface VestingInput {
  /** Years of vesting service; a fraction counts its whole part (3.9 → 3). */
  yearsOfService?: number | undefined;
  /** Or the dates between which completed years are counted. */
  employmentStartDate?: IsoDate | undefined;
  asOf?: IsoDate | undefined;
  balances: Balances;
  /** Events that have happened; those in the plan's `fullVestingOn` vest everyone 100%. */
  events?: readonly FullVestingEvent[] | undefined;
}

export interface VestingStepAhead {
  yearsOfService: number;
  vestedPercent: number;
  /** The date the step is reached, when a start date is known. */
  reachedOn: IsoDate | null;
  /** Days from the as-of date to that date. */
  daysAway: number | null;
  /** Today's match balance vested at that step, and how much more than today. */
  vestedMatch: Money;
  additionalVested: Money;
}

export interface VestingResult {
  /** Whole years of service counted. */
  yearsOfService: number;
  vestedPercent: number;
  /** The event that vests everyone fully, if one applies. */
  fullyVestedBy: FullVestingEvent | null;
  vested: Balances & { total: Money };
  forfeitable: Money;
  balance: Money;
  nextStep: { yearsOfService: number; vestedPercent: number } | null;
  stepsAhead: VestingStepAhead[];
  citation: string;
  explanation: string[];
}

/** The schedule's percentage for whole years of service: the last step at or below them. */
export function scheduledPercent(schedule: readonly VestingStep[], wholeYears: number): number {
  let percent = 0;
  for (const step of schedule) if (step.years <= wholeYears) percent = step.percent;
  return percent;
}

/** Whole years of vesting service from the input (plan-rules §4). */
export function yearsOfServiceFrom(input: Pick<VestingInput, "yearsOfService" | "employmentStartDate" | "asOf">, plan: PlanDefinition): number {
  if (input.yearsOfService !== undefined) return Math.floor(input.yearsOfService);
  if (input.employmentStartDate === undefined || input.asOf === undefined) {
    throw new RuleInputError("yearsOfService", "give yearsOfService, or employmentStartDate and asOf");
  }
  if (input.asOf < input.employmentStartDate) {
    throw new RuleInputError("asOf", `asOf ${input.asOf} is before the employment start date ${input.employmentStartDate}`);
  }
  return completedYears(input.employmentStartDate, input.asOf, plan.options.feb29Anniversary);
}

/** The match's vested % and the event that overrides the schedule, if any. */
export function matchVesting(plan: PlanDefinition, wholeYears: number, events: readonly FullVestingEvent[] = []) {
  const fullyVestedBy = events.find((event) => plan.options.fullVestingOn.includes(event)) ?? null;
  if (fullyVestedBy) return { vestedPercent: 100, fullyVestedBy };
  return { vestedPercent: scheduledPercent(plan.vesting.schedule, wholeYears), fullyVestedBy: null };
}

/** Vested amount of a source: balance × vested % rounded half-up to cents (plan-rules §4). */
export function vestedAmount(balance: Money, percent: number): Money {
  if (percent === 100) return roundCents(balance);
  if (percent === 0) return ZERO;
  return roundCents(balance.times(percent).dividedBy(HUNDRED));
}

function percentForSource(plan: PlanDefinition, source: Source, matchPercent: number): number {
  return plan.vesting.immediatelyVested.includes(source) ? 100 : matchPercent;
}

export function evaluateVesting(input: VestingInput, plan: PlanDefinition): VestingResult {
  const wholeYears = yearsOfServiceFrom(input, plan);
  const { vestedPercent, fullyVestedBy } = matchVesting(plan, wholeYears, input.events);
  const balances = input.balances;

  const vested = {} as Balances & { total: Money };
  let total = ZERO;
  let forfeitable = ZERO;
  for (const source of SOURCES) {
    const amount = vestedAmount(balances[source], percentForSource(plan, source, vestedPercent));
    vested[source] = amount;
    total = total.plus(amount);
    forfeitable = forfeitable.plus(balances[source].minus(amount));
  }
  vested.total = total;
  const balance = SOURCES.reduce((sum, source) => sum.plus(balances[source]), ZERO);

  const ahead = fullyVestedBy ? [] : plan.vesting.schedule.filter((step) => step.years > wholeYears && step.percent > vestedPercent);
  const stepsAhead = ahead.map((step): VestingStepAhead => {
    const reachedOn =
      input.yearsOfService === undefined && input.employmentStartDate !== undefined
        ? anniversary(input.employmentStartDate, step.years, plan.options.feb29Anniversary)
        : null;
    const vestedMatch = vestedAmount(balances.match, step.percent);
    return {
      yearsOfService: step.years,
      vestedPercent: step.percent,
      reachedOn,
      daysAway: reachedOn && input.asOf ? daysBetween(input.asOf, reachedOn) : null,
      vestedMatch,
      additionalVested: vestedMatch.minus(vested.match),
    };
  });
  const next = stepsAhead[0];

  const citation = fullyVestedBy === "planTermination" ? plan.vesting.terminationCitation : plan.vesting.citation;
  const result: VestingResult = {
    yearsOfService: wholeYears,
    vestedPercent,
    fullyVestedBy,
    vested,
    forfeitable,
    balance,
    nextStep: next ? { yearsOfService: next.yearsOfService, vestedPercent: next.vestedPercent } : null,
    stepsAhead,
    citation,
    explanation: [],
  };
  result.explanation = explainVesting(input, result, plan);
  return result;
}

function explainVesting(input: VestingInput, result: VestingResult, plan: PlanDefinition): string[] {
  const lines = [
    `Your own deferrals and rollovers, with their earnings, are always 100% vested. (${plan.vesting.citation})`,
  ];
  const counted =
    input.yearsOfService !== undefined
      ? input.yearsOfService === result.yearsOfService
        ? `${result.yearsOfService} years of service`
        : `${input.yearsOfService} years of service count as ${result.yearsOfService} completed years`
      : `${result.yearsOfService} completed years of service from ${input.employmentStartDate} to ${input.asOf}`;
  if (result.fullyVestedBy === "planTermination") {
    lines.push(`The plan is terminated, so every account is fully vested: the employer match is 100% vested. (${plan.vesting.terminationCitation})`);
  } else if (result.fullyVestedBy) {
    lines.push(`Full vesting on ${result.fullyVestedBy}, as this plan's options provide: the employer match is 100% vested.`);
  } else {
    lines.push(`Employer match: ${counted} vest ${result.vestedPercent}% under the schedule (${describeSchedule(plan.vesting.schedule)}). (${plan.vesting.citation})`);
  }
  lines.push(`The unvested part of the match would be forfeited if employment ended now. (${plan.forfeitures.citation})`);
  return lines;
}
