/**
 * Vesting and vesting service in words (English): every sentence a page or the API says about a
 * vesting answer (lib/rules/vesting.ts) and the years of service counted from hours
 * (lib/rules/vesting-service.ts), written from the rules' facts. Pure: facts in, strings out.
 *
 * Two readers: the participant, addressed as "you" (the participant page and the API's
 * `explanation`), and HR, who reads about "the participant" (the leaving-participant page). Where
 * both are told the same thing, one function takes the reader.
 */
import { longDate, type IsoDate } from "../../dates";
import { formatUsd, type Money } from "../../money";
import type { FullVestingEvent, PlanDefinition } from "../../plan/definition";
import { SOURCES, type Source } from "../../plan/sources";
import { alwaysVested, type VestingResult } from "../../rules/vesting";
import type { PeriodBounds, VestingServiceResult } from "../../rules/vesting-service";
import { formatCount, formatHours } from "../format";
import { describeSchedule, ordinal } from "./format";

/** Who reads the sentence: the participant ("you") or HR ("the participant"). */
export type Reader = "participant" | "hr";

const SOURCE_WORDS: Record<Source, string> = { deferral: "deferrals", rollover: "rollovers", match: "matching contributions" };

/** "a", "a and b", "a, b and c". */
export function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** "1 year", "3 years". */
export function yearsWord(n: number): string {
  return `${n} ${n === 1 ? "year" : "years"}`;
}

/** "1 break", "5 breaks". */
export function breaksWord(n: number): string {
  return `${n} ${n === 1 ? "break" : "breaks"}`;
}

/** "1 hour", "1,000 hours", "999.5 hours". */
export function hoursWord(hours: number): string {
  return `${formatHours(hours)} ${hours === 1 ? "hour" : "hours"}`;
}

/** "380 more hours", "1 more hour". */
export function moreHours(hours: number): string {
  return `${formatHours(hours)} more ${hours === 1 ? "hour" : "hours"}`;
}

/**
 * Each event that vests the match in full, in words after "Full vesting": the plan's options name
 * them (lib/plan/definition.ts fullVestingEventSchema); a code value is never printed.
 */
const FULL_VESTING_WORDS: Record<FullVestingEvent, string> = {
  planTermination: "on the plan's termination",
  death: "on death",
  disability: "on disability",
  retirement: "at normal retirement age",
};

/** "Full vesting on death", "Full vesting at normal retirement age". */
export function fullVestingWords(event: FullVestingEvent): string {
  return `Full vesting ${FULL_VESTING_WORDS[event]}`;
}

const FULL_VESTING_WHEN: Record<FullVestingEvent, string> = {
  planTermination: "the plan is terminated (ended)",
  death: "the participant dies",
  disability: "the participant becomes disabled",
  retirement: "the participant retires",
};

/** Each full-vesting event as a clause after "when": "the participant dies" (the plan facts page's options). */
export function fullVestingWhen(event: FullVestingEvent): string {
  return FULL_VESTING_WHEN[event];
}

/** The sources always 100% vested, in words: "deferrals and rollovers" in this plan. */
export function alwaysVestedSources(plan: PlanDefinition): string {
  return list(SOURCES.filter((source) => alwaysVested(plan, source)).map((source) => SOURCE_WORDS[source]));
}

/** "Your own deferrals and rollovers, with their earnings, are always 100% vested. (11-K Note 1.D)" */
export function alwaysVestedSentence(plan: PlanDefinition, reader: Reader): string {
  return `${reader === "participant" ? "Your own" : "Own"} ${alwaysVestedSources(plan)}, with their earnings, are always 100% vested. (${plan.vesting.citation})`;
}

/**
 * How the years of service were counted, with the verb that agrees with them: "1 year of service
 * vests", "3 completed years of service from … vest", "3.9 years of service count as 3 completed years vest".
 */
function countedWords(result: VestingResult): string {
  const from = result.countedFrom;
  const vest = result.yearsOfService === 1 ? "vests" : "vest";
  if (from.by === "hours") return `${yearsWord(result.yearsOfService)} of service counted from your hours ${vest}`;
  const completed = `${result.yearsOfService} completed ${result.yearsOfService === 1 ? "year" : "years"}`;
  if (from.by === "stated") {
    // A stated figure other than the years counted is never 1 (1 counts as 1): its "years" take "vest".
    return from.stated === result.yearsOfService ? `${yearsWord(result.yearsOfService)} of service ${vest}` : `${from.stated} years of service count as ${completed} vest`;
  }
  return `${completed} of service from ${from.start} to ${from.asOf} ${vest}`;
}

