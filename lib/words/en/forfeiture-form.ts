/**
 * The forfeitures page's own sentences (English): the messages of its two forms (a participant
 * leaving, a pool to share), the problems of the hours and deferrals pasted into them, and the
 * headlines the browser fills with the figures it works out. The rules' explanations are in
 * lib/words/en/forfeiture.ts; this module is what lib/pages/hr-forfeitures/* and the page's client
 * components say around them. Pure: facts in, strings out.
 */
import { longDate, type IsoDate } from "../../dates";
import { formatUsd, type Money } from "../../money";
import { formatCount } from "../format";

/** The leaving-participant form's fields. */
export type LeavingField = "yearsOfService" | "employmentStartDate" | "terminationDate" | "matchBalance" | "deferralBalance" | "rolloverBalance" | "hours";

/** A field's label, as the form shows it and its messages name it. */
export const LEAVING_LABELS: Record<LeavingField, string> = {
  yearsOfService: "Years of service",
  employmentStartDate: "Employment start date",
  terminationDate: "Last day of employment",
  matchBalance: "Employer match balance",
  deferralBalance: "Deferrals balance",
  rolloverBalance: "Rollovers balance",
  hours: "Hours",
};

/** A headline with its figures in bold: plain text and `{ strong }` parts, read in order. */
export type Emphasised = readonly (string | { strong: string; testId?: string })[];

// A participant leaving -----------------------------------------------------------------------

/** "Employment start date is required." */
export function leavingRequired(field: LeavingField): string {
  return `${LEAVING_LABELS[field]} is required.`;
}

/** A field the reader refused: "Employment start date" + " is not a real calendar date …" + ".". */
export function leavingReadProblem(field: LeavingField, problem: string): string {
  return `${LEAVING_LABELS[field]} ${problem}.`.replace(/\.\.$/, ".");
}

/** The last day is before the start. */
export function lastDayBeforeStart(start: IsoDate): string {
  return `${LEAVING_LABELS.terminationDate} is before the employment start date (${longDate(start)}).`;
}

/** What the rule refused, should it refuse anything the form let through (its message is the rule's). */
export function leavingRuleRefused(field: LeavingField, message: string): string {
  return `${LEAVING_LABELS[field]}: ${message}.`;
}

/** Several problems in the hours: where each is marked. */
export function hoursProblemCount(count: number, byYears: boolean): string {
  return `${count} problems in the hours; each is marked at its ${byYears ? "plan year" : "line"}.`;
}

/** No hours given at all. */
export function noHours(byYears: boolean): string {
  return byYears ? "Hours: enter the hours of at least one plan year." : "Hours: paste at least one line such as 2003-06-30, 80 or 2003, 1040.";
}

/** A plan year's box the reader refused: "Hours in 2003" + " must be …" + ".". */
export function boxHoursProblem(year: number, problem: string): string {
  return `Hours in ${year} ${problem}.`;
}

/** A pasted line with a date and no hours. */
export function lineNoHours(line: number): string {
  return `Line ${line} has no hours: write a date or a plan year, a tab or a comma, then the hours (2003-06-30, 80 or 2003, 1040).`;
}

/** A pasted line with more than two values. */
export function lineTooManyValues(line: number): string {
  return `Line ${line} has more than a date and hours; write one date (or plan year) and one number of hours a line.`;
}

/** A pasted line's date the reader refused, with what it reads. */
export function lineDateProblem(line: number, problem: string, cell: string): string {
  return `Line ${line}: the date ${problem} (it reads "${cell}").`;
}

/** A pasted line's hours the reader refused, with what they read. */
export function lineHoursProblem(line: number, problem: string, cell: string): string {
  return `Line ${line}: the hours ${problem} (it reads "${cell}").`;
}

/** What a pasted line's date is: its plan year as written, or the date in words. */
function lineWhat(planYear: string | null, date: IsoDate): string {
  return planYear !== null ? `plan year ${planYear}` : longDate(date);
}

