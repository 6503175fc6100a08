/**
 * The HR eligibility page's sentences that the browser fills with figures (English, US): the
 * one-employee form's problems, each naming its field, the hours it read, and the roster's
 * progress, summary, counts and pager. The roster's reasons and row problems are
 * ./eligibility-roster's; the page's fixed words are messages/en.json's "eligibility". Pure
 * functions: facts in, strings out; lib/words/es/eligibility-page.ts says the same in Spanish.
 */
import { datesInWords, longDate, type IsoDate } from "../../dates";
import type { RuleIssue } from "../../errors";
import { formatCount, formatHours } from "../format";
import { ruleInputWords } from "./rule-input";

/** A value the parser refused (lib/read-issues.ts), in this language: the form's fields say why with these. */
export { failureWords, problemWords } from "./problems";

/** The one-employee form's fields, as its problems name them. */
export const FIELD_NAMES: Readonly<Record<string, string>> = {
  asOf: "As-of date",
  employer: "Employer",
  birthDate: "Birth date",
  employmentStartDate: "Employment start date",
  priorYearCompensation: "Last year's pay",
  fivePercentOwner: "5% owner",
  highlyCompensated: "Highly compensated",
};

/** A field's value that cannot be read: "Birth date is not a real calendar date." */
export function fieldProblem(name: string, problem: string): string {
  return `${name} ${problem}.`;
}

/** A required field left blank. */
export function fieldRequired(name: string): string {
  return `${name} is required.`;
}

/** A problem the plan's rule found with a value (lib/errors.ts' RuleIssue). */
export function ruleProblem(name: string, issue: RuleIssue): string {
  return `${name} ${ruleInputWords(issue)}.`;
}

/** The name of a dated row's field: "Row 2: the date". */
export function rowFieldName(row: number, field: "date" | "hours"): string {
  return `Row ${row}: the ${field}`;
}

/** The name of a gap's field: "Gap 1: the last day", "Gap 1: the rehire date". */
export function gapFieldName(gap: number, field: "lastDay" | "rehired"): string {
  return `Gap ${gap}: the ${field === "lastDay" ? "last day" : "rehire date"}`;
}

/** Where an hours entry came from: a dated row, a pasted line, or the weekly schedule. */
export type HoursPlace = { kind: "row"; row: number } | { kind: "line"; line: number } | { kind: "schedule" };

/** What is wrong with an hours entry once read: a part missing, or a date before the first hour of service. */
export type EntryProblem = { kind: "required" } | { kind: "beforeStart"; start: IsoDate };

/** An hours entry's problem, named by where the entry came from. */
export function hoursEntryProblem(place: HoursPlace, field: "date" | "hours", problem: EntryProblem): string {
  const what =
    problem.kind === "required" ? "is required" : `is before the employment start date (${problem.start}); hours are credited from the first hour of service`;
  if (place.kind === "schedule" && field === "date") return `First day ${what}.`;
  const prefix = place.kind === "row" ? `Row ${place.row}:` : place.kind === "line" ? `Line ${place.line}:` : "First day:";
  return `${prefix} ${field === "date" ? "the date" : "the hours"} ${what}.`;
}

/** The birth date after the start date. */
export function birthAfterStart(start: IsoDate): string {
  return `${FIELD_NAMES.birthDate} is after the employment start date (${start}); check both dates.`;
}

/** A gap's last day before the start of the spell it ends. */
export function gapLastDayTooEarly(gap: number, spellStart: IsoDate): string {
  return `Gap ${gap}: the last day must be on or after ${longDate(spellStart)}, the day that spell began.`;
}

/** A gap's return on or before its last day. */
export function gapRehiredTooEarly(gap: number, lastDay: IsoDate): string {
  return `Gap ${gap}: the rehire date must be after the last day (${longDate(lastDay)}).`;
}

/** The form's short date and hours problems (lib/pages/hr-eligibility/form-text). */
export const DATE_PATTERN: string = "must be written MM/DD/YYYY or YYYY-MM-DD";
export const NOT_REAL_DATE: string = "is not a real calendar date";
export const HOURS_NUMBER: string = "must be a number, such as 80 or 7.5";
export function noSuchMonth(month: string): string {
  return `is not a real date: with slashes the month comes first (MM/DD/YYYY), and there is no month ${month}`;
}

/** A pasted hours line's problem. */
export function pastedLineProblem(line: number, problem: { kind: "noHours" } | { kind: "tooMany" } | { kind: "date" | "hours"; problem: string; found: string }): string {
  if (problem.kind === "noHours") return `Line ${line} has no hours: write a date, a tab or comma, then the hours (2002-03-31, 80).`;
  if (problem.kind === "tooMany") return `Line ${line} has more than a date and hours; write one date and one number of hours per line.`;
  return `Line ${line}: the ${problem.kind} ${problem.problem} (found "${problem.found}").`;
}

/** The weekly schedule's fields, as its problems name them. */
const SCHEDULE_NAMES = { hoursPerWeek: "Hours a week", from: "First day", through: "Last day" } as const;

/** A weekly schedule's problem: a field left blank, a value that cannot be read, too many hours, or days out of order. */
export function scheduleProblem(
  problem:
    | { kind: "required"; field: keyof typeof SCHEDULE_NAMES }
    | { kind: "unread"; field: keyof typeof SCHEDULE_NAMES; problem: string; found: string | null }
    | { kind: "tooManyHours"; most: number; found: string }
    | { kind: "beforeFirstDay"; from: IsoDate }
    | { kind: "overACentury" },
): string {
  switch (problem.kind) {
    case "required":
      return `${SCHEDULE_NAMES[problem.field]} is required.`;
    case "unread":
      return `${SCHEDULE_NAMES[problem.field]} ${problem.problem}${problem.found === null ? "" : ` (found "${problem.found}")`}.`;
    case "tooManyHours":
      return `Hours a week must be at most ${problem.most} (every hour of a week) (found "${problem.found}").`;
    case "beforeFirstDay":
      return `Last day is before the first day (${problem.from}).`;
    case "overACentury":
      return "Last day is more than a century after the first day.";
  }
}

