/**
 * A participant leaving: what vests and what is forfeited, and when (11-K Notes 1.D, 1.G and 5;
 * plan-rules §1, §4, §4.1).
 *
 * Base rule (Note 1.G): "forfeited nonvested accounts … will be used to reduce future employer
 * contributions": when a participant leaves, the nonvested part of the match account is forfeited.
 * Exception (Note 5): "In the event of Plan termination, participants will become fully vested in
 * their account balances", so nothing is forfeited.
 *
 * Service is given one of three ways, each read with lib/parse.ts (the reader of the API's
 * schemas) and answered by `evaluateVesting`, as the API's vesting endpoint answers:
 * - a number of years (the API's `yearsOfService`);
 * - the start date and the last day of employment, counted as elapsed time. The last day is worked
 *   in full, so service through it is the completed years at the day after it (plan-rules §1,
 *   `completedYearsThroughLastDay`): start 2001-05-14, last day 2004-05-13 → 3 years. The API's
 *   request is `asOf` = the day after the last day;
 * - the hours in each plan year (plan-rules §4.1), with the start date and the last day. The hours
 *   record is read as of the last day itself (the API's `asOf` = the last day): hours dated on the
 *   last day count, as it is worked in full, and a year of service is counted when its hours are
 *   credited on or before it. Hours after the last day are refused (lib/pages/hr-forfeitures/
 *   leaving-hours.ts). The forfeiture date is the day after the fifth consecutive one-year break,
 *   counted on the hours given and none after them (IRC 411(a)(6)(C)).
 *
 * Nothing here uses zod: the page ships without it. test/property/forfeitures-surfaces.test.ts
 * holds the page to the API: the same input is accepted or refused by both, naming the same field.
 */
import { addDays, type IsoDate } from "../../dates";
import { RuleInputError } from "../../errors";
import { ZERO, type Money } from "../../money";
import { RANGES, readDate, readMoney, readNumber } from "../../parse";
import type { PlanDefinition } from "../../plan/definition";
import type { HoursEntry } from "../../rules/hours";
import { evaluateVesting, type Balances, type VestingResult } from "../../rules/vesting";
import type { VestingServiceResult } from "../../rules/vesting-service";
import { hoursFromLines, hoursFromYearBoxes, planYearBoxes, type HoursProblem, type PlanYearBox, type SourcedEntry } from "./leaving-hours";
import type { TerminationField, TerminationForm } from "./leaving-form";
import type { ForfeituresWords } from "./words";

export { EMPTY_TERMINATION_FORM, fieldsShown, type HoursBy, type ServiceBy, type TerminationField, type TerminationForm } from "./leaving-form";

/** How a plan year counts on the record. */
export type RecordStatus = "yearOfService" | "break" | "neither" | "breakWhenItEnds" | "neitherWhenItEnds";

export interface RecordRow {
  /** "2003" for a plan year; "2002-03-15 to 2003-03-14" for an anniversary year. */
  label: string;
  start: IsoDate;
  end: IsoDate;
  hours: number;
  status: RecordStatus;
  /** The status in words: "Year of service", "Break in service", … */
  words: string;
  creditedOn: IsoDate | null;
}

export interface ServiceFromHours {
  record: RecordRow[];
  /** The labels of the periods counted as years of service. */
  countedYears: string[];
  /** The day the nonvested match is forfeited if the participant does not come back; null when nothing is forfeitable. */
  forfeitsOn: IsoDate | null;
  /** The periods of the breaks in a row that lead to the forfeiture: the first and the fifth. */
  forfeitingBreaks: { first: string; last: string; lastEnds: IsoDate };
  service: VestingServiceResult;
}

export interface TerminationResult extends VestingResult {
  forfeited: Money;
  /** The last day of employment, when service is given as dates or hours. */
  lastDay: IsoDate | null;
  fromHours: ServiceFromHours | null;
  sentences: string[];
}

export interface TerminationOutcome {
  issues: Partial<Record<TerminationField, string>>;
  /** Problems with a plan year's box or a pasted line. */
  hoursProblems: HoursProblem[];
  /** The plan years that get a box (service given as hours, once both dates are read). */
  planYears: PlanYearBox[];
  /** The entries read from the hours (service given as hours). */
  entries: SourcedEntry[];
  /** The request the API's vesting endpoint answers the same way (dates as ISO, hours as numbers). */
  request: Record<string, unknown> | null;
  result: TerminationResult | null;
}

function blank(text: string): boolean {
  return text.trim() === "";
}

