/**
 * Vesting by source (11-K Notes 1.D and 5; plan-rules §4).
 *
 * Base rule (Note 1.D): "Participants are immediately vested in their voluntary contributions plus
 * actual earnings thereon. Vesting in employer matching contributions plus actual earnings thereon
 * is as follows": less than three years 0%, three years 50%, four years 75%, five years or more 100%.
 *
 * Exception (Note 5): "In the event of Plan termination, participants will become fully vested in
 * their account balances." Other events accelerate vesting only where the plan options say so.
 *
 * Years of service (plan-rules §4): a stated figure (its whole part); or, "where only dates are
 * known, service is elapsed time"; or, "where the hours are given, §4.1" (lib/rules/vesting-service).
 *
 * The result holds facts; its sentences are lib/words/en/vesting.ts (`vestingExplanation`).
 */
import { anniversary, completedYears, daysBetween, type IsoDate } from "../dates";
import { RuleInputError } from "../errors";
import { HUNDRED, roundCents, ZERO, type Money } from "../money";
import type { FullVestingEvent, PlanDefinition } from "../plan/definition";
import { SOURCES, type Source } from "../plan/sources";
import { minimumScheduleComparison, type MinimumScheduleComparison } from "./compliance";
import type { HoursEntry, HoursLedger } from "./hours";
import { scheduledPercent, vestingService, type VestingServiceResult } from "./vesting-service";

export { scheduledPercent };

export type Balances = Record<Source, Money>;

export interface VestingInput {
  /** Years of vesting service; a fraction counts its whole part (3.9 → 3). */
  yearsOfService?: number | undefined;
  /** Or the dates between which completed years are counted. */
  employmentStartDate?: IsoDate | undefined;
  asOf?: IsoDate | undefined;
  /**
   * Or the hours of service (plan-rules §4.1), with employmentStartDate and asOf: years are then
   * counted from them. A yearsOfService given as well must agree with them.
   */
  hours?: readonly HoursEntry[] | undefined;
  /** Or the hours as a ledger already built (and checked) by the caller. */
  ledger?: HoursLedger | undefined;
  balances: Balances;
  /** Events that have happened; those in the plan's `fullVestingOn` vest everyone 100%. */
  events?: readonly FullVestingEvent[] | undefined;
}

export interface VestingStepAhead {
  yearsOfService: number;
  vestedPercent: number;
  /**
   * The date the step is reached: by elapsed time, the anniversary of the start date; counted
   * from hours, the `creditedOn` date of the year of service that reaches the step when hours
   * ahead of the as-of date give one. Null otherwise (a stated number of years; hours that do not
   * reach the step).
   */
  reachedOn: IsoDate | null;
  /** Days from the as-of date to that date. */
  daysAway: number | null;
  /** Today's match balance vested at that step, and how much more than today. */
  vestedMatch: Money;
  additionalVested: Money;
  /** The law's minimum schedules at that step, where they may give more than the plan (plan-rules §4). */
  lawMinimum: MinimumScheduleComparison | null;
}

/**
 * Where the years of service came from: counted from hours; a stated figure (as given, before its
 * whole part is taken); or the completed years between two dates.
 */
export type ServiceCountedFrom = { by: "hours" } | { by: "stated"; stated: number } | { by: "dates"; start: IsoDate; asOf: IsoDate };

export interface VestingResult {
  /** Whole years of service counted. */
  yearsOfService: number;
  countedFrom: ServiceCountedFrom;
  /** The employer match's vested %. */
  vestedPercent: number;
  /** The vested % of each source: 100 for the sources always vested (deferrals, rollovers), the match's % for the others. */
  vestedPercentBySource: Record<Source, number>;
  /** The event that vests everyone fully, if one applies. */
  fullyVestedBy: FullVestingEvent | null;
  vested: Balances & { total: Money };
  forfeitable: Money;
  balance: Money;
  nextStep: { yearsOfService: number; vestedPercent: number } | null;
  stepsAhead: VestingStepAhead[];
  /** Years of service counted from hours (plan-rules §4.1); null when they come from a figure or dates. */
  service: VestingServiceResult | null;
  /**
   * The law's minimum schedules at today's years, where they may give more than the plan (the
   * plan's schedule meets neither and one gives a higher % at these years); null otherwise and
   * when an event vests the match fully.
   */
  lawMinimum: MinimumScheduleComparison | null;
  citation: string;
}

