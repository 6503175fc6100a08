/**
 * Long-term part-time employees (plan-rules §2.4; IRC 401(k)(2)(D) and 401(k)(15), the run of 2
 * from SECURE 2.0 §125).
 *
 * "Federal law requires it of every 401(k) plan for plan years beginning on or after 2024-01-01."
 * As plan-rules reads it, for SOS employees:
 * - Periods: the eligibility computation periods of §2.1 (`computationPeriod`), in order of start;
 *   "periods that begin before 2021-01-01 are not counted".
 * - "A period qualifies when it is credited with 500 or more hours." Consecutive means adjacent in
 *   that list (the initial period and the first plan year are consecutive although they overlap);
 *   a period's run is the number of qualifying periods in a row that end with it.
 * - "For dates in 2024, a run of 3; from 2025-01-01, a run of 2. Nothing before 2024-01-01. And the
 *   employee has attained age 21 by the close of P."
 * - Met on the earliest, over every counted P whose run meets a requirement and whose last day is
 *   on or after the age-21 date, of max(P's last day + 1 day, the date that requirement starts).
 * - An excluded employee (an SOS HCE) is not eligible this way either; someone eligible under §2.1
 *   is a regular participant, not a part-time one. A long-term part-time employee may make
 *   elective deferrals; this plan gives them no match (plan option `longTermPartTimeMatch`).
 *
 * Every number (500 hours, the runs and their dates, 2021-01-01) is the plan's data
 * (`plan.longTermPartTime`); the option `longTermPartTime: "off"` turns the rule off. The finding
 * in words is lib/words/en/part-time.ts.
 */
import { addDays, maxDate, yearOf, type IsoDate } from "../dates";
import type { PlanDefinition } from "../plan/definition";
import { computationPeriod, entryDateFor, type ComputationPeriod } from "./computation-periods";
import { fromHourUnits, type HoursLedger, toHourUnits } from "./hours";

export interface LongTermPartTimeInput {
  asOf: IsoDate;
  employmentStartDate: IsoDate;
  /** The date the employee attains the plan's minimum age (plan-rules §1). */
  ageMetOn: IsoDate;
  /** The hours (entries checked by the caller). */
  ledger: HoursLedger;
  /** An SOS HCE: excluded from the plan, this way too. */
  excluded: boolean;
  /** Eligible under the regular rule (§2.1) on the as-of date. */
  regularlyEligible: boolean;
  /**
   * The computation periods from the first (n = 0) as the regular rule already summed them, if
   * any: they are the same periods, so they are read, not summed again; the rest are computed.
   */
  periods?: readonly Pick<ComputationPeriod, "start" | "end" | "kind" | "hours">[] | undefined;
}

export interface LongTermPartTimePeriod {
  start: IsoDate;
  end: IsoDate;
  kind: ComputationPeriod["kind"];
  /** Hours credited in the period (to 1/10,000 hour). */
  hours: number;
  /** 500 hours or more. */
  qualifies: boolean;
  /** Qualifying periods in a row that end with this one (0 when it does not qualify). */
  run: number;
}

export interface LongTermPartTimeResult {
  /** Not excluded, the requirement met on or before asOf, and not a regular participant on asOf. */
  eligible: boolean;
  /** When the part-time requirement is (or will be, on the hours given) met; null when it is not. */
  eligibilityDate: IsoDate | null;
  entryDate: IsoDate | null;
  excluded: boolean;
  /** Whether the plan gives long-term part-time employees the employer match (plan option). */
  employerMatch: boolean;
  /** The period whose run meets the requirement on `eligibilityDate`, and the run it needed. */
  metBy: { period: LongTermPartTimePeriod; runNeeded: number; citation: string } | null;
  /** The counted periods (beginning on or after the first counted date), in order of start, through the one containing the later of asOf and the last entry. */
  periods: LongTermPartTimePeriod[];
  citation: string;
}

/** The long-term part-time finding for an SOS employee, or null when the plan turns the rule off. */
export function longTermPartTime(input: LongTermPartTimeInput, plan: PlanDefinition): LongTermPartTimeResult | null {
  const options = plan.options;
  if (options.longTermPartTime === "off") return null;
  const rule = plan.longTermPartTime;
  const firstCounted = rule.firstCountedPeriodStart.date;
  const qualifying = toHourUnits(rule.qualifyingHours.hours);
  const { ledger, employmentStartDate: start } = input;
  const lastRelevant = maxDate(input.asOf, ledger.latestDate ?? input.asOf);

  const periods: LongTermPartTimePeriod[] = [];
  let metOn: IsoDate | null = null;
  let metBy: LongTermPartTimeResult["metBy"] = null;
  let run = 0;
  // Period n >= 1 begins in year (start's year + n), so the first period that may be counted is
  // no earlier than this one; the loop skips any that still begin before the first counted date.
  for (let n = Math.max(0, yearOf(firstCounted) - yearOf(start) - 1); ; n += 1) {
    const known = input.periods?.[n];
    const bounds = known ?? computationPeriod(start, n, options);
    if (n > 0 && bounds.start > lastRelevant) break;
    if (bounds.start < firstCounted) continue;
    const units = known ? toHourUnits(known.hours) : ledger.unitsBetween(bounds.start, bounds.end);
    const qualifies = units >= qualifying;
    run = qualifies ? run + 1 : 0;
    const period: LongTermPartTimePeriod = { start: bounds.start, end: bounds.end, kind: bounds.kind, hours: fromHourUnits(units), qualifies, run };
    periods.push(period);
    if (run === 0 || bounds.end < input.ageMetOn) continue;
    for (const requirement of rule.runs) {
      if (run < requirement.periods) continue;
      // The candidate is after bounds.end and on or after requirement.from: a date already found on
      // or before either of them stands.
      if (metOn !== null && (metOn <= requirement.from || metOn <= bounds.end)) continue;
      const candidate = bounds.end < requirement.from ? requirement.from : addDays(bounds.end, 1);
      if (metOn === null || candidate < metOn) {
        metOn = candidate;
        metBy = { period, runNeeded: requirement.periods, citation: requirement.citation };
      }
    }
  }

  return {
    eligible: !input.excluded && !input.regularlyEligible && metOn !== null && metOn <= input.asOf,
    eligibilityDate: metOn,
    entryDate: metOn === null ? null : entryDateFor(metOn, options.entry),
    excluded: input.excluded,
    employerMatch: options.longTermPartTimeMatch,
    metBy,
    periods,
    citation: rule.citation,
  };
}
