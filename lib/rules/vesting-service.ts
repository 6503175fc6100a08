/**
 * Years of vesting service counted from hours (plan-rules §4.1; hours counting, 29 CFR
 * 2530.200b-1 and 2530.203-2; breaks in service, 29 CFR 2530.200b-4; IRC 411(a)(6)(C) and (D)).
 *
 * "Where the hours of service are given (dated entries from the employment start, as in §2.1),
 * years of vesting service are counted from them." The rule, as plan-rules reads it:
 * - Vesting computation periods are plan years, beginning with the plan year that contains the
 *   employment start date, which counts in full (option: anniversary years, the 12 months
 *   beginning on the start date and on each anniversary of it).
 * - "A year of vesting service is a period credited with 1,000 or more hours. It is credited on
 *   the date of the entry that brings the period to 1,000 hours."
 * - "A one-year break in service is a period that has ended (its last day on or before the as-of
 *   date) credited with 500 hours or fewer."
 * - "Years of vesting service on a date are those credited on or before it." Entries after the
 *   as-of date are hours ahead: they move the steps ahead, not today's percentage.
 * - Breaks do not erase earlier years, unless the rule-of-parity option is on (IRC 411(a)(6)(D)):
 *   a participant whose match is 0% vested loses the years before consecutive breaks at least as
 *   many as the greater of 5 and those years.
 * - The nonvested match is forfeited on the day after the fifth consecutive break ends, counted
 *   on the hours given and none after them (IRC 411(a)(6)(C); 11-K Note 1.G).
 *
 * Every number (1,000 hours, 500 hours, 5 breaks) is the plan's data (`plan.vesting.hoursCounting`).
 */
import { addDays, anniversary, daysBetween, endOfYear, maxDate, startOfYear, yearOf, type IsoDate } from "../dates";
import { RuleInputError } from "../errors";
import type { Money } from "../money";
import type { PlanDefinition, PlanOptions, VestingStep } from "../plan/definition";
import { fromHourUnits, HoursLedger, toHourUnits, type HoursEntry } from "./hours";
import { formatHours, ordinal } from "./words";

export interface VestingServiceInput {
  employmentStartDate: IsoDate;
  asOf: IsoDate;
  /** Dated hours entries, each on or after the start (checked here). */
  hours?: readonly HoursEntry[] | undefined;
  /** Or a ledger already built by the caller (a roster), whose entries the caller has checked. */
  ledger?: HoursLedger | undefined;
  /** The match balance: when it is 0 there is nothing to forfeit (default: some). */
  matchBalance?: Money | undefined;
  /** True when an event (plan termination) vests the match fully: nothing to forfeit. */
  fullyVested?: boolean | undefined;
}

export interface VestingPeriod {
  start: IsoDate;
  end: IsoDate;
  kind: "planYear" | "anniversaryYear";
  /** Hours of every entry dated in the period (hours ahead of the as-of date included). */
  hours: number;
  /** Credited with 1,000 hours or more. */
  yearOfService: boolean;
  /** The date of the entry that brought the period to 1,000 hours; null when it has fewer. */
  creditedOn: IsoDate | null;
  /** Ended on or before the as-of date with 500 hours or fewer. */
  breakInService: boolean;
  /** Credited with 500 hours or fewer (so far, if it has not ended): a break in service once it ends with no more hours. */
  withinBreakHours: boolean;
  /** Its last day is on or before the as-of date. */
  ended: boolean;
  /** Rule of parity: a year of service here no longer counts. */
  disregarded: boolean;
}

/** Where a vesting computation period begins and ends. */
export type PeriodBounds = Pick<VestingPeriod, "start" | "end" | "kind">;

/**
 * The run of consecutive breaks in service that forfeits the nonvested match, on the hours given
 * and none after them: from the period after the last one credited with more than the break's
 * hours (or from the first period, when none is) to the plan's fifth break.
 */
export interface ForfeitingBreaks {
  first: PeriodBounds;
  last: PeriodBounds;
  /** How many breaks in a row forfeit (the plan's `forfeiture.consecutiveBreaks`). */
  count: number;
}

export interface CurrentVestingPeriod {
  start: IsoDate;
  end: IsoDate;
  /** Hours dated in the period on or before the as-of date. */
  hours: number;
  /** Hours still needed for a year of service (at least 0). */
  hoursToYearOfService: number;
  /** Not ended on the as-of date and not yet a year of service: a year that can still be earned in it. */
  open: boolean;
  /**
   * Whether the hours so far, at the same pace for the whole period, reach a year of service: hours
   * to date × days in the period ≥ the year's hours × days to date (both counts of days inclusive).
   * Words only ("at the pace of your hours so far you would get there"); the rules assume nothing from it.
   */
  onPace: boolean;
}

