/**
 * The participant page's sentences about its vesting answers, in English: the record of service
 * counted from hours, what is vested today, staying or going, and the years ahead. Written from the
 * rules' facts (lib/rules/vesting.ts, vesting-service.ts, compliance.ts); the page's adapters
 * (lib/pages/participant) choose which facts to show and pass them here. Pure: facts in, strings out.
 */
import { longDate, yearOf, type IsoDate } from "../../dates";
import { formatUsd, type Money } from "../../money";
import type { EmployerDefinition, PlanDefinition } from "../../plan/definition";
import type { MinimumScheduleComparison } from "../../rules/compliance";
import { vestedAmount, type VestingResult, type VestingStepAhead } from "../../rules/vesting";
import type { VestingServiceResult } from "../../rules/vesting-service";
import { formatCount, formatHours } from "../format";
import { describeSchedule, ordinal } from "./format";
import { alwaysVestedSentence, fullVestingWords, periodNoun, yearsWord } from "./vesting";

/** "1 year", "3 years", "1,000 days": a count, grouped, with the word for one or for many. */
export function countWord(count: number, one: string, many: string): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

/** "a", "a and b", "a, b or c". */
export function listInWords(items: readonly string[], conjunction: "and" | "or" = "and"): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
}

// The record of service counted from hours ------------------------------------------------------





// What is vested today -----------------------------------------------------------------------------

/** "after 3 completed years of service", "after 2 years of service counted from your hours". */
export function serviceCountedWords(result: VestingResult): string {
  return result.countedFrom.by === "hours"
    ? `after ${countWord(result.yearsOfService, "year", "years")} of service counted from your hours`
    : `after ${result.yearsOfService === 1 ? "1 completed year" : `${result.yearsOfService} completed years`} of service`;
}

/** How each vested amount is worked out, closing the explanation of what is vested today. */
export function vestedAmountSentence(plan: PlanDefinition): string {
  return `Vested amount of each source = balance × vested %, rounded half-up to the cent; the forfeitable amount is the match balance less its vested part. (${plan.vesting.citation}, ${plan.forfeitures.citation})`;
}

/**
 * Why a figure from a start date ("start") or a number of years ("years") is not the plan's own
 * count from hours, in plain words.
 */
export function methodNoteSentence(serviceBy: "start" | "years", plan: PlanDefinition): string {
  const rule = `The plan counts a year of service for each plan year in which you work ${formatHours(plan.vesting.hoursCounting.yearOfService.hours)} hours or more`;
  return serviceBy === "start"
    ? `This counts every year since your start date as a full year of work. ${rule}, so part-time hours, gaps between assignments or a rehire can change the answer, up or down. Count from your hours to be sure.`
    : `${rule}. If you are not sure how many such years you have, count from your hours to be sure.`;
}

/** "none of your match is yours yet", "60% of your match is yours", "all of your match is yours". */
function matchShare(percent: number): string {
  if (percent === 0) return "none of your match is yours yet";
  return percent === 100 ? "all of your match is yours" : `${percent}% of your match is yours`;
}

/**
 * The law's minimum schedules beside a vested %, in plain words with a verdict under each reading
 * and a next step (the vesting rule's `lawMinimum`). With the match balance, each reading's amount
 * (the vesting rule's rounding).
 */
export function lawCaveatSentence(comparison: MinimumScheduleComparison, match?: Money): string {
  const amount = (percent: number) => (match ? ` (${formatUsd(vestedAmount(match, percent))})` : "");
  const readings = comparison.minimums.map((minimum) => `if the ${minimum.name} schedule applies, ${matchShare(minimum.vestedIfApplies)}${amount(minimum.vestedIfApplies)}`);
  const years = countWord(comparison.yearsOfService, "year", "years");
  return (
    `You may keep more of your match. For match paid for plan years from ${comparison.firstPlanYear}, the law (${comparison.citation}) sets two minimum schedules, and this plan's schedule (${comparison.planPercent}% at ${years}) is slower than both. ` +
    `At ${years} of service: ${readings.join("; ")}. Ask HR (the plan administrator) which applies to your match before you decide to leave.`
  );
}

// Stay or go ---------------------------------------------------------------------------------------

