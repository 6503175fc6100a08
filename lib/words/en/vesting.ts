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

/**
 * A vesting answer's explanation, with `serviceLines` (how hours were counted, from
 * ./vesting-service.ts) before its last line: the API gives them all (`vestingExplanation`); the
 * participant page shows the hours' lines with the service record instead, which loads them.
 */
export function vestingLines(result: VestingResult, plan: PlanDefinition, serviceLines: readonly string[] = []): string[] {
  const lines = [alwaysVestedSentence(plan, "participant")];
  if (result.fullyVestedBy === "planTermination") {
    lines.push(`The plan is terminated, so every account is fully vested: the employer match is 100% vested. (${plan.vesting.terminationCitation})`);
  } else if (result.fullyVestedBy) {
    lines.push(`${fullVestingWords(result.fullyVestedBy)}, as this plan's options provide: the employer match is 100% vested.`);
  } else {
    lines.push(`Employer match: ${countedWords(result)} ${result.vestedPercent}% under the schedule (${describeSchedule(plan.vesting.schedule)}). (${plan.vesting.citation})`);
  }
  lines.push(...serviceLines);
  lines.push(`The unvested part of the match would be forfeited if employment ended now. (${plan.forfeitures.citation})`);
  return lines;
}

/** A period's name on a page: "2003", or "March 15, 2003 to March 14, 2004" for an anniversary year. */
export function periodName(period: PeriodBounds): string {
  return period.kind === "planYear" ? period.start.slice(0, 4) : `${longDate(period.start)} to ${longDate(period.end)}`;
}



// The service rule in words, for both readers ------------------------------------------------
// A plan year (or 12-month period) with the year's hours is a year of service; one that has ended
// with the break's hours or fewer is a break; the rule of parity; the run of breaks that forfeits.

/** "plan year", or "12-month period" when the plan counts anniversary years. */
export function periodNoun(plan: PlanDefinition): string {
  return plan.options.vestingPeriods === "planYear" ? "plan year" : "12-month period";
}


/** A run of periods: "2006 to 2010", or "March 15, 2006 to March 14, 2011" for anniversary years. */
export function stretchWords(first: PeriodBounds, last: PeriodBounds): string {
  return first.kind === "planYear" ? `${first.start.slice(0, 4)} to ${last.end.slice(0, 4)}` : `${longDate(first.start)} to ${longDate(last.end)}`;
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
