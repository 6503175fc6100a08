/**
 * Eligibility to participate in words (English): every sentence the API's `explanation` and the
 * one-employee page say about an eligibility result, written from the rule's facts
 * (lib/rules/eligibility.ts). Pure functions: facts in, strings out. Dates are written as ISO dates
 * except where a line says otherwise; the page writes them out (lib/dates `datesInWords`).
 */
import { longDate, type IsoDate } from "../../dates";
import type { PlanDefinition } from "../../plan/definition";
import { closestAndCurrent, type AgeRequirement, type ComputationPeriod, type EligibilityResult, type HoursServiceRequirement } from "../../rules/eligibility";
import type { LongTermPartTimePeriod } from "../../rules/part-time";
import { formatHours } from "../format";
import { ordinal } from "./format";
import { hceSentence } from "./hce";
import { longTermPartTimeSentences } from "./part-time";

/** "initial computation period", "plan year", "computation period". */
function periodName(period: Pick<ComputationPeriod, "kind">): string {
  return period.kind === "initial" ? "initial computation period" : period.kind === "planYear" ? "plan year" : "computation period";
}

/** The age requirement: when the minimum age is attained, and whether it is met on the as-of date. */
export function ageSentence(age: AgeRequirement, asOf: EligibilityResult["asOf"]): string {
  // A February 29 birthday whose anniversary the plan moves in a common year.
  const feb29Birth = age.birthDate.slice(5) === "02-29" && age.metOn.slice(5) !== "02-29";
  return (
    `Age ${age.age}: born ${age.birthDate}, attains age ${age.age} on ${age.metOn}` +
    (feb29Birth ? ` (a February 29 birthday falls on ${age.metOn.slice(5) === "03-01" ? "March 1" : "February 28"} in a common year)` : "") +
    `; ${age.met ? "met" : "not yet met"} on ${asOf}. (${age.citation})`
  );
}

/** The hours requirement: the period that met it, or how far the hours are from it. */
function hoursServiceSentence(service: HoursServiceRequirement, result: EligibilityResult): string {
  const { asOf } = result;
  const meeting = service.periods.find((period) => period.meets);
  if (meeting && service.metOn) {
    return (
      `Service: ${formatHours(meeting.hours)} hours in the ${periodName(meeting)} ${meeting.start} to ${meeting.end}, at least ${formatHours(service.hoursRequired)}; ` +
      (service.credited === "endOfPeriod"
        ? `the year of service is completed at the end of that period, so the requirement is met on ${service.metOn}`
        : `the ${formatHours(service.hoursRequired)}th hour is credited on ${service.metOn}, when the requirement is met`) +
      `. (${service.citation})`
    );
  }
  // The period that came closest and the current one, not merely the last (often an empty year ahead).
  const { closest, current } = closestAndCurrent(service.periods, asOf);
  const need = formatHours(service.hoursRequired);
  const name = (period: ComputationPeriod) => `${periodName(period)} ${period.start} to ${period.end}`;
  const now = current
    ? `the current period, ${name(current)}, has ${formatHours(current.hours)} of ${need} hours: ${formatHours(Math.max(0, service.hoursRequired - current.hours))} to go by ${current.end}`
    : `employment begins on ${result.employmentStartDate}, after ${asOf}`;
  const best = closest && closest.hours > 0 && closest !== current ? `The most hours in one period were ${formatHours(closest.hours)}, in the ${name(closest)}; ` : "";
  return `Service: not met on the hours given. ${best ? best + now : now.charAt(0).toUpperCase() + now.slice(1)}. (${service.citation})`;
}

/** The service requirement, of either kind. */
export function serviceSentence(result: EligibilityResult): string {
  const service = result.requirements[1];
  if (service.kind === "hoursInPeriod") return hoursServiceSentence(service, result);
  return `Service: ${result.employer.name} employees become eligible on the ${ordinal(service.days)} day following their first hour of service (${result.employmentStartDate} + ${service.days} days = ${service.metOn}); ${service.met ? "met" : "not yet met"} on ${result.asOf}. No hours requirement applies. (${service.citation})`;
}

/** The HCE finding and what it does to eligibility at this employer; null when not highly compensated. */
export function hceEligibilitySentence(result: EligibilityResult): string | null {
  const { employer } = result;
  if (result.excluded) return `Excluded from the plan. ${hceSentence(result.hce)} The plan excludes highly compensated employees of ${employer.name}. (${employer.citation})`;
  if (result.highlyCompensated) return `${hceSentence(result.hce)} Highly compensated employees of ${employer.name} may participate. (${employer.citation})`;
  return null;
}

