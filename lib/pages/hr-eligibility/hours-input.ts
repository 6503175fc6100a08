/**
 * Hours for one employee, as a person gives them on the form: rows pasted from a spreadsheet, or a
 * weekly schedule. Both produce the dated entries of plan-rules §2.1, read with lib/parse.ts (the
 * reader of the API's schemas), so a pasted line is accepted exactly when the API would accept it.
 */
import { addDays, daysBetween } from "../../dates";
import { readDate, readHours } from "../../parse";
import { pastedRows, splitPastedLine } from "../../paste";
import { proRataHours, type HoursEntry } from "../../rules/hours";
import type { PageWords } from "./words";

export interface LineProblem {
  /** 1-based line of the pasted text, or the schedule field. */
  line: number;
  field: string;
  message: string;
}

/**
 * Pasted lines `date<TAB>hours` (a spreadsheet copy), `date;hours`, `date,hours` or `date hours`,
 * read as every page reads them (lib/paste.ts). Blank lines are skipped; a first line with no
 * digit in it that names the hours (a header such as "date,hours") is skipped too.
 */
export function parsePastedHours(text: string, words: Pick<PageWords, "pastedLineProblem" | "problemWords">): { entries: HoursEntry[]; lines: number[]; problems: LineProblem[] } {
  const entries: HoursEntry[] = [];
  const lines: number[] = [];
  const problems: LineProblem[] = [];
  pastedRows(text, "hours").rows.forEach(({ line, text: row }) => {
    const cells = splitPastedLine(row);
    if (cells.length < 2 || cells[1] === "") {
      problems.push({ line, field: "hours", message: words.pastedLineProblem(line, { kind: "noHours" }) });
      return;
    }
    if (cells.length > 2 && cells.slice(2).some((cell) => cell !== "")) {
      problems.push({ line, field: "hours", message: words.pastedLineProblem(line, { kind: "tooMany" }) });
      return;
    }
    const date = readDate(cells[0]!, "typed");
    const hours = readHours(cells[1]!);
    if (!date.ok) problems.push({ line, field: "date", message: words.pastedLineProblem(line, { kind: "date", problem: words.problemWords(date.issue), found: cells[0]! }) });
    if (!hours.ok) problems.push({ line, field: "hours", message: words.pastedLineProblem(line, { kind: "hours", problem: words.problemWords(hours.issue), found: cells[1]! }) });
    if (!date.ok || !hours.ok) return;
    entries.push({ date: date.value, hours: hours.value });
    lines.push(line);
  });
  return { entries, lines, problems };
}

export interface WeeklySchedule {
  hoursPerWeek: string;
  from: string;
  through: string;
}

/** Every hour of a week (7 × 24): the most a week can credit. */
const HOURS_IN_A_WEEK = 168;

/** At most a century of weeks. */
const MAX_WEEKS = 5300;

/**
 * Weekly entries (the page states this convention): weeks run from the first day, seven days each;
 * each week's hours are one entry dated on the week's last day. A last, shorter week that ends on the
 * through date is credited its share of the week's hours (days ÷ 7, rounded to a hundredth of an
 * hour) and dated on the through date. So 30 hours a week from 2002-03-15 through 2002-03-31 gives
 * 30 on 2002-03-21, 30 on 2002-03-28 and 30 × 3/7 = 12.86 on 2002-03-31.
 */
export function weeklyHours(schedule: WeeklySchedule, words: Pick<PageWords, "scheduleProblem" | "problemWords">): { entries: HoursEntry[]; problems: LineProblem[] } {
  const problems: LineProblem[] = [];
  const text = schedule.hoursPerWeek.trim();
  const read = readHours(text);
  const tooMany = read.ok && read.value > HOURS_IN_A_WEEK;
  if (text === "") problems.push({ line: 0, field: "hoursPerWeek", message: words.scheduleProblem({ kind: "required", field: "hoursPerWeek" }) });
  else if (tooMany) problems.push({ line: 0, field: "hoursPerWeek", message: words.scheduleProblem({ kind: "tooManyHours", most: HOURS_IN_A_WEEK, found: text }) });
  else if (!read.ok) problems.push({ line: 0, field: "hoursPerWeek", message: words.scheduleProblem({ kind: "unread", field: "hoursPerWeek", problem: words.problemWords(read.issue), found: text }) });
  const from = readDate(schedule.from, "typed");
  const dayProblem = (field: "from" | "through", typed: string, problem: string) =>
    words.scheduleProblem(typed.trim() === "" ? { kind: "required", field } : { kind: "unread", field, problem, found: null });
  if (!from.ok) problems.push({ line: 0, field: "from", message: dayProblem("from", schedule.from, words.problemWords(from.issue)) });
  const through = readDate(schedule.through, "typed");
  if (!through.ok) problems.push({ line: 0, field: "through", message: dayProblem("through", schedule.through, words.problemWords(through.issue)) });
  if (problems.length > 0 || !read.ok || tooMany || !from.ok || !through.ok) return { entries: [], problems };
  const perWeek = read;
  const days = daysBetween(from.value, through.value) + 1;
  if (days < 1) return { entries: [], problems: [{ line: 0, field: "through", message: words.scheduleProblem({ kind: "beforeFirstDay", from: from.value }) }] };
  if (days > MAX_WEEKS * 7) return { entries: [], problems: [{ line: 0, field: "through", message: words.scheduleProblem({ kind: "overACentury" }) }] };
  const entries: HoursEntry[] = [];
  const fullWeeks = Math.floor(days / 7);
  for (let week = 1; week <= fullWeeks; week += 1) {
    entries.push({ date: addDays(from.value, week * 7 - 1), hours: perWeek.value });
  }
  const rest = days - fullWeeks * 7;
  if (rest > 0) entries.push({ date: through.value, hours: proRataHours(perWeek.value, rest, 7) });
  return { entries, problems };
}