export interface VestingServiceResult {
  method: "hoursCounting";
  /** Years of vesting service credited on or before the as-of date (after the rule of parity). */
  yearsOfService: number;
  /** The date each counted year is credited, in order, hours ahead included: the n-th year is `creditedDates[n - 1]`. */
  creditedDates: IsoDate[];
  /** Breaks in a row ending with the last period that ended on or before the as-of date. */
  consecutiveBreaks: number;
  /** Years no longer counted under the rule of parity. */
  disregardedYears: number;
  /** The day after the fifth consecutive break ends if no hours follow the last entry; null when nothing is forfeitable. */
  forfeitsOn: IsoDate | null;
  /** The last day of that fifth consecutive break (whether or not anything is forfeitable): `forfeitingBreaks.last.end`. */
  forfeitingBreakEnds: IsoDate;
  /** The run of breaks that forfeits (whether or not anything is forfeitable). */
  forfeitingBreaks: ForfeitingBreaks;
  currentPeriod: CurrentVestingPeriod;
  periods: VestingPeriod[];
  citation: string;
  explanation: string[];
}

/** The schedule's percentage for whole years of service: the last step at or below them. */
export function scheduledPercent(schedule: readonly VestingStep[], wholeYears: number): number {
  let percent = 0;
  for (const step of schedule) if (step.years <= wholeYears) percent = step.percent;
  return percent;
}

/**
 * The n-th vesting computation period (n = 0 contains the start): plan years from the plan year
 * that contains the start date, or the 12 months beginning on the start date and on each
 * anniversary of it (each ends the day before the next anniversary, so none overlap).
 */
export function vestingPeriod(start: IsoDate, n: number, options: PlanOptions): PeriodBounds {
  if (options.vestingPeriods === "planYear") {
    const year = yearOf(start) + n;
    return { start: startOfYear(year), end: endOfYear(year), kind: "planYear" };
  }
  const feb29 = options.feb29Anniversary;
  return { start: n === 0 ? start : anniversary(start, n, feb29), end: addDays(anniversary(start, n + 1, feb29), -1), kind: "anniversaryYear" };
}

function checkInput(input: VestingServiceInput): void {
  if (input.asOf < input.employmentStartDate) {
    throw new RuleInputError("asOf", `asOf ${input.asOf} is before the employment start date ${input.employmentStartDate}`);
  }
  input.hours?.forEach((entry, index) => {
    if (entry.date < input.employmentStartDate) {
      throw new RuleInputError(
        `hours.${index}.date`,
        `hours dated ${entry.date} are before the employment start date ${input.employmentStartDate}; hours can only be credited from the first hour of service`,
      );
    }
  });
}