/** The verdict: eligible, excluded, not yet, or not on the data given. */
export function eligibilityVerdictSentence(result: EligibilityResult): string {
  if (result.eligible) return `Eligible as of ${result.asOf}: eligibility date ${result.eligibilityDate}, entry date ${result.entryDate}.`;
  if (result.excluded) return `Not eligible: excluded from the plan whatever the other requirements say.`;
  if (result.eligibilityDate) return `Not yet eligible on ${result.asOf}: becomes eligible on ${result.eligibilityDate}, the later of the two dates above.`;
  return `Not eligible on the data given: the hours requirement is not met in any computation period.`;
}

/** The explanation, as the API gives it and the one-employee page shows it under "Why". */
export function eligibilitySentences(result: EligibilityResult, plan: PlanDefinition): string[] {
  const lines = [ageSentence(result.requirements[0], result.asOf), serviceSentence(result)];
  const hce = hceEligibilitySentence(result);
  if (hce !== null) lines.push(hce);
  lines.push(eligibilityVerdictSentence(result));
  // The part-time finding, where there is something to say: counted periods, or a date.
  const partTime = result.longTermPartTime;
  if (partTime && (partTime.periods.length > 0 || partTime.eligibilityDate !== null)) {
    lines.push(...longTermPartTimeSentences(partTime, result, plan));
  }
  return lines;
}

