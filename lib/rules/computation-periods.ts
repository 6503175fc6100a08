/**
 * Eligibility computation periods and entry dates (11-K Note 1.A; plan-rules §2.1): the calendar
 * that the service requirement (lib/rules/eligibility.ts) and the long-term part-time rule
 * (lib/rules/part-time.ts) both count hours in.
 */
import { addDays, addMonths, anniversary, endOfTwelveMonths, endOfYear, isoOf, minDate, parseIsoDate, startOfYear, yearOf, type IsoDate } from "../dates";
import type { PlanOptions } from "../plan/definition";

export interface ComputationPeriod {
  start: IsoDate;
  end: IsoDate;
  /** Hours credited in the period (to 1/10,000 hour). */
  hours: number;
  kind: "initial" | "planYear" | "anniversaryYear";
  /** Whether the period's hours reach the requirement. */
  meets: boolean;
}

/**
 * The n-th computation period (n = 0 is the initial one): the initial 12 months beginning on the
 * employment start date, then plan years beginning with the one that contains the first
 * anniversary (it may overlap the initial period, 29 CFR 2530.202-2(b)), or anniversary years.
 */
export function computationPeriod(start: IsoDate, n: number, options: PlanOptions): Omit<ComputationPeriod, "hours" | "meets"> {
  const feb29 = options.feb29Anniversary;
  if (n === 0) return { start, end: endOfTwelveMonths(start, feb29), kind: "initial" };
  if (options.eligibilityPeriods === "planYear") {
    // The first anniversary falls in the year after the start (February 29's too), so the n-th
    // plan year is the start's year + n.
    const year = yearOf(start) + n;
    return { start: startOfYear(year), end: endOfYear(year), kind: "planYear" };
  }
  return { start: anniversary(start, n, feb29), end: addDays(anniversary(start, n + 1, feb29), -1), kind: "anniversaryYear" };
}

/**
 * Entry date (plan-rules §2.1): the 11-K names none, so entry is on the eligibility date by
 * default. Other entry options are capped by IRC 410(a)(4) at the earlier of the first day of
 * the next plan year and six months after eligibility.
 */
export function entryDateFor(eligibilityDate: IsoDate, entry: PlanOptions["entry"]): IsoDate {
  if (entry === "immediate") return eligibilityDate;
  const parts = parseIsoDate(eligibilityDate)!;
  let planned: IsoDate;
  if (entry === "firstOfNextMonth") {
    planned = parts.day === 1 ? eligibilityDate : addMonths(isoOf(parts.year, parts.month, 1), 1);
  } else {
    planned =
      eligibilityDate === isoOf(parts.year, 1, 1) || eligibilityDate === isoOf(parts.year, 7, 1)
        ? eligibilityDate
        : parts.month < 7
          ? isoOf(parts.year, 7, 1)
          : isoOf(parts.year + 1, 1, 1);
  }
  const statutoryLatest = minDate(startOfYear(parts.year + 1), addMonths(eligibilityDate, 6));
  return minDate(planned, statutoryLatest);
}