/** A pasted line dated before the start. `planYear` is the year as written when the line gives a plan year. */
export function lineBeforeStart(line: number, planYear: string | null, date: IsoDate, start: IsoDate): string {
  return `Line ${line}: ${lineWhat(planYear, date)} is before the employment start date, ${longDate(start)}.`;
}

/** A pasted line dated after the last day. */
export function lineAfterLastDay(line: number, planYear: string | null, date: IsoDate, lastDay: IsoDate): string {
  return `Line ${line}: ${lineWhat(planYear, date)} is after the last day of employment, ${longDate(lastDay)} (date such hours on the last day).`;
}

/** A plan year's box: its label. */
export function boxLabel(year: number): string {
  return `Hours in ${year}`;
}

/** "May 14 to December 31": the days of a plan year's box (its year is in the label). */
export function boxHint(from: IsoDate, through: IsoDate): string {
  const short = (iso: IsoDate) => longDate(iso).replace(/, \d{4}$/, "");
  return `${short(from)} to ${short(through)}`;
}

/** What the headline of a leaving participant says. */
export interface LeavingHeadlineFacts {
  vestedPercent: number;
  yearsOfService: number;
  fromHours: boolean;
  planTerminated: boolean;
  kept: Money;
  forfeited: Money;
  forfeitsOn: IsoDate | null;
}

/** "50% of the match is vested (3 completed years). Keeps $12,500.01; forfeits $2,000.00." */
export function leavingHeadline(facts: LeavingHeadlineFacts): Emphasised {
  const n = facts.yearsOfService;
  const years = n === 1 ? "year" : "years";
  const service = facts.fromHours ? `${n} ${years} of service from the hours` : `${n} completed ${years}`;
  return [
    { strong: `${facts.vestedPercent}%` },
    ` of the match is vested (${service}${facts.planTerminated ? ", plan terminated" : ""}). Keeps `,
    { strong: formatUsd(facts.kept) },
    "; forfeits ",
    { strong: formatUsd(facts.forfeited) },
    ...(facts.forfeitsOn ? [" on ", { strong: longDate(facts.forfeitsOn) }, " if not back at work before then"] : []),
    ".",
  ];
}

/** Under a source's name in the table: "50% vested". */
export function percentVested(percent: number): string {
  return `${percent}% vested`;
}

// A pool to share ---------------------------------------------------------------------------

/** The pool left blank. */
export function poolRequired(): string {
  return "Forfeiture pool is required: enter an amount such as 43700.00.";
}

/** The pool the reader refused: "Forfeiture pool" + " must be …" + ".". */
export function poolProblem(problem: string): string {
  return `Forfeiture pool ${problem}.`;
}

/** No deferrals given. */
export function noDeferralLines(): string {
  return "Deferrals: paste at least one line such as A-17,5200.00, or choose a CSV file.";
}

/** Every deferral is zero. */
export function deferralsTotalZero(pool: Money): string {
  return `Deferrals total $0.00, so there is nothing to share a pool of ${formatUsd(pool)} against.`;
}

/** The plan year left blank. */
export function planYearRequired(): string {
  return "Plan year is required to check the 415(c) limit: enter a year such as 2002.";
}

/** The plan year the reader refused; `firstYear` when it is before the IRS limits table. */
export function planYearProblem(problem: string, firstYear: number | null): string {
  return `Plan year ${problem}${firstYear !== null ? ` (the IRS limits table starts in ${firstYear})` : ""}.`;
}

/** A deferrals line whose quote is never closed. */
export function quoteNotClosed(line: number): string {
  return `Line ${line} has a quote (") that is never closed.`;
}

/** A deferrals line with an id and no amount. */
export function lineNoDeferrals(line: number): string {
  return `Line ${line} has no deferrals: write the id, a comma or tab, then the amount (A-17,5200.00).`;
}

/** A deferrals line with more than two values; `commaLine` when it is split on commas. */
export function deferralsTooManyValues(line: number, count: number, commaLine: boolean): string {
  const hint = commaLine ? " If the amount has a thousands comma, leave the comma out (1234.50) or put the amount in quotes." : "";
  return `Line ${line} has ${count} values; each line needs exactly two, the id and the deferrals.${hint}`;
}