export function evaluateTermination(form: TerminationForm, plan: PlanDefinition, words: ForfeituresWords): TerminationOutcome {
  const say = words.form;
  const issues: Partial<Record<TerminationField, string>> = {};
  const none: TerminationOutcome = { issues, hoursProblems: [], planYears: [], entries: [], request: null, result: null };
  const byYears = form.serviceBy === "years";

  // Years, or the two dates.
  let years: number | undefined;
  let start: IsoDate | null = null;
  let lastDay: IsoDate | null = null;
  if (byYears) {
    if (blank(form.yearsOfService)) issues.yearsOfService = say.leavingRequired("yearsOfService");
    else {
      const read = readNumber(form.yearsOfService, RANGES.yearsOfService);
      if (read.ok) years = read.value;
      else issues.yearsOfService = say.leavingReadProblem("yearsOfService", words.problemWords(read.issue));
    }
  } else {
    for (const field of ["employmentStartDate", "terminationDate"] as const) {
      if (blank(form[field])) {
        issues[field] = say.leavingRequired(field);
        continue;
      }
      const read = readDate(form[field], "typed");
      if (!read.ok) issues[field] = say.leavingReadProblem(field, words.problemWords(read.issue));
      else if (field === "employmentStartDate") start = read.value;
      else lastDay = read.value;
    }
    if (start !== null && lastDay !== null && lastDay < start) {
      issues.terminationDate = say.lastDayBeforeStart(start);
    }
  }

  // Balances: the match is needed, the others are 0 when left blank.
  const balances: Balances = { deferral: ZERO, rollover: ZERO, match: ZERO };
  const balanceText: Record<string, string> = {};
  for (const [field, source] of [
    ["matchBalance", "match"],
    ["deferralBalance", "deferral"],
    ["rolloverBalance", "rollover"],
  ] as const) {
    const text = form[field];
    if (blank(text)) {
      if (field === "matchBalance") issues[field] = say.leavingRequired(field);
      continue;
    }
    balanceText[source] = text.trim();
    const read = readMoney(text);
    if (read.ok) balances[source] = read.value;
    else issues[field] = say.leavingReadProblem(field, words.problemWords(read.issue));
  }

  // Hours, by plan year or pasted.
  const datesInOrder = start !== null && lastDay !== null && !issues.terminationDate;
  let planYears: PlanYearBox[] = [];
  let entries: SourcedEntry[] = [];
  let hoursProblems: HoursProblem[] = [];
  if (form.serviceBy === "hours") {
    if (form.hoursBy === "years") {
      if (datesInOrder) {
        planYears = planYearBoxes(start!, lastDay!);
        ({ entries, problems: hoursProblems } = hoursFromYearBoxes(planYears, form.hoursByYear, words));
      }
    } else {
      ({ entries, problems: hoursProblems } = hoursFromLines(form.hoursLines, start, datesInOrder ? lastDay : null, words));
    }
    if (hoursProblems.length > 0) {
      issues.hours = hoursProblems.length === 1 ? hoursProblems[0]!.message : say.hoursProblemCount(hoursProblems.length, form.hoursBy === "years");
    } else if (entries.length === 0 && (datesInOrder || form.hoursBy === "lines")) {
      issues.hours = say.noHours(form.hoursBy === "years");
    }
  }

  const base = { issues, hoursProblems, planYears, entries };
  if (Object.keys(issues).length > 0) return { ...none, ...base };

  const events = form.planTerminated ? (["planTermination"] as const) : [];
  const hours: HoursEntry[] | undefined = form.serviceBy === "hours" ? entries.map(({ date, hours }) => ({ date, hours })) : undefined;
  // The API's request with the same meaning: the day after the last day for elapsed time, the last day itself with hours.
  const asOf = lastDay === null ? undefined : form.serviceBy === "dates" ? addDays(lastDay, 1) : lastDay;
  const request: Record<string, unknown> = {
    ...(byYears ? { yearsOfService: years } : { employmentStartDate: start, asOf }),
    ...(hours ? { hours } : {}),
    balances: balanceText,
    ...(form.planTerminated ? { planTerminated: true } : {}),
  };

  let vesting: VestingResult;
  try {
    vesting = evaluateVesting(
      {
        // By dates the rule counts the completed years to the day after the last day (completedYearsThroughLastDay).
        yearsOfService: byYears ? years : undefined,
        employmentStartDate: byYears ? undefined : start!,
        asOf,
        hours,
        balances,
        events,
      },
      plan,
    );
  } catch (error) {
    // The checks above leave nothing for the rule to refuse; should it still, the field is named.
    if (!(error instanceof RuleInputError)) throw error;
    const field: TerminationField = error.path.startsWith("hours") ? "hours" : error.path === "asOf" ? "terminationDate" : error.path === "employmentStartDate" ? "employmentStartDate" : "yearsOfService";
    issues[field] = say.leavingRuleRefused(field, words.ruleInputWords(error.issue));
    return { ...none, ...base, request };
  }

  // The hours are read as of the last day (asOf = lastDay), so the periods the rule counts are those counted by then.
  const fromHours = vesting.service ? serviceFromHours(vesting.service, plan, words) : null;
  const result: TerminationResult = { ...vesting, forfeited: vesting.forfeitable, lastDay, fromHours, sentences: [] };
  result.sentences = words.leavingExplanation(result, plan);
  return { ...base, request, result };
}

/** The year-by-year record of a leaving participant, read as of the last day. */
function serviceFromHours(service: VestingServiceResult, plan: PlanDefinition, words: ForfeituresWords): ServiceFromHours {
  const { periodName, periodStatusWords } = words;
  const record = service.periods.map((period): RecordRow => {
    // The period of the last day has not ended; with no hours after the last day, it ends as it is.
    const status: RecordStatus =
      period.yearOfService && !period.disregarded
        ? "yearOfService"
        : period.ended
          ? period.breakInService
            ? "break"
            : "neither"
          : period.withinBreakHours
            ? "breakWhenItEnds"
            : "neitherWhenItEnds";
    const statusWords = periodStatusWords(period.disregarded ? "disregarded" : status, period.end, plan);
    return { label: periodName(period), start: period.start, end: period.end, hours: period.hours, status, words: statusWords, creditedOn: period.creditedOn };
  });
  const { first: firstBreak, last: lastBreak } = service.forfeitingBreaks;
  return {
    record,
    countedYears: service.periods.filter((period) => period.counted).map(periodName),
    forfeitsOn: service.forfeitsOn,
    forfeitingBreaks: { first: periodName(firstBreak), last: periodName(lastBreak), lastEnds: service.forfeitingBreakEnds },
    service,
  };
}