/** What the hours given came to: "2 entries, 1,040 hours, dated September 30, 2002 to March 14, 2003." */
export function hoursSummary(count: number, hours: number, first: IsoDate, last: IsoDate): string {
  return `${formatCount(count)} entr${count === 1 ? "y" : "ies"}, ${formatHours(hours)} hours, dated ${longDate(first)} to ${longDate(last)}.`;
}

const megabytes = (bytes: number) => formatCount(bytes / 1_000_000, 1);
const rows = (n: number) => `${formatCount(n)} row${n === 1 ? "" : "s"}`;

/** The roster's progress: "Reading the census: 1.2 of 3.4 MB". */
export function progress(phase: string, done: number, total: number): string {
  return `${phase}: ${megabytes(done)} of ${megabytes(total)} MB`;
}

/** The files could not be read at all. */
export function runFailed(message: string): string {
  return `Could not evaluate the files: ${message} If a file changed since you chose it, choose it again.`;
}

/** A problem with a whole file: nothing was evaluated. */
export function fatalProblem(file: "census" | "hours", line: number, message: string): string {
  return `${file === "census" ? "Census CSV" : "Hours CSV"}, line ${line}: ${message}. Nothing was evaluated; fix the file and choose it again.`;
}

/** The facts of a roster's summary. */
export interface SummaryFacts {
  count: number;
  employees: number;
  rehires: number;
  asOf: IsoDate;
  /** The hours rows read, or null without an hours file. */
  hoursRows: number | null;
}

/** What was evaluated: "3 census rows evaluated as of June 30, 2003, with 4 hours rows" (the time and the rest follow). */
export function summaryStart({ count, employees, rehires, asOf, hoursRows }: SummaryFacts): string {
  const people = rehires > 0 ? ` (${formatCount(employees)} employee${employees === 1 ? "" : "s"}: ${formatCount(rehires)} rehired, with a row for each employment spell)` : "";
  const hours = hoursRows === null ? ", with no hours file" : `, with ${formatCount(hoursRows)} hours row${hoursRows === 1 ? "" : "s"}`;
  return `${formatCount(count)} census row${count === 1 ? "" : "s"}${people} evaluated as of ${longDate(asOf)}${hours}`;
}

/** How long it took: " in 1.2 s" (begins with a space). */
export function summaryTime(ms: number): string {
  return ` in ${ms < 100 ? "under 0.1" : formatCount(ms / 1000, 1)} s`;
}

/** What was skipped: the blank lines and the columns not used (begins with the sentence's full stop). */
export function summaryEnd(blank: { census: number; hours: number }, ignored: readonly string[]): string {
  const blankText = blank.census + blank.hours > 0 ? ` Blank lines skipped: ${formatCount(blank.census)} in the census, ${formatCount(blank.hours)} in the hours.` : "";
  return `.${blankText}${ignored.length > 0 ? ` Columns not used: ${ignored.join(", ")}.` : ""}`;
}

/** A filter's rows, beside its employees when they differ: " (5 rows)". */
export function filterRows(n: number): string {
  return ` (${rows(n)})`;
}

export function downloadAll(n: number): string {
  return `Download all ${formatCount(n)} rows (CSV)`;
}

export function downloadShown(n: number, filter: string): string {
  return `Download the ${formatCount(n)} rows shown: ${filter} (CSV)`;
}

export function shownHint(filter: string): string {
  return `“All” holds every census row; “shown” only the rows of “${filter}”, and says so in its file name.`;
}

export function hoursProblemsTitle(n: number): string {
  return `Problems in the hours file: ${rows(n)}`;
}

/** One hours-file problem: "Hours CSV line 3, column hours: must be a number." */
export function hoursProblemLine(line: number, column: string, message: string): string {
  return `Hours CSV line ${line}${column ? `, column ${column}` : ""}: ${message}.`;
}

export function moreProblems(n: number): string {
  return `…and ${formatCount(n)} more.`;
}

export function tableTitle(filter: string, n: number): string {
  return `${filter}: ${rows(n)}`;
}

export function pageOfRows(from: number, to: number, of: number): string {
  return `Rows ${formatCount(from)}–${formatCount(to)} of ${formatCount(of)}`;
}

/** The may-defer column: "yes", "no", with the date the part-time rule is met when there is one. */
export function mayDeferCell(mayDefer: boolean, partTime: { date: IsoDate; since: boolean } | null): string {
  const answer = mayDefer ? "yes" : "no";
  return partTime === null ? answer : `${answer} (part-time ${partTime.since ? "since" : "from"} ${longDate(partTime.date)})`;
}

/** A date of the results table in words ("" for none). */
export function dateCell(iso: IsoDate | ""): string {
  return iso === "" ? "" : longDate(iso);
}

/** Writes out the ISO dates in a sentence ("2003-03-15" → "March 15, 2003"). */
export function datesInText(text: string): string {
  return datesInWords(text);
}

/** An employer as the form's list names it: the plan's short name. */
export function employerOption(employer: { id: string; shortName: string }): string {
  return employer.shortName;
}
