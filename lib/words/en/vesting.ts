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
import type { FullVestingEvent, PlanDefinition } from "../../plan/definition";
import { SOURCES, type Source } from "../../plan/sources";
import { alwaysVested } from "../../rules/vesting";
import type { PeriodBounds } from "../../rules/vesting-service";
import { formatHours } from "../format";

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




