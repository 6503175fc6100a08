/**
 * Vesting and vesting service in words (English): every sentence a page or the API says about a
 * vesting answer (lib/rules/vesting.ts) and the years of service counted from hours
 * (lib/rules/vesting-service.ts), written from the rules' facts. Pure: facts in, strings out.
 *
 * Two readers: the participant, addressed as "you" (the participant page and the API's
 * `explanation`), and HR, who reads about "the participant" (the leaving-participant page). Where
 * both are told the same thing, one function takes the reader.
 */
import type { PlanDefinition } from "../../plan/definition";
import { SOURCES, type Source } from "../../plan/sources";
import { alwaysVested, type VestingResult } from "../../rules/vesting";
import type { PeriodBounds, VestingServiceResult } from "../../rules/vesting-service";
import { describeSchedule, formatHours, ordinal } from "../../rules/words";

/** Who reads the sentence: the participant ("you") or HR ("the participant"). */
export type Reader = "participant" | "hr";

const SOURCE_WORDS: Record<Source, string> = { deferral: "deferrals", rollover: "rollovers", match: "matching contributions" };

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** "1 year", "3 years". */
export function yearsWord(n: number): string {
  return `${n} ${n === 1 ? "year" : "years"}`;
}

/** The sources always 100% vested, in words: "deferrals and rollovers" in this plan. */
export function alwaysVestedSources(plan: PlanDefinition): string {
  return list(SOURCES.filter((source) => alwaysVested(plan, source)).map((source) => SOURCE_WORDS[source]));
}

/** "Your own deferrals and rollovers, with their earnings, are always 100% vested. (11-K Note 1.D)" */
export function alwaysVestedSentence(plan: PlanDefinition, reader: Reader): string {
  return `${reader === "participant" ? "Your own" : "Own"} ${alwaysVestedSources(plan)}, with their earnings, are always 100% vested. (${plan.vesting.citation})`;
}

/** How the years of service were counted, completing "Employer match: … vest 50% under the schedule". */
function countedWords(result: VestingResult): string {
  const from = result.countedFrom;
  if (from.by === "hours") return `${yearsWord(result.yearsOfService)} of service counted from your hours`;
  if (from.by === "stated") {
    return from.stated === result.yearsOfService ? `${result.yearsOfService} years of service` : `${from.stated} years of service count as ${result.yearsOfService} completed years`;
  }
  return `${result.yearsOfService} completed years of service from ${from.start} to ${from.asOf}`;
}

/** A vesting answer's explanation, as the API gives it and the participant page shows it. */
export function vestingExplanation(result: VestingResult, plan: PlanDefinition): string[] {
  const lines = [alwaysVestedSentence(plan, "participant")];
  if (result.fullyVestedBy === "planTermination") {
    lines.push(`The plan is terminated, so every account is fully vested: the employer match is 100% vested. (${plan.vesting.terminationCitation})`);
  } else if (result.fullyVestedBy) {
    lines.push(`Full vesting on ${result.fullyVestedBy}, as this plan's options provide: the employer match is 100% vested.`);
  } else {
    lines.push(`Employer match: ${countedWords(result)} vest ${result.vestedPercent}% under the schedule (${describeSchedule(plan.vesting.schedule)}). (${plan.vesting.citation})`);
  }
  if (result.service) lines.push(...serviceExplanation(result.service, plan));
  lines.push(`The unvested part of the match would be forfeited if employment ended now. (${plan.forfeitures.citation})`);
  return lines;
}

/** "2005" for a plan year; "2002-03-15 to 2003-03-14" for an anniversary year. */
function periodLabel(period: PeriodBounds): string {
  return period.kind === "planYear" ? period.start.slice(0, 4) : `${period.start} to ${period.end}`;
}