/** Whole years of vesting service from the input (plan-rules §4). */
export function yearsOfServiceFrom(input: Pick<VestingInput, "yearsOfService" | "employmentStartDate" | "asOf">, plan: PlanDefinition): number {
  if (input.yearsOfService !== undefined) {
    const stated = Math.floor(input.yearsOfService);
    // Years stated beside the dates must agree with the dates, counted under the plan's February 29 option.
    if (input.employmentStartDate !== undefined && input.asOf !== undefined && input.asOf >= input.employmentStartDate) {
      const fromDates = completedYears(input.employmentStartDate, input.asOf, plan.options.feb29Anniversary);
      if (fromDates !== stated) {
        throw new RuleInputError("yearsOfService", { code: "yearsDisagreeWithDates", stated: input.yearsOfService, fromDates });
      }
    }
    return stated;
  }
  if (input.employmentStartDate === undefined || input.asOf === undefined) {
    throw new RuleInputError("yearsOfService", { code: "yearsOrDatesRequired" });
  }
  if (input.asOf < input.employmentStartDate) {
    throw new RuleInputError("asOf", { code: "asOfBeforeStart", asOf: input.asOf, start: input.employmentStartDate });
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

/** Whether a source is always 100% vested, whatever the service (11-K Note 1.D: voluntary contributions). */
export function alwaysVested(plan: PlanDefinition, source: Source): boolean {
  return plan.vesting.immediatelyVested.includes(source);
}

/** The vested % of each source, given the match's. */
export function vestedPercentBySource(plan: PlanDefinition, matchPercent: number): Record<Source, number> {
  const percents = {} as Record<Source, number>;
  for (const source of SOURCES) percents[source] = alwaysVested(plan, source) ? 100 : matchPercent;
  return percents;
}

/** Whether the input counts service from hours (an hours list, even empty, or a ledger). */
function countsHours(input: VestingInput): boolean {
  return input.hours !== undefined || input.ledger !== undefined;
}

/** Years of vesting service from hours (plan-rules §4.1), checked against a stated figure. */
function serviceFromHours(input: VestingInput, plan: PlanDefinition): VestingServiceResult {
  if (input.employmentStartDate === undefined) {
    throw new RuleInputError("employmentStartDate", { code: "startRequiredWithHours" });
  }
  if (input.asOf === undefined) throw new RuleInputError("asOf", { code: "asOfRequiredWithHours" });
  const fullyVested = (input.events ?? []).some((event) => plan.options.fullVestingOn.includes(event));
  const service = vestingService(
    { employmentStartDate: input.employmentStartDate, asOf: input.asOf, hours: input.hours, ledger: input.ledger, matchBalance: input.balances.match, fullyVested },
    plan,
  );
  if (input.yearsOfService !== undefined && Math.floor(input.yearsOfService) !== service.yearsOfService) {
    throw new RuleInputError("yearsOfService", { code: "yearsDisagreeWithHours", stated: input.yearsOfService, fromHours: service.yearsOfService, asOf: input.asOf });
  }
  return service;
}

export function evaluateVesting(input: VestingInput, plan: PlanDefinition): VestingResult {
  const service = countsHours(input) ? serviceFromHours(input, plan) : null;
  const wholeYears = service ? service.yearsOfService : yearsOfServiceFrom(input, plan);
  const { vestedPercent, fullyVestedBy } = matchVesting(plan, wholeYears, input.events);
  const balances = input.balances;

  const percents = vestedPercentBySource(plan, vestedPercent);
  const vested = {} as Balances & { total: Money };
  let total = ZERO;
  let forfeitable = ZERO;
  for (const source of SOURCES) {
    const amount = vestedAmount(balances[source], percents[source]);
    vested[source] = amount;
    total = total.plus(amount);
    forfeitable = forfeitable.plus(balances[source].minus(amount));
  }
  vested.total = total;
  const balance = SOURCES.reduce((sum, source) => sum.plus(balances[source]), ZERO);

  const ahead = fullyVestedBy ? [] : plan.vesting.schedule.filter((step) => step.years > wholeYears && step.percent > vestedPercent);
  const stepsAhead = ahead.map((step): VestingStepAhead => {
    const reachedOn = service
      ? (service.creditedDates[step.years - 1] ?? null)
      : input.yearsOfService === undefined && input.employmentStartDate !== undefined
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
      lawMinimum: minimumScheduleComparison(plan, step.years),
    };
  });
  const next = stepsAhead[0];

  const citation = fullyVestedBy === "planTermination" ? plan.vesting.terminationCitation : plan.vesting.citation;
  const countedFrom: ServiceCountedFrom = service
    ? { by: "hours" }
    : input.yearsOfService !== undefined
      ? { by: "stated", stated: input.yearsOfService }
      : { by: "dates", start: input.employmentStartDate!, asOf: input.asOf! };
  return {
    yearsOfService: wholeYears,
    countedFrom,
    vestedPercent,
    vestedPercentBySource: percents,
    fullyVestedBy,
    vested,
    forfeitable,
    balance,
    nextStep: next ? { yearsOfService: next.yearsOfService, vestedPercent: next.vestedPercent } : null,
    stepsAhead,
    service,
    lawMinimum: fullyVestedBy ? null : minimumScheduleComparison(plan, wholeYears),
    citation,
  };
}