/**
 * How a step ahead is reached, as the vesting answer knows it: on a date (from the start date, or
 * on the hours given); from hours still to come (`more` years, the current period `open` with
 * `hoursToGo`, ending `periodEnd`; the last period needed ending `lastEnd`); or only as a number of
 * years (`more` plan years with the hours).
 */
export type StepReach =
  | { by: "date"; fromHours: boolean; reachedOn: IsoDate; daysAway: number }
  | { by: "hours"; more: number; open: boolean; hoursToGo: number; periodEnd: IsoDate; lastEnd: IsoDate }
  | { by: "years"; more: number };

/** A step ahead in a sentence: how it is reached, then the share of the match it vests. `vestedNow` is today's vested match. */
export function stayStepSentence(step: VestingStepAhead, reach: StepReach, vestedNow: Money, plan: PlanDefinition): string {
  const yearHours = formatHours(plan.vesting.hoursCounting.yearOfService.hours);
  const years = countWord(step.yearsOfService, "year", "years");
  const share =
    `${step.vestedPercent}% of your match is yours (vested): ${formatUsd(step.vestedMatch)} in total` +
    (vestedNow.greaterThan(0) ? ` (${formatUsd(step.additionalVested)} more than today)` : "");
  if (reach.by === "date") {
    return reach.fromHours
      ? `On the hours given you reach ${years} of service on ${longDate(reach.reachedOn)}: ${share}.`
      : `Stay until ${longDate(reach.reachedOn)} (${countWord(reach.daysAway, "day", "days")}): ${share}.`;
  }
  if (reach.by === "hours") {
    const later = reach.open ? reach.more - 1 : reach.more;
    const toGo = formatHours(reach.hoursToGo);
    const what =
      later === 0
        ? `work ${toGo} more hours by ${longDate(reach.periodEnd)}`
        : `${reach.open ? `this year (${toGo} more hours) and ` : ""}${countWord(later, "more plan year", "more plan years")} with ${yearHours} hours or more, so by ${longDate(reach.lastEnd)} at the earliest`;
    return `Reach ${years} of service: ${what}. Then ${share}.`;
  }
  return `Complete ${years} of service (${countWord(reach.more, "more plan year", "more plan years")} with ${yearHours} hours or more): ${share}.`;
}

/** Said when no step lies ahead. */
export function fullyVestedSentence(result: VestingResult): string {
  return result.fullyVestedBy === "planTermination"
    ? "The plan is terminated, so your match is fully vested: leaving now costs you none of it."
    : `Your match is ${result.vestedPercent}% vested, the top of the schedule: leaving now costs you none of it.`;
}

/** The law's minimum schedules at the steps ahead where they give more; null when none does. */
export function stayCaveatSentence(comparisons: readonly MinimumScheduleComparison[]): string | null {
  const first = comparisons[0];
  if (!first) return null;
  const steps = comparisons.map(
    (comparison) =>
      `at ${countWord(comparison.yearsOfService, "year", "years")}, ${listInWords(
        comparison.minimums.filter((minimum) => minimum.givesMore).map((minimum) => `${matchShare(minimum.vestedIfApplies)} under the ${minimum.name} schedule`),
        "or",
      )}`,
  );
  return `If the law's minimum schedules (${first.citation}, match paid for plan years from ${first.firstPlanYear}) apply to your match, you may vest sooner: ${steps.join("; ")}. Ask HR which applies.`;
}

/**
 * How staying is worked out: the schedule; where the years come from (hours, a start date, or a
 * stated number: `start` null); the amounts; and, when the match balance is zero with steps ahead, why nothing more vests.
 */