/** An id the API would refuse: empty, or longer than 200 characters. */
export function idProblem(line: number, problem: "empty" | "long"): string {
  return `Line ${line}: id ${problem === "empty" ? "must not be empty" : "must be at most 200 characters"}.`;
}

/** A deferrals cell left empty. */
export function deferralsEmpty(line: number): string {
  return `Line ${line}: deferrals is empty; write an amount such as 5200.00.`;
}

/** A deferrals amount the reader refused, with what it reads (already quoted and shortened). */
export function deferralsProblem(line: number, problem: string, quoted: string): string {
  return `Line ${line}: deferrals ${problem} (it reads ${quoted}).`;
}

/** An id given twice. */
export function idRepeats(line: number, id: string, first: number): string {
  return `Line ${line}: id "${id}" repeats line ${first}; list each participant once.`;
}

/** A line past the most participants an allocation takes. */
export function pastParticipantLimit(line: number, max: number): string {
  return `Line ${line} is past the ${formatCount(max)}-participant limit.`;
}

/** "2 problems in the deferrals of pay.csv; the allocation waits until they are fixed:" */
export function lineIssuesLead(count: number, fileName: string | null): string {
  const problems = count === 1 ? "1 problem" : `${formatCount(count)} problems`;
  return `${problems} in the deferrals${fileName ? ` of ${fileName}` : ""}; the allocation waits until they are fixed:`;
}

/** After the problems listed: "…and 12 more." */
export function moreIssues(count: number): string {
  return `…and ${formatCount(count)} more.`;
}

/** The deferrals' box while a file is used. */
export function fileInUse(name: string): string {
  return `Not used while the file ${name} is chosen.`;
}

/** A file read in the browser. */
export function fileRead(name: string, lines: number): string {
  return `Read ${name} in your browser (${formatCount(lines)} non-blank ${lines === 1 ? "line" : "lines"}); it was not uploaded.`;
}

/** A file the browser could not read. */
export function fileUnreadable(name: string): string {
  return `Could not read ${name}. Choose a plain-text CSV file with lines id,deferrals.`;
}

/** The button that goes back to the text box. */
export function useTextBox(name: string): string {
  return `Use the text box instead of ${name}`;
}

/** What the headline of an allocation says. */
export interface AllocationHeadlineFacts {
  pool: Money;
  participants: number;
  totalDeferrals: Money;
  matchRatePercent: Money;
  totalShares: Money;
}

/** "$1,000.00 shared among 3 participants with $9,300.50 of deferrals: a match of about 10.75% of deferrals. The shares add up to $1,000.00, the pool exactly." */
export function allocationHeadline(facts: AllocationHeadlineFacts): Emphasised {
  const n = facts.participants;
  return [
    { strong: formatUsd(facts.pool) },
    ` shared among ${formatCount(n)} ${n === 1 ? "participant" : "participants"} with ${formatUsd(facts.totalDeferrals)} of deferrals: a match of about `,
    { strong: `${facts.matchRatePercent.toFixed(2)}%` },
    " of deferrals. The shares add up to ",
    { strong: formatUsd(facts.totalShares), testId: "shares-total" },
    facts.totalShares.equals(facts.pool) ? ", the pool exactly." : ".",
  ];
}

/** The warning of a pool above all the deferrals. */
export function matchAbove100(pool: Money, totalDeferrals: Money, matchRatePercent: Money): string {
  return (
    `The pool, ${formatUsd(pool)}, is more than all the deferrals, ${formatUsd(totalDeferrals)}: a match of about ${matchRatePercent.toFixed(2)}% of deferrals, more than 100%. ` +
    "Check the pool and the deferrals (are all participants listed, with the whole period's deferrals?)."
  );
}

/** The table's caption: "Shares", and when it shows only the first rows, how many. */
export function sharesCaption(count: number, shown: number): string {
  return `Shares${count > shown ? ` (the first ${shown} of ${formatCount(count)}; the download has all)` : ""}`;
}
