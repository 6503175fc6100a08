/**
 * The hours mode's own words in English: the hours rows and their helpers, and the service record
 * on the participant page (app/participant/hours-mode.tsx). A module of their own, so the page loads
 * them only when a person counts service by hours (participant-hours-words.ts).
 */
import { longDate, type IsoDate } from "../../dates";
import { formatUsd, type Money } from "../../money";
import type { PlanDefinition } from "../../plan/definition";
import type { VestingResult } from "../../rules/vesting";
import type { VestingServiceResult } from "../../rules/vesting-service";
import { formatHours } from "../format";
import { ordinal } from "./format";
import { countWord } from "./participant";
import { breaksWord, periodNoun, periodStatusWords, stretchWords } from "./vesting";

/** A period after the as-of date, on the record: a year of service on the hours given, or only hours. */
export function aheadPeriodWords(yearOfService: boolean): string {
  return yearOfService ? "Ahead: a year of service on the hours given" : "Ahead: hours after the as-of date";
}

/** The period that is still running, on the record: a year of service already, or the hours it still needs. */
export function currentPeriodWords(service: VestingServiceResult, plan: PlanDefinition): string {
  const current = service.currentPeriod;
  const period = service.periods.find((candidate) => candidate.start === current.start)!;
  if (period.counted) return `${periodStatusWords("yearOfService", period.end, plan)} (this year)`;
  const ahead = period.creditedOn !== null ? `; on the hours given, a year of service on ${longDate(period.creditedOn)}` : "";
  return `This year so far: ${formatHours(current.hoursToYearOfService)} more hours make it a year of service${ahead}`;
}

/**
 * This period's progress: "You have 620 hours this year (2005) so far. Work 380 more hours by
 * December 31, 2005 and 50% of your match vests: $888.89." The step is the next one ahead when the
 * next year of service reaches it.
 */
export function recordProgressSentence(result: VestingResult, service: VestingServiceResult, plan: PlanDefinition): string {
  const current = service.currentPeriod;
  const period = service.periods.find((candidate) => candidate.start === current.start)!;
  const thisYear = period.kind === "planYear" ? `this year (${current.start.slice(0, 4)})` : `this 12-month period (to ${longDate(current.end)})`;
  if (current.countedOn !== null) return `You already have ${formatHours(plan.vesting.hoursCounting.yearOfService.hours)} hours ${thisYear}: it is a year of service.`;
  const next = service.yearsOfService + 1;
  const work = `Work ${formatHours(current.hoursToYearOfService)} more hours by ${longDate(current.end)}`;
  const step = result.stepsAhead[0];
  const at = step && step.yearsOfService === next ? step : null;
  const progress =
    result.fullyVestedBy !== null || result.nextStep === null
      ? `${work} and ${thisYear} is one more year of service; your match is already fully vested.`
      : at !== null
        ? `${work} and ${at.vestedPercent}% of your match vests: ${formatUsd(at.vestedMatch)}.`
        : `${work} and ${thisYear} is your ${ordinal(next)} year of service. ` +
          `The next step, ${result.nextStep.vestedPercent}%, comes at ${countWord(result.nextStep.yearsOfService, "year", "years")}.`;
  return `You have ${formatHours(current.hours)} hours ${thisYear} so far. ${progress}`;
}

/** "2 years of service counted: 0% of your employer match is vested." */
export function recordYearsSentence(service: VestingServiceResult, vestedPercent: number): string {
  return `${countWord(service.yearsOfService, "year", "years")} of service counted: ${vestedPercent}% of your employer match is vested.`;
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

/** The dating of each row, in plain words, for the page. */
export function hoursDating(asOf: IsoDate): string {
  return `Each past year's hours count as worked by December 31 of that year. This year's hours so far count as worked by the as-of date, ${longDate(asOf)}.`;
}

export function pastedNotYear(line: number, text: string): string {
  return `Line ${line}: "${text}" does not start with a year or a date.`;
}

export function pastedHoursProblem(line: number, problem: string): string {
  return `Line ${line}: the hours ${problem}.`;
}

export function pastedTooMany(line: number): string {
  return `Line ${line} has more than a date and hours; write one date (or plan year) and one number of hours a line.`;
}

export function pastedNotPlanYear(line: number, value: string, first: number, last: number): string {
  return `Line ${line}: ${value} is not one of the plan years ${first} to ${last}.`;
}

export function pastedPut(years: readonly string[]): string {
  return years.length > 0 ? `Hours put in ${years.join(", ")}.` : "No hours were read.";
}

export function weeksProduct(weeks: string, perWeek: string, hours: string | null): string {
  return hours === null ? "Enter both numbers." : `${weeks} × ${perWeek} = ${hours} hours.`;
}

export function putHoursIn(year: number): string {
  return `Put these hours in ${year}`;
}

/** What a link's dated entries are, and the entries dated after the as-of date. */
export function hoursFromLink(count: number, ahead: number): string {
  const entries = count === 1 ? "1 dated entry" : `${count} dated entries`;
  const after = ahead > 0 ? ` ${ahead === 1 ? "1 entry is" : `${ahead} entries are`} dated after the as-of date: they count only for the dates ahead, and changing a year drops them.` : "";
  return `These hours came from a link as ${entries}, and they are counted exactly as given. Each year below shows their total. Changing a year replaces them with one total a year.${after}`;
}
