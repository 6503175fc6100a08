/**
 * Eligibility to participate in words (English): every sentence the API's `explanation` and the
 * one-employee page say about an eligibility result, written from the rule's facts
 * (lib/rules/eligibility.ts). Pure functions: facts in, strings out.
 */
import type { PlanDefinition } from "../../plan/definition";
import { closestAndCurrent, type AgeRequirement, type ComputationPeriod, type EligibilityResult, type HoursServiceRequirement } from "../../rules/eligibility";
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