export function vestingService(input: VestingServiceInput, plan: PlanDefinition): VestingServiceResult {
  checkInput(input);
  const { asOf, employmentStartDate: start } = input;
  const options = plan.options;
  const counting = plan.vesting.hoursCounting;
  const ledger = input.ledger ?? new HoursLedger(input.hours ?? []);
  const yearUnits = toHourUnits(counting.yearOfService.hours);
  const breakUnits = toHourUnits(counting.breakInService.hoursAtMost);
  const lastRelevant = maxDate(asOf, ledger.latestDate ?? asOf);
  const nonvested = (years: number) => scheduledPercent(plan.vesting.schedule, years) === 0;

  const periods: VestingPeriod[] = [];
  /** Index of the last period with more than the break's hours, or −1. */
  let lastWorked = -1;
  /** Years credited on or before asOf and still counted, and the periods that hold them. */
  let counted = 0;
  let countedPeriods: VestingPeriod[] = [];
  let breaksInRow = 0;
  let disregardedYears = 0;
  const parityApplied: ParityApplied[] = [];
  let current: CurrentVestingPeriod | null = null;

  for (let n = 0; ; n += 1) {
    const bounds = vestingPeriod(start, n, options);
    if (n > 0 && bounds.start > lastRelevant) break;
    const units = ledger.unitsBetween(bounds.start, bounds.end);
    const creditedOn = units >= yearUnits ? ledger.dateReaching(bounds.start, bounds.end, yearUnits) : null;
    const ended = bounds.end <= asOf;
    const withinBreakHours = units <= breakUnits;
    // Written out, not `...bounds`: a spread here costs more than the rest of the loop.
    const period: VestingPeriod = {
      start: bounds.start,
      end: bounds.end,
      kind: bounds.kind,
      hours: fromHourUnits(units),
      yearOfService: creditedOn !== null,
      creditedOn,
      breakInService: ended && withinBreakHours,
      withinBreakHours,
      ended,
      disregarded: false,
    };
    periods.push(period);
    if (!withinBreakHours) lastWorked = n;
    if (bounds.start <= asOf && asOf <= bounds.end) {
      const toDate = ledger.unitsBetween(bounds.start, asOf);
      current = {
        start: bounds.start,
        end: bounds.end,
        hours: fromHourUnits(toDate),
        hoursToYearOfService: fromHourUnits(Math.max(0, yearUnits - toDate)),
        open: !ended && (creditedOn === null || creditedOn > asOf),
        onPace: toDate * (daysBetween(bounds.start, bounds.end) + 1) >= yearUnits * (daysBetween(bounds.start, asOf) + 1),
      };
    }
    if (!ended) continue;
    // A period that has ended: a year, a break, or neither.
    if (period.breakInService) {
      breaksInRow += 1;
      if (
        options.ruleOfParity &&
        counted > 0 &&
        nonvested(counted) &&
        breaksInRow >= Math.max(counting.ruleOfParity.minimumBreaks, counted)
      ) {
        for (const earlier of countedPeriods) earlier.disregarded = true;
        parityApplied.push({ years: counted, breaks: breaksInRow, from: periods[n - breaksInRow + 1]!, to: period });
        disregardedYears += counted;
        counted = 0;
        countedPeriods = [];
      }
    } else {
      breaksInRow = 0;
      if (creditedOn !== null) {
        counted += 1;
        countedPeriods.push(period);
      }
    }
  }
  // The current period (not ended) may already hold a year credited on or before asOf.
  const creditedDates: IsoDate[] = [];
  let yearsOfService = 0;
  for (const period of periods) {
    if (period.creditedOn === null || period.disregarded) continue;
    creditedDates.push(period.creditedOn);
    if (period.creditedOn <= asOf) yearsOfService += 1;
  }

  // The fifth break: the fifth period after the last one with more than the break's hours (or
  // counting from the first period when none has more), on the hours given and none after them.
  const breaksToForfeit = counting.forfeiture.consecutiveBreaks;
  const forfeitingBreaks: ForfeitingBreaks = {
    first: vestingPeriod(start, lastWorked + 1, options),
    last: vestingPeriod(start, lastWorked + breaksToForfeit, options),
    count: breaksToForfeit,
  };
  const forfeitingBreakEnds = forfeitingBreaks.last.end;
  const nothingToForfeit =
    input.fullyVested === true ||
    (input.matchBalance !== undefined && input.matchBalance.isZero()) ||
    scheduledPercent(plan.vesting.schedule, creditedDates.length) === 100;
  const forfeitsOn = nothingToForfeit ? null : addDays(forfeitingBreakEnds, 1);

  const result: VestingServiceResult = {
    method: "hoursCounting",
    yearsOfService,
    creditedDates,
    consecutiveBreaks: breaksInRow,
    disregardedYears,
    forfeitsOn,
    forfeitingBreakEnds,
    forfeitingBreaks,
    currentPeriod: current!,
    periods,
    citation: counting.yearOfService.citation,
    explanation: [],
  };
  result.explanation = explainService(input, result, plan, ledger.latestDate, parityApplied);
  return result;
}

/** A stretch of breaks after which the rule of parity disregarded the years before it. */
interface ParityApplied {
  years: number;
  breaks: number;
  from: VestingPeriod;
  to: VestingPeriod;
}

/** "2005" for a plan year; "2002-03-15 to 2003-03-14" for an anniversary year. */
function periodLabel(period: Pick<VestingPeriod, "start" | "end" | "kind">): string {
  return period.kind === "planYear" ? period.start.slice(0, 4) : `${period.start} to ${period.end}`;
}

