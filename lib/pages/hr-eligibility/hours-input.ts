/**
 * Hours for one employee, as a person gives them on the form: rows pasted from a spreadsheet, or a
 * weekly schedule. Both produce the dated entries of plan-rules §2.1, read with lib/parse.ts (the
 * reader of the API's schemas), so a pasted line is accepted exactly when the API would accept it.
 */
import { addDays, daysBetween } from "../../dates";
import { readDate, readHours } from "../../parse";
import { pastedRows, splitPastedLine } from "../../paste";
import { proRataHours, type HoursEntry } from "../../rules/hours";

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
export function parsePastedHours(text: string): { entries: HoursEntry[]; lines: number[]; problems: LineProblem[] } {
  const entries: HoursEntry[] = [];
  const lines: number[] = [];
  const problems: LineProblem[] = [];
  pastedRows(text, "hours").rows.forEach(({ line, text: row }) => {
    const cells = splitPastedLine(row);
    if (cells.length < 2 || cells[1] === "") {
      problems.push({ line, field: "hours", message: `Line ${line} has no hours: write a date, a tab or comma, then the hours (2002-03-31, 80).` });
      return;
    }
    if (cells.length > 2 && cells.slice(2).some((cell) => cell !== "")) {
      problems.push({ line, field: "hours", message: `Line ${line} has more than a date and hours; write one date and one number of hours per line.` });
      return;
    }
    const date = readDate(cells[0]!, "typed");
    const hours = readHours(cells[1]!);
    if (!date.ok) problems.push({ line, field: "date", message: `Line ${line}: the date ${date.problem} (found "${cells[0]}").` });
    if (!hours.ok) problems.push({ line, field: "hours", message: `Line ${line}: the hours ${hours.problem} (found "${cells[1]}").` });
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
export function weeklyHours(schedule: WeeklySchedule): { entries: HoursEntry[]; problems: LineProblem[] } {
  const problems: LineProblem[] = [];
  const text = schedule.hoursPerWeek.trim();
  const read = readHours(text);
  const perWeek = read.ok && read.value > HOURS_IN_A_WEEK ? ({ ok: false, problem: `must be at most ${HOURS_IN_A_WEEK} (every hour of a week)` } as const) : read;
  if (text === "") problems.push({ line: 0, field: "hoursPerWeek", message: "Hours a week is required." });
  else if (!perWeek.ok) problems.push({ line: 0, field: "hoursPerWeek", message: `Hours a week ${perWeek.problem} (found "${text}").` });
  const from = readDate(schedule.from, "typed");
  if (!from.ok) problems.push({ line: 0, field: "from", message: `First day ${schedule.from.trim() === "" ? "is required" : from.problem}.` });
  const through = readDate(schedule.through, "typed");
  if (!through.ok) problems.push({ line: 0, field: "through", message: `Last day ${schedule.through.trim() === "" ? "is required" : through.problem}.` });
  if (problems.length > 0 || !perWeek.ok || !from.ok || !through.ok) return { entries: [], problems };
  const days = daysBetween(from.value, through.value) + 1;
  if (days < 1) return { entries: [], problems: [{ line: 0, field: "through", message: `Last day is before the first day (${from.value}).` }] };
  if (days > MAX_WEEKS * 7) return { entries: [], problems: [{ line: 0, field: "through", message: "Last day is more than a century after the first day." }] };
  const entries: HoursEntry[] = [];
  const fullWeeks = Math.floor(days / 7);
  for (let week = 1; week <= fullWeeks; week += 1) {
    entries.push({ date: addDays(from.value, week * 7 - 1), hours: perWeek.value });
  }
  const rest = days - fullWeeks * 7;
  if (rest > 0) entries.push({ date: through.value, hours: proRataHours(perWeek.value, rest, 7) });
  return { entries, problems };
}
