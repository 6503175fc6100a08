/**
 * Eligibility to participate (11-K Note 1.A; plan-rules §2).
 *
 * Base rule, SOS: "Employees of the sponsor who complete 1,000 hours of service during a 12-month
 * period and who have reached the age of 21 are eligible to participate in the Plan." The plan
 * "excludes all highly compensated employees … of the sponsor and all of its subsidiaries".
 *
 * Exception, Inteliant: employees "who have reached the age of 21 are eligible … as of the
 * ninety-first day following the day on which the employee first performs an hour of service",
 * and its highly compensated employees "are allowed to participate".
 *
 * Both readings are data: the employer's `service` rule and `excludesHighlyCompensated` flag.
 *
 * Long-term part-time employees of SOS (plan-rules §2.4, lib/rules/part-time) may make elective
 * deferrals without being eligible: `mayDefer` says whether the employee may defer on the as-of date.
 *
 * The result states facts; the sentences are lib/words/en/eligibility.ts's. A roster of 100,000
 * evaluates without building any.
 */
import { addDays, dateAttainingAge, maxDate, yearOf, type IsoDate } from "../dates";
import { RuleInputError } from "../errors";
import type { Money } from "../money";
import type { EmployerDefinition, PlanDefinition, PlanOptions } from "../plan/definition";
import { employerOf } from "../plan/sources";
import { computationPeriod, entryDateFor, type ComputationPeriod } from "./computation-periods";
import { highlyCompensatedStatus, type HceResult } from "./hce";
import { fromHourUnits, HoursLedger, toHourUnits, type HoursEntry } from "./hours";
import { longTermPartTime, type LongTermPartTimeResult } from "./part-time";

export { computationPeriod, entryDateFor, type ComputationPeriod };

export interface EligibilityInput {
  asOf: IsoDate;
  employer: string;
  birthDate: IsoDate;
  employmentStartDate: IsoDate;
  hours?: readonly HoursEntry[] | undefined;
  /** Or the hours as a ledger already built by the caller (a roster), whose entries it has checked. */
  ledger?: HoursLedger | undefined;
  highlyCompensated?: boolean | undefined;
  priorYearCompensation?: Money | undefined;
  fivePercentOwner?: boolean | undefined;
}

export interface AgeRequirement {
  id: "age";
  met: boolean;
  /** The date of birth the age is counted from. */
  birthDate: IsoDate;
  metOn: IsoDate;
  age: number;
  citation: string;
}

export interface HoursServiceRequirement {
  id: "service";
  kind: "hoursInPeriod";
  met: boolean;
  metOn: IsoDate | null;
  hoursRequired: number;
  /** When a year of service is completed (plan option): at the end of the period, or on the hour that reaches the requirement. */
  credited: PlanOptions["serviceCredited"];
  periods: ComputationPeriod[];
  citation: string;
}

export interface DaysServiceRequirement {
  id: "service";
  kind: "daysFollowingFirstHour";
  met: boolean;
  metOn: IsoDate;
  days: number;
  citation: string;
}

export type ServiceRequirement = HoursServiceRequirement | DaysServiceRequirement;

export interface EligibilityResult {
  /** The date the answer is for. */
  asOf: IsoDate;
  /** The day of the first hour of service: the first computation period begins on it, and the days rule counts from it. */
  employmentStartDate: IsoDate;
  eligible: boolean;
  eligibilityDate: IsoDate | null;
  entryDate: IsoDate | null;
  excluded: boolean;
  highlyCompensated: boolean;
  hce: HceResult;
  employer: EmployerDefinition;
  requirements: [AgeRequirement, ServiceRequirement];
  /** Whether the employee may make elective deferrals on the as-of date: eligible, or a long-term part-time employee. */
  mayDefer: boolean;
  /** The long-term part-time finding (SOS employees; null for Inteliant, or when the plan turns the rule off). */
  longTermPartTime: LongTermPartTimeResult | null;
}

/** Checks what the input says of itself (plan-rules §2 and api-v1's contradictions). */
function checkInput(input: EligibilityInput): void {
  if (input.birthDate > input.employmentStartDate) {
    throw new RuleInputError("birthDate", { code: "birthAfterStart" });
  }
  const earliest = input.ledger?.earliestDate;
  if (earliest && earliest < input.employmentStartDate) {
    throw new RuleInputError("hours", { code: "hoursBeforeStart", date: earliest, start: input.employmentStartDate });
  }
  input.hours?.forEach((entry, index) => {
    if (entry.date < input.employmentStartDate) {
      throw new RuleInputError(`hours.${index}.date`, { code: "hoursBeforeStart", date: entry.date, start: input.employmentStartDate });
    }
  });
}

/**
 * SOS's service rule: a year of eligibility service is 1,000 or more hours in one computation
 * period, completed at the end of that period (or, by plan option, on the 1,000th hour).
 */