function list(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

function explainService(
  input: VestingServiceInput,
  result: VestingServiceResult,
  plan: PlanDefinition,
  latestEntry: IsoDate | null,
  parity: readonly ParityApplied[],
): string[] {
  const counting = plan.vesting.hoursCounting;
  const yearHours = formatHours(counting.yearOfService.hours);
  const breakHours = formatHours(counting.breakInService.hoursAtMost);
  const byPlanYear = plan.options.vestingPeriods === "planYear";
  const first = result.periods[0]!;
  const periodWords = byPlanYear
    ? "one plan year (January 1 to December 31) at a time"
    : `12 months at a time, from your start date and from each anniversary of it (the first 12 months are ${first.start} to ${first.end})`;
  const periodNoun = byPlanYear ? "plan year" : "12-month period";
  const { asOf } = input;
  const lines: string[] = [
    `Years of service are counted from your hours, ${periodWords}. A ${periodNoun} with ${yearHours} hours or more is one year of service. ` +
      `The year counts from the day of the hours entry that reaches ${yearHours} hours, even if you leave later in that ${periodNoun}. (${counting.yearOfService.citation})`,
  ];

  const counted = result.periods.filter((period) => period.creditedOn !== null && !period.disregarded && period.creditedOn <= asOf);
  lines.push(
    counted.length === 0
      ? `On ${asOf} you have no year of service yet.`
      : `On ${asOf} you have ${result.yearsOfService} ${result.yearsOfService === 1 ? "year" : "years"} of service: ` +
          `${list(counted.map((period) => `${periodLabel(period)} (${formatHours(period.hours)} hours, counted on ${period.creditedOn})`))}.`,
  );

  const breaks = result.periods.filter((period) => period.breakInService);
  const neither = result.periods.filter((period) => period.ended && !period.breakInService && !period.yearOfService);
  if (breaks.length > 0) {
    lines.push(
      `A ${periodNoun} that has ended with ${breakHours} hours or fewer is a break in service. Your breaks: ${list(breaks.map(periodLabel))}. ` +
        (result.consecutiveBreaks > 0 ? `You now have ${result.consecutiveBreaks} ${result.consecutiveBreaks === 1 ? "break" : "breaks"} in a row. ` : "") +
        `(${counting.breakInService.citation})`,
    );
  }
  if (neither.length > 0) {
    lines.push(`A ${periodNoun} with more than ${breakHours} but fewer than ${yearHours} hours is neither a year of service nor a break: ${list(neither.map(periodLabel))}.`);
  }
  for (const stretch of parity) {
    lines.push(
      `Rule of parity: you were 0% vested with ${stretch.years} ${stretch.years === 1 ? "year" : "years"} of service, then had ${stretch.breaks} breaks in a row (${periodLabel(stretch.from)} to ${periodLabel(stretch.to)}). ` +
        `That is at least the greater of ${counting.ruleOfParity.minimumBreaks} and those ${stretch.years} years, so the years before the breaks no longer count. (${counting.ruleOfParity.citation})`,
    );
  }
  if (parity.length === 0 && breaks.length > 0) {
    lines.push(
      plan.options.ruleOfParity
        ? `Rule of parity: earlier years stop counting only after a 0% vested participant has breaks in a row at least the greater of ${counting.ruleOfParity.minimumBreaks} and the years before them. That has not happened, so every year counts. (${counting.ruleOfParity.citation})`
        : `Breaks do not take away the years you had before them: every year of service counts.`,
    );
  }

  const now = result.currentPeriod;
  const currentPeriod = result.periods.find((period) => period.start === now.start)!;
  lines.push(
    currentPeriod.creditedOn !== null && currentPeriod.creditedOn <= asOf
      ? `This ${periodNoun} (${now.start} to ${now.end}) has ${formatHours(now.hours)} hours up to ${asOf}: it is already a year of service (counted on ${currentPeriod.creditedOn}).`
      : `This ${periodNoun} (${now.start} to ${now.end}) has ${formatHours(now.hours)} hours up to ${asOf}: ${formatHours(now.hoursToYearOfService)} more hours in it make a year of service.`,
  );

  if (latestEntry !== null && latestEntry > asOf) {
    const ahead = result.creditedDates.length - result.yearsOfService;
    lines.push(
      `Hours dated after ${asOf} are counted for the dates ahead, not for today's percentage` +
        (ahead > 0 ? `: on all the hours given you reach ${result.creditedDates.length} years of service.` : "."),
    );
  }

  if (result.forfeitsOn !== null) {
    const breaksNeeded = counting.forfeiture.consecutiveBreaks;
    lines.push(
      `If no hours follow the last entry${latestEntry ? ` (${latestEntry})` : ""}, the unvested part of the match stays in your account until the end of the ${ordinal(breaksNeeded)} break in service in a row (${result.forfeitingBreakEnds}). ` +
        `It is forfeited on ${result.forfeitsOn}. If you come back to work before then, you can still vest it. (${counting.forfeiture.citation})`,
    );
  }
  return lines;
}