/** A vesting answer's explanation, as the API gives it and the participant page shows it. */
export function vestingExplanation(result: VestingResult, plan: PlanDefinition): string[] {
  const lines = [alwaysVestedSentence(plan, "participant")];
  if (result.fullyVestedBy === "planTermination") {
    lines.push(`The plan is terminated, so every account is fully vested: the employer match is 100% vested. (${plan.vesting.terminationCitation})`);
  } else if (result.fullyVestedBy) {
    lines.push(`${fullVestingWords(result.fullyVestedBy)}, as this plan's options provide: the employer match is 100% vested.`);
  } else {
    lines.push(`Employer match: ${countedWords(result)} ${result.vestedPercent}% under the schedule (${describeSchedule(plan.vesting.schedule)}). (${plan.vesting.citation})`);
  }
  if (result.service) lines.push(...serviceExplanation(result.service, plan));
  lines.push(`The unvested part of the match would be forfeited if employment ended now. (${plan.forfeitures.citation})`);
  return lines;
}

/** A period's name on a page: "2003", or "March 15, 2003 to March 14, 2004" for an anniversary year. */
export function periodName(period: PeriodBounds): string {
  return period.kind === "planYear" ? period.start.slice(0, 4) : `${longDate(period.start)} to ${longDate(period.end)}`;
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
  const noun = periodNoun(plan);
  const { asOf, latestEntry } = service;
  const lines: string[] = [serviceRuleSentence(service, plan, "participant")];

  const counted = service.periods.filter((period) => period.counted);
  lines.push(
    counted.length === 0
      ? `On ${asOf} you have no year of service yet.`
      : `On ${asOf} you have ${yearsWord(service.yearsOfService)} of service: ` +
          `${list(counted.map((period) => `${periodLabel(period)} (${hoursWord(period.hours)}, counted on ${period.creditedOn})`))}.`,
  );

  const breaks = service.periods.filter((period) => period.breakInService);
  const neither = service.periods.filter((period) => period.ended && !period.breakInService && !period.yearOfService);
  if (breaks.length > 0) {
    lines.push(
      `A ${noun} that has ended with ${breakHours} hours or fewer is a break in service. Your breaks: ${list(breaks.map(periodLabel))}. ` +
        (service.consecutiveBreaks > 0 ? `You now have ${breaksWord(service.consecutiveBreaks)} in a row. ` : "") +
        `(${counting.breakInService.citation})`,
    );
  }
  if (neither.length > 0) {
    lines.push(`A ${noun} with more than ${breakHours} but fewer than ${yearHours} hours is neither a year of service nor a break: ${list(neither.map(periodLabel))}.`);
  }
  lines.push(...paritySentences(service, plan, "participant"));

  const now = service.currentPeriod;
  lines.push(
    now.countedOn !== null
      ? `This ${noun} (${now.start} to ${now.end}) has ${hoursWord(now.hours)} up to ${asOf}: it is already a year of service (counted on ${now.countedOn}).`
      : `This ${noun} (${now.start} to ${now.end}) has ${hoursWord(now.hours)} up to ${asOf}: ${moreHours(now.hoursToYearOfService)} in it ${now.hoursToYearOfService === 1 ? "makes" : "make"} a year of service.`,
  );

  if (service.hoursAhead) {
    const ahead = service.creditedDates.length - service.yearsOfService;
    lines.push(
      `Hours dated after ${asOf} are counted for the dates ahead, not for today's percentage` +
        (ahead > 0 ? `: on all the hours given you reach ${yearsWord(service.creditedDates.length)} of service.` : "."),
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

// The service rule in words, for both readers ------------------------------------------------
// A plan year (or 12-month period) with the year's hours is a year of service; one that has ended
// with the break's hours or fewer is a break; the rule of parity; the run of breaks that forfeits.

/** "plan year", or "12-month period" when the plan counts anniversary years. */
export function periodNoun(plan: PlanDefinition): string {
  return plan.options.vestingPeriods === "planYear" ? "plan year" : "12-month period";
}

/** How the periods run, said to HR and on the plan's facts page, after "counted from the hours, ". */
const PERIODS = { planYear: "one plan year (January 1 to December 31) at a time", anniversaryYear: "12 months at a time, from the start date and from each anniversary of it" };

/** A run of periods: "2006 to 2010", or "March 15, 2006 to March 14, 2011" for anniversary years. */
export function stretchWords(first: PeriodBounds, last: PeriodBounds): string {
  return first.kind === "planYear" ? `${first.start.slice(0, 4)} to ${last.end.slice(0, 4)}` : `${longDate(first.start)} to ${longDate(last.end)}`;
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

/** How a period counts on a record of service, as both records (participant and HR) name it. */
export type PeriodStatus = "yearOfService" | "disregarded" | "break" | "neither" | "breakWhenItEnds" | "neitherWhenItEnds";

/** A record row's status in words: "Break in service (500 hours or fewer)". `end` is the period's last day. */
export function periodStatusWords(status: PeriodStatus, end: IsoDate, plan: PlanDefinition): string {
  const counting = plan.vesting.hoursCounting;
  const breakHours = formatHours(counting.breakInService.hoursAtMost);
  switch (status) {
    case "yearOfService":
      return "Year of service";
    case "disregarded":
      return "Year of service, no longer counted (rule of parity)";
    case "break":
      return `Break in service (${breakHours} hours or fewer)`;
    case "neither":
      return `Neither (more than ${breakHours}, fewer than ${formatHours(counting.yearOfService.hours)} hours)`;
    case "breakWhenItEnds":
      return `Break in service when it ends on ${longDate(end)}`;
    case "neitherWhenItEnds":
      return `Neither, when it ends on ${longDate(end)}`;
  }
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

/**
 * When the nonvested match is forfeited if no more hours come, for the participant's record:
 * "If no more hours come after the last ones given, the part of your match that is not vested …".
 * Null when nothing would be. `forfeitable` is the match not vested today.
 */
export function recordForfeitSentence(service: VestingServiceResult, forfeitable: Money, plan: PlanDefinition): string | null {
  if (service.forfeitsOn === null || !forfeitable.greaterThan(0)) return null;
  const { first, last, count: breaks } = service.forfeitingBreaks;
  const stretch = stretchWords(first, last);
  const amount = formatUsd(forfeitable);
  const on = longDate(service.forfeitsOn);
  return service.alreadyForfeited
    ? `After ${breaksWord(breaks)} in service in a row (${stretch}), the part of your match that was not vested (${amount}) was forfeited on ${on}.`
    : `If no more hours come after the last ones given, the part of your match that is not vested (${amount} today) stays in your account until the end of your ${ordinal(breaks)} break in service in a row ` +
        `(${stretch}) and is forfeited on ${on}. ` +
        `Come back before ${on} and it can still vest: a ${periodNoun(plan)} with more than ${formatHours(plan.vesting.hoursCounting.breakInService.hoursAtMost)} hours is not a break.`;
}

/**
 * When a leaving participant's nonvested match is forfeited, for HR. From hours, the date the rule
 * found; otherwise the run of breaks in words. `lastDay` is the last day of employment, if given.
 */
export function leavingForfeitSentence(service: VestingServiceResult | null, forfeited: Money, matchBalance: Money, lastDay: IsoDate | null, plan: PlanDefinition): string {
  const counting = plan.vesting.hoursCounting;
  const breaks = ordinal(counting.forfeiture.consecutiveBreaks);
  const amounts = `nonvested ${formatUsd(forfeited)} of the ${formatUsd(matchBalance)} match balance`;
  if (service !== null && service.forfeitsOn !== null) {
    const { first, last } = service.forfeitingBreaks;
    const stretch = `${first.kind === "planYear" ? "plan years " : ""}${stretchWords(first, last)}`;
    return (
      `If the participant does not come back, the ${amounts} stays in the account until ${longDate(service.forfeitingBreakEnds)}, the end of the ${breaks} break in service in a row (${stretch}). ` +
      `It is forfeited on ${longDate(service.forfeitsOn)}. Back at work before then, the participant can still vest it. (${counting.forfeiture.citation})`
    );
  }
  const when = lastDay ? `On leaving on ${longDate(lastDay)}, the` : "On leaving, the";
  return `${when} ${amounts} is forfeited unless the participant comes back: it stays in the account until the end of the ${breaks} break in service in a row (a ${periodNoun(plan)} with ${formatHours(counting.breakInService.hoursAtMost)} hours or fewer). Give the hours in each plan year to see the date. (${counting.forfeiture.citation})`;
}

/**
 * What leaving on the as-of date means, in one sentence holding both facts (issue 19): what the
 * person keeps, and when the part not vested is lost for good, which is not the day they leave
 * (11-K Note 1.G: forfeited after the plan's run of breaks in service; come back before and it can
 * still vest). From hours, the date the vesting rule found; otherwise the run of breaks in words.
 */
export function leavingNowSentence(asOf: IsoDate, result: VestingResult, plan: PlanDefinition): string {
  const ended = `If your employment ended on ${longDate(asOf)}`;
  if (result.forfeitable.isZero()) return `${ended}, all of your account, ${formatUsd(result.vested.total)}, would be yours to keep: none of it is forfeited.`;
  const head = result.vested.total.isZero()
    ? `${ended}, none of your account would be yours yet: the ${formatUsd(result.forfeitable)} of employer match, not yet vested,`
    : `${ended}, you would keep ${formatUsd(result.vested.total)}; the other ${formatUsd(result.forfeitable)}, the part of the employer match not yet vested,`;
  const service = result.service;
  if (service !== null && service.forfeitsOn !== null) {
    return service.alreadyForfeited
      ? `${head} was forfeited on ${longDate(service.forfeitsOn)}.`
      : `${head} stays in your account and is lost for good on ${longDate(service.forfeitsOn)}, unless you come back to work before then.`;
  }
  const counting = plan.vesting.hoursCounting;
  const breaks = counting.forfeiture.consecutiveBreaks;
  return (
    `${head} stays in your account and is lost for good after ${formatCount(breaks)} ${periodNoun(plan)}${breaks === 1 ? "" : "s"} in a row with ` +
    `${formatHours(counting.breakInService.hoursAtMost)} hours or fewer (breaks in service), unless you come back to work before then.`
  );
}
