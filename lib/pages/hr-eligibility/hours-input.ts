/**
 * Hours for one employee, as a person gives them on the form: rows pasted from a spreadsheet, or a
 * weekly schedule. Both produce the dated entries of plan-rules §2.1 and are checked with lib/schemas.
 */
import { proRataHours, type HoursEntry } from "../../rules/hours";
import { hoursEntrySchema, isoDate } from "../../schemas";
import { addDaysToDayNumber, dayNumberOf, daysFromTo, isoOfDayNumber } from "./day-number";

export interface LineProblem {
  /** 1-based line of the pasted text, or the schedule field. */
  line: number;
  field: string;
  message: string;
}

/**
 * Pasted lines `date<TAB>hours` (a spreadsheet copy) or `date,hours`. Blank lines are skipped; a
 * first line with no date in it (a header such as "date,hours") is skipped too.
 */
export function parsePastedHours(text: string): { entries: HoursEntry[]; lines: number[]; problems: LineProblem[] } {
  const entries: HoursEntry[] = [];
  const lines: number[] = [];
  const problems: LineProblem[] = [];
  const rows = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  rows.forEach((row, index) => {
    const line = index + 1;
    if (row.trim() === "") return;
    const parts = row.includes("\t") ? row.split("\t") : row.includes(",") ? splitOnce(row, ",") : row.trim().split(/\s+/);
    const cells = parts.map((part) => part.trim()).filter((part, at) => part !== "" || at < 2);
    if (index === 0 && !/\d/.test(cells[0] ?? "")) return;
    if (cells.length < 2 || cells[1] === "") {
      problems.push({ line, field: "hours", message: `Line ${line} has no hours: write a date, a tab or comma, then the hours (2002-03-31, 80).` });
      return;
    }
    if (cells.length > 2 && cells.slice(2).some((cell) => cell !== "")) {
      problems.push({ line, field: "hours", message: `Line ${line} has more than a date and hours; write one date and one number of hours per line.` });
      return;
    }
    const hoursText = cells[1]!.replace(/,/g, "");
    const number = /^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(hoursText) ? Number(hoursText) : hoursText;
    const parsed = hoursEntrySchema.safeParse({ date: cells[0], hours: number });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? "");
        problems.push({ line, field, message: `Line ${line}: the ${field === "date" ? "date" : "hours"} ${issue.message} (found "${field === "date" ? cells[0] : cells[1]}").` });
      }
      return;
    }
    entries.push(parsed.data);
    lines.push(line);
  });
  return { entries, lines, problems };
}

function splitOnce(text: string, separator: string): string[] {
  const at = text.indexOf(separator);
  return [text.slice(0, at), text.slice(at + 1)];
}

export interface WeeklySchedule {
  hoursPerWeek: string;
  from: string;
  through: string;
}

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
  const perWeek = /^(\d+(\.\d*)?|\.\d+)$/.test(text) ? Number(text) : NaN;
  if (text === "") problems.push({ line: 0, field: "hoursPerWeek", message: "Hours a week is required." });
  else if (!Number.isFinite(perWeek)) problems.push({ line: 0, field: "hoursPerWeek", message: `Hours a week must be a number, such as 30 or 37.5 (found "${text}").` });
  else if (perWeek > 168) problems.push({ line: 0, field: "hoursPerWeek", message: "Hours a week must be at most 168 (every hour of a week)." });
  const from = isoDate.safeParse(schedule.from.trim());
  if (!from.success) problems.push({ line: 0, field: "from", message: `First day ${schedule.from.trim() === "" ? "is required" : from.error.issues[0]!.message}.` });
  const through = isoDate.safeParse(schedule.through.trim());
  if (!through.success) problems.push({ line: 0, field: "through", message: `Last day ${schedule.through.trim() === "" ? "is required" : through.error.issues[0]!.message}.` });
  if (problems.length > 0 || !from.success || !through.success) return { entries: [], problems };
  const first = dayNumberOf(from.data);
  const last = dayNumberOf(through.data);
  const days = daysFromTo(first, last) + 1;
  if (days < 1) return { entries: [], problems: [{ line: 0, field: "through", message: `Last day is before the first day (${from.data}).` }] };
  if (days > MAX_WEEKS * 7) return { entries: [], problems: [{ line: 0, field: "through", message: "Last day is more than a century after the first day." }] };
  const entries: HoursEntry[] = [];
  const fullWeeks = Math.floor(days / 7);
  for (let week = 1; week <= fullWeeks; week += 1) {
    entries.push({ date: isoOfDayNumber(addDaysToDayNumber(first, week * 7 - 1)), hours: perWeek });
  }
  const rest = days - fullWeeks * 7;
  if (rest > 0) entries.push({ date: isoOfDayNumber(last), hours: proRataHours(perWeek, rest, 7) });
  return { entries, problems };
}
