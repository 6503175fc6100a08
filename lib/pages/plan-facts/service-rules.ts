/**
 * Two rules the 11-K does not state but the calculator applies, in words for the plan facts page,
 * each with its source (plan-rules §4.1 and §2.4): years of vesting service counted from hours
 * with breaks in service, and long-term part-time employees. Every number comes from the plan.
 */
import { addDays, longDate } from "../../dates";
import type { PlanDefinition } from "../../plan/definition";
import { formatHours } from "../../words/format";
import { ordinal } from "../../words/en/format";

export interface RuleInWords {
  title: string;
  sentences: string[];
  /** Where each part comes from. */
  sources: string[];
}

export function hoursAndBreaksInWords(plan: PlanDefinition): RuleInWords {
  const counting = plan.vesting.hoursCounting;
  const year = formatHours(counting.yearOfService.hours);
  const breakHours = formatHours(counting.breakInService.hoursAtMost);
  const breaks = counting.forfeiture.consecutiveBreaks;
  const periods = plan.options.vestingPeriods === "planYear" ? "one plan year (January 1 to December 31) at a time, from the plan year in which the employee started" : "12 months at a time, from the start date and from each anniversary of it";
  return {
    title: "Years of service from hours, and breaks in service",
    sentences: [
      `Where the hours are known, years of service for vesting are counted from them, ${periods}. A plan year with ${year} hours or more is a year of service, even if the employee leaves later that year.`,
      `A plan year that has ended with ${breakHours} hours or fewer is a break in service (for example a long gap between assignments). A plan year with more than ${breakHours} hours but fewer than ${year} is neither.`,
      plan.options.ruleOfParity
        ? `A break can take away earlier years only under the rule of parity (see “Where the report is silent”).`
        : `A break in service does not take away the years of service before it: all hours count, before and after a gap or a rehire.`,
      `Someone who leaves before the match is fully vested keeps the unvested part in the account until the end of the ${ordinal(breaks)} break in service in a row, and can still vest it by coming back before then. It is forfeited the day after.`,
    ],
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