/** A period's short name, for the roster's reasons and the one-employee page: "plan year 2003", "initial period 2002-03-15 to 2003-03-14". */
export function periodLabel(period: Pick<ComputationPeriod, "kind" | "start" | "end">): string {
  if (period.kind === "planYear") return `plan year ${period.start.slice(0, 4)}`;
  return `${period.kind === "initial" ? "initial period" : "anniversary year"} ${period.start} to ${period.end}`;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The one-employee page's answer, cell by cell: the verdict line, the dates, and each requirement's
 * row (its name, when it is met, its state on the as-of date). Dates written out (longDate).
 */
export function eligibilityAnswerWords(result: EligibilityResult, asOf: IsoDate) {
  const [age, service] = result.requirements;
  const partTime = result.longTermPartTime;
  const notReached = "not reached on the hours given";
  const verdict = result.excluded
    ? `Excluded: a highly compensated employee of ${result.employer.id} cannot join the plan.`
    : result.eligible
      ? `Eligible since ${longDate(result.eligibilityDate!)} (as of ${longDate(asOf)}).`
      : partTime?.eligible
        ? `Not eligible to join on ${longDate(asOf)}, but may make their own deferrals as a long-term part-time employee (no employer match).`
        : result.eligibilityDate
          ? `Not yet eligible on ${longDate(asOf)}: eligible from ${longDate(result.eligibilityDate)}.`
          : `Not eligible on ${longDate(asOf)} on the hours given.`;
  return {
    verdict,
    eligibilityDate: result.eligibilityDate ? longDate(result.eligibilityDate) : notReached,
    entryDate: result.excluded ? "none: excluded" : result.entryDate ? longDate(result.entryDate) : notReached,
    /** Only where the part-time rule applies (a finding). */
    mayDefer:
      (result.mayDefer ? `yes, on ${longDate(asOf)}` : "no") +
      (partTime?.eligibilityDate && !result.excluded ? ` (long-term part-time rule met on ${longDate(partTime.eligibilityDate)})` : ""),
    onAsOf: `On ${longDate(asOf)}`,
    age: { name: `Age ${age.age}`, metOn: longDate(age.metOn), state: age.met ? "met" : "not yet" },
    service: {
      name: service.kind === "hoursInPeriod" ? `${formatHours(service.hoursRequired)} hours in a computation period` : `${ordinal(service.days)} day following the first hour of service`,
      metOn: service.metOn ? longDate(service.metOn) : "not on the hours given",
      state: service.met ? "met" : "not yet",
    },
    hce: {
      name: result.employer.excludesHighlyCompensated ? "Not a highly compensated employee" : "Highly compensated employees may join",
      state: result.excluded ? "excluded" : result.highlyCompensated ? "highly compensated, may join" : "met",
    },
  };
}

/** One of the one-employee page's counted part-time periods: "Plan year 2023: 600 hours (500 or more; 3 in a row)." */
export function partTimePeriodLine(period: LongTermPartTimePeriod, plan: PlanDefinition): string {
  return `${capital(periodLabel(period))}: ${formatHours(period.hours)} hours` + (period.qualifies ? ` (${formatHours(plan.longTermPartTime.qualifyingHours.hours)} or more; ${period.run} in a row)` : "") + ".";
}

/** A rehire's gap between two spells (the day after the last day, the day before the return), with the hours dated in it. */
export interface GapFacts {
  from: IsoDate | null;
  to: IsoDate;
  lastDay: IsoDate | null;
  rehired: IsoDate;
  hours: number;
}

/** A gap in words: "not employed from 2021-07-01 to 2023-01-08 (last day 2021-06-30, rehired 2023-01-09)". */
export function gapInWords(gap: Omit<GapFacts, "hours">): string {
  return gap.from === null
    ? `rehired on ${gap.rehired} (the last day before it is not given)`
    : `not employed from ${gap.from} to ${gap.to} (last day ${gap.lastDay}, rehired ${gap.rehired})`;
}

/** One line of the one-employee page's computation periods: a period, a run of periods with no hours, or a rehire's gap. */
export type PeriodLineFacts =
  | { kind: "period"; period: ComputationPeriod; current: boolean; closest: boolean }
  | { kind: "empty"; first: ComputationPeriod; last: ComputationPeriod; count: number }
  | { kind: "gap"; gap: GapFacts };

/** A line of the periods in words: its label in bold (none for a run of empty periods) and the rest. */
export function periodLineWords(line: PeriodLineFacts, service: Pick<HoursServiceRequirement, "hoursRequired" | "metOn">, asOf: IsoDate): { label: string | null; text: string } {
  if (line.kind === "gap") {
    return { label: "Gap:", text: `${gapInWords(line.gap)}. ` + (line.gap.hours > 0 ? `${formatHours(line.gap.hours)} hours are dated in it; they count.` : "No hours in it.") };
  }
  if (line.kind === "empty") {
    const text =
      line.count === 1
        ? `${capital(periodLabel(line.first))}: no hours.`
        : line.first.kind === "planYear" && line.last.kind === "planYear"
          ? `Plan years ${line.first.start.slice(0, 4)} to ${line.last.start.slice(0, 4)}: no hours.`
          : `${line.count} periods, ${periodLabel(line.first)} to ${periodLabel(line.last)}: no hours.`;
    return { label: null, text };
  }
  const { period } = line;
  const need = formatHours(service.hoursRequired);
  const short = formatHours(service.hoursRequired - period.hours);
  const text = period.meets
    ? `${formatHours(period.hours)} of ${need} hours: met, so the year of service is credited on ${service.metOn}.`
    : `${formatHours(period.hours)} of ${need} hours, ` +
      (period.end < asOf ? `${short} short` : `${short} to go by ${period.end}`) +
      (line.current ? " (the current period)" : "") +
      (line.closest && !line.current ? " (the closest)" : "") +
      ".";
  return { label: `${capital(periodLabel(period))}:`, text };
}

/** The long-term part-time finding (plan-rules §2.4) in a sentence or two, for the one-employee answer. */
export function partTimeInWords(result: EligibilityResult, asOf: IsoDate, plan: PlanDefinition): string[] {
  const partTime = result.longTermPartTime;
  const rule = plan.longTermPartTime;
  const hours = formatHours(rule.qualifyingHours.hours);
  const runs = rule.runs.map((run, index) => `${run.periods} in a row ${index === 0 ? `for dates from ${run.from}` : `from ${run.from}`}`).join(", then ");
  if (partTime === null) {
    return result.employer.service.kind === "hoursInPeriod"
      ? ["The plan does not apply the long-term part-time rule."]
      : [`The long-term part-time rule concerns employees who need hours to join; ${result.employer.shortName} employees need none.`];
  }
  const match = partTime.employerMatch ? "They get the employer match too." : "They get no employer match: the plan gives long-term part-time employees none.";
  const metBy = partTime.metBy;
  const how = metBy
    ? `${metBy.period.run} periods in a row with ${hours} hours or more (${metBy.runNeeded} needed), the last ${periodLabel(metBy.period)}`
    : "";
  if (result.excluded) {
    return [
      `Excluded as a highly compensated employee, so the long-term part-time rule does not let this employee defer either` +
        (partTime.eligibilityDate ? ` (on its own it would be met on ${partTime.eligibilityDate}: ${how}).` : "."),
    ];
  }
  if (result.eligible) {
    return [`Eligible to join on ${asOf}, so the long-term part-time rule does not apply now.` + (partTime.eligibilityDate ? ` (It is met on ${partTime.eligibilityDate}.)` : "")];
  }
  if (partTime.eligible && partTime.eligibilityDate) {
    return [`May make their own deferrals (elective deferrals) since ${partTime.eligibilityDate} as a long-term part-time employee: ${how}.`, match];
  }
  if (partTime.eligibilityDate) {
    return [`Not yet on ${asOf}. On the hours given, may make their own deferrals as a long-term part-time employee from ${partTime.eligibilityDate}: ${how}.`, match];
  }
  const latest = partTime.periods[partTime.periods.length - 1];
  return [
    `Not met on the hours given: the rule needs periods in a row with ${hours} hours or more in each (${runs}), counting only periods that begin on or after ${rule.firstCountedPeriodStart.date}.` +
      (latest ? ` The latest counted period, ${periodLabel(latest)}, has ${formatHours(latest.hours)} hours${latest.run > 0 ? `, ${latest.run} in a row` : ""}.` : " No period counts yet."),
  ];
}
