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
 * The result holds facts; its sentences are lib/words/en/vesting.ts (`serviceExplanation`).
 */
import { addDays, anniversary, daysBetween, endOfYear, maxDate, startOfYear, yearOf, type IsoDate } from "../dates";
import { RuleInputError } from "../errors";
import type { Money } from "../money";
import type { PlanDefinition, PlanOptions, VestingStep } from "../plan/definition";
import { fromHourUnits, HoursLedger, toHourUnits, type HoursEntry } from "./hours";

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
  /** A year of service credited on or before the as-of date and still counted (not disregarded). */
  counted: boolean;
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
  /** The date the period became a year of service, when that is on or before the as-of date; null otherwise. */
  countedOn: IsoDate | null;
  /** Not ended on the as-of date and not yet a year of service: a year that can still be earned in it. */
  open: boolean;
  /**
   * Whether the hours so far, at the same pace for the whole period, reach a year of service: hours
   * to date × days in the period ≥ the year's hours × days to date (both counts of days inclusive).
   * Words only ("at the pace of your hours so far you would get there"); the rules assume nothing from it.
   */
  onPace: boolean;
}

/** A stretch of breaks after which the rule of parity disregarded the years before it. */
export interface ParityApplied {
  /** The years of service no longer counted. */
  years: number;
  /** The breaks in a row that took them away. */
  breaks: number;
  /** The first and last periods of those breaks. */
  from: VestingPeriod;
  to: VestingPeriod;
}

export interface VestingServiceResult {
  method: "hoursCounting";
  /** The date service is counted to. */
  asOf: IsoDate;
  /** The date of the last hours entry given (hours ahead of the as-of date included); null when none is. */
  latestEntry: IsoDate | null;
  /** Whether hours are given after the as-of date (they move the steps ahead, not today's percentage). */
  hoursAhead: boolean;
  /** Years of vesting service credited on or before the as-of date (after the rule of parity). */
  yearsOfService: number;
  /** The date each counted year is credited, in order, hours ahead included: the n-th year is `creditedDates[n - 1]`. */
  creditedDates: IsoDate[];
  /** Breaks in a row ending with the last period that ended on or before the as-of date. */
  consecutiveBreaks: number;
  /** Years no longer counted under the rule of parity. */
  disregardedYears: number;
  /** Each time the rule of parity took years away, in order. */
  parityApplied: ParityApplied[];
  /** The day after the fifth consecutive break ends if no hours follow the last entry; null when nothing is forfeitable. */
  forfeitsOn: IsoDate | null;
  /** Whether that day is on or before the as-of date: the nonvested match has already been forfeited. */
  alreadyForfeited: boolean;
  /** The last day of that fifth consecutive break (whether or not anything is forfeitable): `forfeitingBreaks.last.end`. */
  forfeitingBreakEnds: IsoDate;
  /** The run of breaks that forfeits (whether or not anything is forfeitable). */
  forfeitingBreaks: ForfeitingBreaks;
  currentPeriod: CurrentVestingPeriod;
  periods: VestingPeriod[];
  citation: string;
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
    throw new RuleInputError("asOf", { code: "asOfBeforeStart", asOf: input.asOf, start: input.employmentStartDate });
  }
  input.hours?.forEach((entry, index) => {
    if (entry.date < input.employmentStartDate) {
      throw new RuleInputError(`hours.${index}.date`, { code: "hoursBeforeStart", date: entry.date, start: input.employmentStartDate });
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
      counted: false,
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
        countedOn: creditedOn !== null && creditedOn <= asOf ? creditedOn : null,
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
    if (period.creditedOn <= asOf) {
      period.counted = true;
      yearsOfService += 1;
    }
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

  return {
    method: "hoursCounting",
    asOf,
    latestEntry: ledger.latestDate,
    hoursAhead: ledger.latestDate !== null && ledger.latestDate > asOf,
    yearsOfService,
    creditedDates,
    consecutiveBreaks: breaksInRow,
    disregardedYears,
    parityApplied,
    forfeitsOn,
    alreadyForfeited: forfeitsOn !== null && forfeitsOn <= asOf,
    forfeitingBreakEnds,
    forfeitingBreaks,
    currentPeriod: current!,
    periods,
    citation: counting.yearOfService.citation,
  };
}