/** The years of service counted from hours, explained to the participant: the rule, the years, the breaks, this period, the forfeiture date. */
export function serviceExplanation(service: VestingServiceResult, plan: PlanDefinition): string[] {
  const counting = plan.vesting.hoursCounting;
  const yearHours = formatHours(counting.yearOfService.hours);
  const breakHours = formatHours(counting.breakInService.hoursAtMost);
  const byPlanYear = plan.options.vestingPeriods === "planYear";
  const first = service.periods[0]!;
  const periodWords = byPlanYear
    ? "one plan year (January 1 to December 31) at a time"
    : `12 months at a time, from your start date and from each anniversary of it (the first 12 months are ${first.start} to ${first.end})`;
  const periodNoun = byPlanYear ? "plan year" : "12-month period";
  const { asOf, latestEntry } = service;
  const lines: string[] = [
    `Years of service are counted from your hours, ${periodWords}. A ${periodNoun} with ${yearHours} hours or more is one year of service. ` +
      `The year counts from the day of the hours entry that reaches ${yearHours} hours, even if you leave later in that ${periodNoun}. (${counting.yearOfService.citation})`,
  ];

  const counted = service.periods.filter((period) => period.counted);
  lines.push(
    counted.length === 0
      ? `On ${asOf} you have no year of service yet.`
      : `On ${asOf} you have ${yearsWord(service.yearsOfService)} of service: ` +
          `${list(counted.map((period) => `${periodLabel(period)} (${formatHours(period.hours)} hours, counted on ${period.creditedOn})`))}.`,
  );

  const breaks = service.periods.filter((period) => period.breakInService);
  const neither = service.periods.filter((period) => period.ended && !period.breakInService && !period.yearOfService);
  if (breaks.length > 0) {
    lines.push(
      `A ${periodNoun} that has ended with ${breakHours} hours or fewer is a break in service. Your breaks: ${list(breaks.map(periodLabel))}. ` +
        (service.consecutiveBreaks > 0 ? `You now have ${service.consecutiveBreaks} ${service.consecutiveBreaks === 1 ? "break" : "breaks"} in a row. ` : "") +
        `(${counting.breakInService.citation})`,
    );
  }
  if (neither.length > 0) {
    lines.push(`A ${periodNoun} with more than ${breakHours} but fewer than ${yearHours} hours is neither a year of service nor a break: ${list(neither.map(periodLabel))}.`);
  }
  for (const stretch of service.parityApplied) {
    lines.push(
      `Rule of parity: you were 0% vested with ${yearsWord(stretch.years)} of service, then had ${stretch.breaks} breaks in a row (${periodLabel(stretch.from)} to ${periodLabel(stretch.to)}). ` +
        `That is at least the greater of ${counting.ruleOfParity.minimumBreaks} and those ${stretch.years} years, so the years before the breaks no longer count. (${counting.ruleOfParity.citation})`,
    );
  }
  if (service.parityApplied.length === 0 && breaks.length > 0) {
    lines.push(
      plan.options.ruleOfParity
        ? `Rule of parity: earlier years stop counting only after a 0% vested participant has breaks in a row at least the greater of ${counting.ruleOfParity.minimumBreaks} and the years before them. That has not happened, so every year counts. (${counting.ruleOfParity.citation})`
        : `Breaks do not take away the years you had before them: every year of service counts.`,
    );
  }

  const now = service.currentPeriod;
  lines.push(
    now.countedOn !== null
      ? `This ${periodNoun} (${now.start} to ${now.end}) has ${formatHours(now.hours)} hours up to ${asOf}: it is already a year of service (counted on ${now.countedOn}).`
      : `This ${periodNoun} (${now.start} to ${now.end}) has ${formatHours(now.hours)} hours up to ${asOf}: ${formatHours(now.hoursToYearOfService)} more hours in it make a year of service.`,
  );

  if (latestEntry !== null && latestEntry > asOf) {
    const ahead = service.creditedDates.length - service.yearsOfService;
    lines.push(
      `Hours dated after ${asOf} are counted for the dates ahead, not for today's percentage` +
        (ahead > 0 ? `: on all the hours given you reach ${service.creditedDates.length} years of service.` : "."),
    );
  }

  if (service.forfeitsOn !== null) {
    lines.push(
      `If no hours follow the last entry${latestEntry ? ` (${latestEntry})` : ""}, the unvested part of the match stays in your account until the end of the ${ordinal(service.forfeitingBreaks.count)} break in service in a row (${service.forfeitingBreakEnds}). ` +
        `It is forfeited on ${service.forfeitsOn}. If you come back to work before then, you can still vest it. (${counting.forfeiture.citation})`,
    );
  }
  return lines;
}
