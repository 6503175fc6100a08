/**
 * The long-term part-time rule in words (English): the sentences the API's `explanation` and the
 * one-employee page say about a part-time finding, written from the rule's facts
 * (lib/rules/part-time.ts). Pure: facts in, strings out.
 */
import type { PlanDefinition } from "../../plan/definition";
import type { EligibilityResult } from "../../rules/eligibility";
import type { LongTermPartTimePeriod, LongTermPartTimeResult } from "../../rules/part-time";
import { formatHours } from "../format";

/** "plan year 2023" for a plan year; the dates for another period. */
function periodLabel(period: Pick<LongTermPartTimePeriod, "kind" | "start" | "end">): string {
  return period.kind === "planYear" ? `plan year ${period.start.slice(0, 4)}` : `${period.start} to ${period.end}`;
}

/**
 * The part-time finding in sentences a person can read: the rule, the counted periods, and what
 * follows on the as-of date for this employee (`eligibility`: the as-of date, whether eligible
 * to join under the regular rule, and the employer).
 */
export function longTermPartTimeSentences(result: LongTermPartTimeResult, eligibility: Pick<EligibilityResult, "asOf" | "eligible" | "employer">, plan: PlanDefinition): string[] {
  const { asOf } = eligibility;
  const rule = plan.longTermPartTime;
  const hours = formatHours(rule.qualifyingHours.hours);
  const runs = rule.runs.map((requirement) => `${requirement.periods} in a row from ${requirement.from}`).join(", ");
  const lines = [
    `Long-term part-time rule: an employee may make their own deferrals after enough computation periods in a row with ${hours} hours or more in each (${runs}). ` +
      `Only periods that begin on or after ${rule.firstCountedPeriodStart.date} count, and age ${plan.eligibility.minimumAge} must be reached by the end of the last of them. (${result.citation})`,
  ];
  if (result.periods.length > 0) {
    lines.push(`Your periods: ${result.periods.map((period) => `${periodLabel(period)}, ${formatHours(period.hours)} hours${period.qualifies ? ` (${hours} or more)` : ""}`).join("; ")}.`);
  }
  if (!result.metBy || !result.eligibilityDate) {
    lines.push(eligibility.eligible ? `Not met on the hours given, and not needed: the employee is eligible to join the plan on ${asOf}.` : `Not met on the hours given.`);
    return lines;
  }
  const { period, runNeeded } = result.metBy;
  lines.push(
    `${period.run} periods in a row end with ${periodLabel(period)} (${runNeeded} needed), so the rule is met on ${result.eligibilityDate}. ` +
      (result.employerMatch ? "Long-term part-time employees get the employer match too." : "This plan gives long-term part-time employees no employer match."),
  );
  if (result.excluded) {
    lines.push(`Highly compensated employees of ${eligibility.employer.id} are excluded from the plan, so this rule does not let them defer either.`);
  } else if (result.eligible) {
    lines.push(`You may make your own deferrals as a long-term part-time employee on ${asOf} (entry date ${result.entryDate}).`);
  } else if (result.eligibilityDate > asOf) {
    lines.push(`Not yet on ${asOf}: on the hours given you may make your own deferrals from ${result.eligibilityDate}.`);
  } else {
    lines.push(`You are a regular participant on ${asOf}, so the part-time rule does not apply to you now.`);
  }
  return lines;
}
