/**
 * The hours of a participant who is leaving, as HR gives them (plan-rules §4.1): a box per plan
 * year, or lines pasted from a spreadsheet. Both become the dated entries `{ date, hours }` that
 * the API's vesting endpoint takes, read with lib/parse.ts (the reader of the API's schemas), so a
 * value is accepted here exactly when the API would accept it.
 *
 * - A box per plan year, from the plan year of the start date to the plan year of the last day.
 *   A year's hours are one entry dated on the last day of that year the participant could work:
 *   December 31, or the last day of employment in the year of leaving. A blank box is a year with
 *   no hours (a gap between assignments).
 * - Pasted lines: `date<TAB>hours` (or a semicolon, a comma or spaces: lib/paste.ts), the date written YYYY-MM-DD or
 *   MM/DD/YYYY, for hours credited on that date (a pay period ending then); or `year<TAB>hours`
 *   for a whole plan year, dated as a box is. Blank lines are skipped, and so is a first line with
 *   no digit in it that names the hours (a header such as "date,hours"; lib/paste.ts).
 * - Hours dated after the last day of employment are refused: a leaving participant has none, and
 *   counting them would move the years and the forfeiture date. A pay period that ends after the
 *   last day is dated on the last day. Hours dated before the start date are refused, as the API
 *   refuses them.
 */
import { endOfYear, maxDate, minDate, startOfYear, yearOf, type IsoDate } from "../../dates";
import { readDate, readHours, readYear } from "../../parse";
import { pastedRows, splitPastedLine } from "../../paste";
import type { HoursEntry } from "../../rules/hours";
import type { ForfeituresWords } from "./words";

/** A plan year the participant was employed in, from its first day of employment to its last. */
export interface PlanYearBox {
  year: number;
  from: IsoDate;
  through: IsoDate;
}

/** A problem with one box or line. `entry` is the entry's index among those given (the API's `hours.N`). */
export interface HoursProblem {
  /** "year:2003" for a box, "line:4" for a pasted line, "hours" for the hours as a whole. */
  source: string;
  entry: number | null;
  part: "date" | "hours" | null;
  /** True for a check across fields (a date before the start, after the last day). */
  acrossFields: boolean;
  message: string;
}

/** An entry and where it came from. */
export interface SourcedEntry extends HoursEntry {
  source: string;
}

export interface LeavingHours {
  entries: SourcedEntry[];
  problems: HoursProblem[];
}

/** The plan years from the start's to the last day's, each with the days worked in it. */
export function planYearBoxes(start: IsoDate, lastDay: IsoDate): PlanYearBox[] {
  const boxes: PlanYearBox[] = [];
  for (let year = yearOf(start); year <= yearOf(lastDay); year += 1) {
    boxes.push({ year, from: maxDate(start, startOfYear(year)), through: minDate(lastDay, endOfYear(year)) });
  }
  return boxes;
}

/** The date a whole plan year's hours are credited on: its last day, or the last day of employment. */
function yearEntryDate(year: number, lastDay: IsoDate | null): IsoDate {
  return lastDay !== null && yearOf(lastDay) === year ? lastDay : endOfYear(year);
}

/** Hours typed in the boxes of the plan years; entries are numbered among the boxes filled in. */
export function hoursFromYearBoxes(boxes: readonly PlanYearBox[], typed: Readonly<Record<string, string>>, words: ForfeituresWords): LeavingHours {
  const say = words.form;
  const entries: SourcedEntry[] = [];
  const problems: HoursProblem[] = [];
  let index = 0;
  for (const box of boxes) {
    const text = (typed[String(box.year)] ?? "").trim();
    if (text === "") continue;
    const source = `year:${box.year}`;
    const entry = index;
    index += 1;
    const hours = readHours(text);
    if (hours.ok) entries.push({ date: box.through, hours: hours.value, source });
    else problems.push({ source, entry, part: "hours", acrossFields: false, message: say.boxHoursProblem(box.year, words.problemWords(hours.issue)) });
  }
  return { entries, problems };
}

/**
 * Pasted lines. `start` is the form's start date when it was read, `lastDay` the last day when it
 * was read and is not before the start (null otherwise); a date is checked against each when it is
 * known.
 */
export function hoursFromLines(text: string, start: IsoDate | null, lastDay: IsoDate | null, words: ForfeituresWords): LeavingHours {
  const say = words.form;
  const entries: SourcedEntry[] = [];
  const problems: HoursProblem[] = [];
  const last = start !== null && lastDay !== null && start <= lastDay ? lastDay : null;
  let index = 0;
  pastedRows(text, "hours").rows.forEach(({ line, text: row }) => {
    const source = `line:${line}`;
    const cells = splitPastedLine(row);
    const entry = index;
    index += 1;
    if (cells.length < 2 || cells[1] === "") {
      problems.push({ source, entry, part: "hours", acrossFields: false, message: say.lineNoHours(line) });
      return;
    }
    if (cells.length > 2) {
      problems.push({ source, entry, part: "hours", acrossFields: false, message: say.lineTooManyValues(line) });
      return;
    }
    const [dateCell, hoursCell] = cells as [string, string];
    const year = readYear(dateCell);
    const isYear = year.ok;
    const date = year.ok ? ({ ok: true, value: yearEntryDate(year.value, last) } as const) : year.outOfRange ? year : readDate(dateCell, "typed");
    const hours = readHours(hoursCell);
    if (!date.ok) problems.push({ source, entry, part: "date", acrossFields: false, message: say.lineDateProblem(line, words.problemWords(date.issue), dateCell) });
    if (!hours.ok) problems.push({ source, entry, part: "hours", acrossFields: false, message: say.lineHoursProblem(line, words.problemWords(hours.issue), hoursCell) });
    if (!date.ok) return;
    // A date that reads is checked against the start and the last day even when its hours do not (as the API checks it).
    const planYear = isYear ? dateCell : null;
    if (start !== null && date.value < start) {
      problems.push({
        source,
        entry,
        part: "date",
        acrossFields: true,
        message: say.lineBeforeStart(line, planYear, date.value, start),
      });
      return;
    }
    if (last !== null && date.value > last) {
      problems.push({
        source,
        entry,
        part: "date",
        acrossFields: true,
        message: say.lineAfterLastDay(line, planYear, date.value, last),
      });
      return;
    }
    if (!hours.ok) return;
    entries.push({ date: date.value, hours: hours.value, source });
  });
  return { entries, problems };
}
