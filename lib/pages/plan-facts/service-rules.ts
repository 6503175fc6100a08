/**
 * Two rules the 11-K does not state but the calculator applies, in words for the plan facts page,
 * each with its source (plan-rules §4.1 and §2.4): years of vesting service counted from hours
 * with breaks in service, and long-term part-time employees. Every number comes from the plan.
 */
import { addDays, longDate } from "../../dates";
import type { PlanDefinition } from "../../plan/definition";
import { formatHours } from "../../words/format";
import { serviceRuleSentences } from "../../words/en/vesting";

export interface RuleInWords {
  title: string;
  sentences: string[];
  /** Where each part comes from. */
  sources: string[];
}

/** The service rule in words (the vesting words module's, as the other pages say it), with its sources. */
export function hoursAndBreaksInWords(plan: PlanDefinition): RuleInWords {
  const counting = plan.vesting.hoursCounting;
  return {
    title: "Years of service from hours, and breaks in service",
    sentences: serviceRuleSentences(plan),
    sources: [counting.yearOfService.citation, counting.breakInService.citation, counting.forfeiture.citation],
  };
}

export function longTermPartTimeInWords(plan: PlanDefinition): RuleInWords {
  const rule = plan.longTermPartTime;
  const age = plan.eligibility.minimumAge;
  const noHours = plan.employers.filter((employer) => employer.service.kind !== "hoursInPeriod");
  const runs = rule.runs.map((run, index) => {
    const next = rule.runs[index + 1];
    return `${run.periods} in a row ${next ? `for dates from ${longDate(run.from)} to ${longDate(addDays(next.from, -1))}` : `from ${longDate(run.from)}`}`;
  });
  const off = plan.options.longTermPartTime === "off";
  return {
    title: "Long-term part-time employees",
    sentences: [
      `The report is older than this rule, but federal law requires it of every 401(k) plan for plan years from ${longDate(rule.runs[0]!.from)}${off ? "; the calculator has it turned off" : ""}.`,
      `An employee aged ${age} or more who has ${formatHours(rule.qualifyingHours.hours)} hours or more in each of several 12-month periods (${runs.join("; ")}) may put in their own savings (elective deferrals), even without a full year of service. Periods that begin before ${longDate(rule.firstCountedPeriodStart.date)} do not count.`,
      plan.options.longTermPartTimeMatch
        ? "They get the employer match like other participants."
        : "The law does not require an employer match for them, and this plan gives none.",
      ...(noHours.length > 0 ? [`${noHours.map((employer) => employer.name).join(" and ")} employees need no hours to join, so the rule changes nothing for them.`] : []),
    ],
    sources: [...new Set([rule.citation, ...rule.runs.map((run) => run.citation)])],
  };
}
