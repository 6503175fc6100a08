/**
 * The rules of service from hours in English (lib/rules/vesting-service.ts): how the plan counts
 * years of service and breaks, and the rule of parity, as the forfeiture pages, the plan facts page
 * and ./service-explanation.ts say them.
 */
import type { PlanDefinition } from "../../plan/definition";
import type { PeriodBounds, VestingServiceResult } from "../../rules/vesting-service";
import { formatHours } from "../format";
import { ordinal } from "./format";
import { breaksWord, periodNoun, yearsWord, type Reader } from "./vesting";


/** How the periods run, said to HR and on the plan's facts page, after "counted from the hours, ". */
const PERIODS = { planYear: "one plan year (January 1 to December 31) at a time", anniversaryYear: "12 months at a time, from the start date and from each anniversary of it" };

/** "2005" for a plan year; "2002-03-15 to 2003-03-14" for an anniversary year. */
export function periodLabel(period: PeriodBounds): string {
  return period.kind === "planYear" ? period.start.slice(0, 4) : `${period.start} to ${period.end}`;
}


/** The rule that counts years of service from hours, opening an explanation: "Years of service are counted from your hours, …". */
export function serviceRuleSentence(service: VestingServiceResult, plan: PlanDefinition, reader: Reader): string {
  const counting = plan.vesting.hoursCounting;
  const yearHours = formatHours(counting.yearOfService.hours);
  const byPlanYear = plan.options.vestingPeriods === "planYear";
  const noun = periodNoun(plan);
  if (reader === "hr") {
    const periods = PERIODS[plan.options.vestingPeriods];
    return (
      `Years of service are counted from the hours, ${periods}. A ${noun} with ${yearHours} hours or more is a year of service (${counting.yearOfService.citation}); ` +
      `a ${noun} that has ended with ${formatHours(counting.breakInService.hoursAtMost)} hours or fewer is a break in service (${counting.breakInService.citation}).`
    );
  }
  const first = service.periods[0]!;
  const periods = byPlanYear
    ? PERIODS.planYear
    : `12 months at a time, from your start date and from each anniversary of it (the first 12 months are ${first.start} to ${first.end})`;
  return (
    `Years of service are counted from your hours, ${periods}. A ${noun} with ${yearHours} hours or more is one year of service. ` +
    `The year counts from the day of the hours entry that reaches ${yearHours} hours, even if you leave later in that ${noun}. (${counting.yearOfService.citation})`
  );
}

/**
 * The service rule on the plan's facts page, for any reader ("the employee"): how years of service
 * are counted from hours, what a break in service is, what breaks do to earlier years, and how long
 * the unvested match waits before it is forfeited. Every number comes from the plan.
 */
export function serviceRuleSentences(plan: PlanDefinition): string[] {
  const counting = plan.vesting.hoursCounting;
  const year = formatHours(counting.yearOfService.hours);
  const breakHours = formatHours(counting.breakInService.hoursAtMost);
  const noun = periodNoun(plan);
  const periods = plan.options.vestingPeriods === "planYear" ? `${PERIODS.planYear}, from the plan year in which the employee started` : PERIODS.anniversaryYear;
  return [
    `Where the hours are known, years of service for vesting are counted from them, ${periods}. A ${noun} with ${year} hours or more is a year of service, even if the employee leaves later that year.`,
    `A ${noun} that has ended with ${breakHours} hours or fewer is a break in service (for example a long gap between assignments). A ${noun} with more than ${breakHours} hours but fewer than ${year} is neither.`,
    plan.options.ruleOfParity
      ? `A break can take away earlier years only under the rule of parity (see “Where the report is silent”).`
      : `A break in service does not take away the years of service before it: all hours count, before and after a gap or a rehire.`,
    `Someone who leaves before the match is fully vested keeps the unvested part in the account until the end of the ${ordinal(counting.forfeiture.consecutiveBreaks)} break in service in a row, and can still vest it by coming back before then. It is forfeited the day after.`,
  ];
}

/**
 * What breaks do to earlier years: the rule of parity where it took years away, or that every year
 * still counts. Said when the record holds a break; for HR, whose record is read as if no hours come
 * after the last day, a period of leaving within the break's hours counts as one.
 */
export function paritySentences(service: VestingServiceResult, plan: PlanDefinition, reader: Reader): string[] {
  const counting = plan.vesting.hoursCounting;
  const parity = counting.ruleOfParity;
  const hasBreak = service.periods.some((period) => period.breakInService || (reader === "hr" && !period.ended && period.withinBreakHours));
  const who = reader === "participant" ? { was: "you were", had: "you had" } : { was: "the participant was", had: "the participant had" };
  const lines = service.parityApplied.map(
    (stretch) =>
      `Rule of parity: ${who.was} 0% vested with ${yearsWord(stretch.years)} of service, then had ${breaksWord(stretch.breaks)} in a row (${periodLabel(stretch.from)} to ${periodLabel(stretch.to)}). ` +
      `That is at least the greater of ${parity.minimumBreaks} and ${stretch.years === 1 ? "that 1 year" : `those ${stretch.years} years`}, so the years before the breaks no longer count. (${parity.citation})`,
  );
  if (lines.length === 0 && hasBreak) {
    lines.push(
      plan.options.ruleOfParity
        ? `Rule of parity: earlier years stop counting only after a 0% vested participant has breaks in a row at least the greater of ${parity.minimumBreaks} and the years before them. That has not happened, so every year counts. (${parity.citation})`
        : `Breaks do not take away the years ${who.had} before them: every year of service counts.`,
    );
  }
  return lines;
}