export function stayExplanation(facts: { fromHours: boolean; start: IsoDate | null; asOf: IsoDate; noMatchYet: boolean }, plan: PlanDefinition): string[] {
  const yearHours = formatHours(plan.vesting.hoursCounting.yearOfService.hours);
  const lines = [
    `The employer match vests by completed years of service: ${describeSchedule(plan.vesting.schedule)}. (${plan.vesting.citation})`,
    facts.fromHours
      ? `Your years of service come from your hours: a plan year with ${yearHours} hours or more is one year. The dates ahead assume you work ${yearHours} hours in each plan year from now.`
      : facts.start !== null
        ? `A year of service is completed on each anniversary of your employment start date, ${longDate(facts.start)}; the anniversary of February 29 falls on March 1 in other years. Days are counted from the as-of date, ${longDate(facts.asOf)}.`
        : "You gave completed years of service, so the dates of the steps are not known. Give your employment start date or your hours instead to see dates.",
    "Each amount is today's match balance times the step's vested %, rounded half-up to the cent: the total vested at that step, not an amount added to the step before. Growth and new match are left aside here; the years ahead below include them.",
  ];
  if (facts.noMatchYet) lines.push("Your match balance today is $0.00, so no more of it vests; match paid in later years vests on the same schedule.");
  return lines;
}

// The years ahead ----------------------------------------------------------------------------------

/** "Leave at the end of 2005: you keep $V, you forfeit $F." and, with inflation, the amount kept in today's dollars. */
export function leaveYearSentence(planYear: number, vested: Money, forfeitable: Money, vestedToday: Money | null): string {
  const sentence = `Leave at the end of ${planYear}: you keep ${formatUsd(vested)}, you forfeit ${formatUsd(forfeitable)}.`;
  return vestedToday !== null ? `${sentence} In today's dollars you keep ${formatUsd(vestedToday)}.` : sentence;
}

/**
 * The one assumption the years ahead make about service from hours, in words: a year of service
 * for every plan year from now, the current one included while it is still open, and whether the
 * hours so far are on pace for it.
 */
export function hoursAssumptionSentence(service: VestingServiceResult, asOf: IsoDate, plan: PlanDefinition): string {
  const yearHours = formatHours(plan.vesting.hoursCounting.yearOfService.hours);
  const now = service.currentPeriod;
  const start = `They start from your ${countWord(service.yearsOfService, "year", "years")} of service counted from your hours on ${longDate(asOf)}, and assume you work ${yearHours} hours or more in each plan year from now`;
  if (!now.open) return `${start}: each plan year after this one is one more year of service.`;
  const pace = now.onPace
    ? `At the pace of your hours so far (${formatHours(now.hours)} by ${longDate(asOf)}), you would get there.`
    : `At the pace of your hours so far (${formatHours(now.hours)} by ${longDate(asOf)}), you would not: you need more hours a week from now on.`;
  const kind = service.periods.find((period) => period.start === now.start)?.kind;
  const which = kind === "planYear" ? String(yearOf(now.start)) : `The 12 months to ${longDate(now.end)}`;
  return `${start}: ${which} counts once you work ${formatHours(now.hoursToYearOfService)} more hours by ${longDate(now.end)}, and each plan year after it adds one more. ${pace}`;
}

// Who can take part ------------------------------------------------------------------------------

/** Said when the person is under the plan's minimum age on the as-of date: their age, and the day they reach the minimum. */
export function underAgeSentence(facts: { age: number; asOf: IsoDate; minimumAge: number; joinsOn: IsoDate }): string {
  const { age, asOf, minimumAge, joinsOn } = facts;
  return (
    `You are ${age} on ${longDate(asOf)}: under ${minimumAge}. The plan lets you join at ${minimumAge}, from ${longDate(joinsOn)}, once you also meet the service rule. ` +
    `Your service for vesting still counts from your first hour of work.`
  );
}

/** An employer's eligibility rule in a sentence, with its citation (11-K Note 1.A). */
export function eligibilityNoteSentence(employer: EmployerDefinition, plan: PlanDefinition): string {
  const age = plan.eligibility.minimumAge;
  const service =
    employer.service.kind === "hoursInPeriod"
      ? `once you are ${age} and have completed ${formatCount(employer.service.hours)} hours of service in a 12-month period`
      : `once you are ${age}, from the ${ordinal(employer.service.days)} day following your first hour of service`;
  const hce = employer.excludesHighlyCompensated ? "highly compensated employees are excluded" : "highly compensated employees may take part";
  return `${employer.name}: you may take part ${service}; ${hce}. Vesting is the same for every employer. (${employer.citation})`;
}

// The vesting answer and leaving today, in the participant's words -------------------------------

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