function hoursService(
  input: EligibilityInput,
  ledger: HoursLedger,
  hoursRequired: number,
  options: PlanOptions,
  citation: string,
): HoursServiceRequirement {
  const required = toHourUnits(hoursRequired);
  const lastRelevant = maxDate(input.asOf, ledger.latestDate ?? input.asOf);
  const periods: ComputationPeriod[] = [];
  let metOn: IsoDate | null = null;
  for (let n = 0; ; n += 1) {
    const period = computationPeriod(input.employmentStartDate, n, options);
    if (n > 0 && period.start > lastRelevant) break;
    const units = ledger.unitsBetween(period.start, period.end);
    const meets = units >= required;
    periods.push({ start: period.start, end: period.end, kind: period.kind, hours: fromHourUnits(units), meets });
    if (meets) {
      metOn =
        options.serviceCredited === "endOfPeriod"
          ? addDays(period.end, 1)
          : ledger.dateReaching(period.start, period.end, required);
      break;
    }
  }
  return {
    id: "service",
    kind: "hoursInPeriod",
    met: metOn !== null && metOn <= input.asOf,
    metOn,
    hoursRequired,
    credited: options.serviceCredited,
    periods,
    citation,
  };
}

/** Inteliant's service rule: the N-th day following the first hour of service (start + N days). */
function daysService(input: EligibilityInput, days: number, citation: string): DaysServiceRequirement {
  const metOn = addDays(input.employmentStartDate, days);
  return { id: "service", kind: "daysFollowingFirstHour", met: metOn <= input.asOf, metOn, days, citation };
}

export function evaluateEligibility(input: EligibilityInput, plan: PlanDefinition): EligibilityResult {
  checkInput(input);
  const options = plan.options;
  const employer = employerOf(plan, input.employer);
  const minimumAge = plan.eligibility.minimumAge;

  const ageMetOn = dateAttainingAge(input.birthDate, minimumAge, options.feb29Anniversary);
  const age: AgeRequirement = {
    id: "age",
    met: ageMetOn <= input.asOf,
    birthDate: input.birthDate,
    metOn: ageMetOn,
    age: minimumAge,
    citation: plan.eligibility.citation,
  };

  // One ledger for the service rule and the part-time rule (a roster may pass its own).
  let ledger: HoursLedger | null = null;
  let service: ServiceRequirement;
  if (employer.service.kind === "hoursInPeriod") {
    ledger = input.ledger ?? new HoursLedger(input.hours ?? []);
    service = hoursService(input, ledger, employer.service.hours, options, employer.citation);
  } else {
    service = daysService(input, employer.service.days, employer.citation);
  }

  const hce = highlyCompensatedStatus(input, yearOf(input.asOf));
  // Base rule: the plan excludes highly compensated employees; the employer's flag carries the
  // Inteliant exception.
  const excluded = hce.highlyCompensated && employer.excludesHighlyCompensated;

  const eligibilityDate = service.metOn === null ? null : maxDate(age.metOn, service.metOn);
  const entryDate = eligibilityDate === null ? null : entryDateFor(eligibilityDate, options.entry);
  const eligible = !excluded && eligibilityDate !== null && eligibilityDate <= input.asOf;
  // The part-time rule counts hours, so it concerns employers with an hours rule (SOS).
  const partTime = ledger
    ? longTermPartTime(
        {
          asOf: input.asOf,
          employmentStartDate: input.employmentStartDate,
          ageMetOn: age.metOn,
          ledger,
          excluded,
          regularlyEligible: eligible,
          periods: service.kind === "hoursInPeriod" ? service.periods : undefined,
        },
        plan,
      )
    : null;

  return {
    asOf: input.asOf,
    employmentStartDate: input.employmentStartDate,
    eligible,
    eligibilityDate,
    entryDate,
    excluded,
    highlyCompensated: hce.highlyCompensated,
    hce,
    employer,
    requirements: [age, service],
    mayDefer: eligible || (partTime?.eligible ?? false),
    longTermPartTime: partTime,
  };
}

/**
 * Of the computation periods, the one with the most hours (the latest of equals), and the current
 * one: the period holding `asOf` (of two, the initial period and the plan year that overlaps it, the
 * one with more hours, then the one ending first). For the words: the requirement is as above.
 */
export function closestAndCurrent<P extends Pick<ComputationPeriod, "start" | "end" | "hours">>(periods: readonly P[], asOf: IsoDate): { closest: P | null; current: P | null } {
  let closest: P | null = null;
  let current: P | null = null;
  for (const period of periods) {
    if (closest === null || period.hours >= closest.hours) closest = period;
    if (period.start <= asOf && asOf <= period.end && (current === null || period.hours > current.hours)) current = period;
  }
  return { closest, current };
}
