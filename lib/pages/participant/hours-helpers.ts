/**
 * The hours form's helpers (plan-rules §4.1 rows): a link's entries added up by plan year, weeks ×
 * hours a week, and lines pasted from a spreadsheet. Hours are summed in whole ten-thousandths
 * (lib/hour-units.ts), so no float drift moves a total across 500 or 1,000.
 */
import { readDate, readHours, readYear } from "../../parse";
import { pastedRows, splitPastedLine } from "../../paste";
import { yearOf, type IsoDate } from "../../dates";
import { fromHourUnits, toHourUnits } from "../../hour-units";
import type { HoursEntry } from "../../rules/hours";
import { formatHours } from "../../words/format";
import type { HoursModeWords } from "./words";

/**
 * Dated entries summed by plan year, as the rows show them: entries on or before the as-of date
 * only (those after it are hours ahead), each total as text a row takes ("1,300").
 */
export function totalsByYear(entries: readonly HoursEntry[], asOf: IsoDate): { byYear: Record<string, string>; ahead: number } {
  const units = new Map<number, number>();
  let ahead = 0;
  for (const entry of entries) {
    if (entry.date > asOf) {
      ahead += 1;
      continue;
    }
    const year = yearOf(entry.date);
    units.set(year, (units.get(year) ?? 0) + toHourUnits(entry.hours));
  }
  const byYear: Record<string, string> = {};
  for (const [year, total] of units) byYear[String(year)] = formatHours(fromHourUnits(total));
  return { byYear, ahead };
}

/** Weeks × hours a week, exact to the ten-thousandth of an hour; null when either is not a number. */
export function weeksTimesHours(weeksText: string, perWeekText: string): number | null {
  const weeks = readHours(weeksText);
  const perWeek = readHours(perWeekText);
  if (!weeks.ok || !perWeek.ok) return null;
  // Both have at most 4 decimals: the product is a whole number of 10^-8 hours; round to 10^-4.
  const product = (toHourUnits(weeks.value) * toHourUnits(perWeek.value)) / 10_000;
  return fromHourUnits(Math.round(product));
}

export interface Pasted {
  /** Year → hours text, for the years read. */
  byYear: Record<string, string>;
  /** One message for each line that could not be read ("Line 3: …"). */
  problems: string[];
}

/**
 * Lines pasted from a spreadsheet: a year (or a date, whose year is taken) and hours, read as every
 * page reads them (lib/paste.ts: a tab, a semicolon, a comma or spaces; a first line with no digit
 * that names the hours is a header, skipped; a line with a third value is refused). Lines of one
 * year are added up. Years outside `years` are reported, not used.
 */
export function readPasted(text: string, years: readonly number[], words: HoursModeWords): Pasted {
  const units = new Map<number, number>();
  const problems: string[] = [];
  for (const row of pastedRows(text, "hours").rows) {
    const problem = readPastedLine(row.text.trim(), row.line, years, units, words);
    if (problem !== null) problems.push(problem);
  }
  const byYear: Record<string, string> = {};
  for (const [year, total] of units) byYear[String(year)] = formatHours(fromHourUnits(total));
  return { byYear, problems };
}

/** Line `number`'s hours added to its year's units; what is wrong with the line otherwise. */
function readPastedLine(line: string, number: number, years: readonly number[], units: Map<number, number>, words: HoursModeWords): string | null {
  const cells = splitPastedLine(line);
  const first = cells[0] ?? "";
  const year = readYear(first);
  // Four digits outside the years a date may have are a year still, and not one of the plan years.
  const date = year.ok || year.outOfRange ? null : readDate(first, "typed");
  if (date !== null && !date.ok) return words.pastedNotYear(number, line);
  const hours = readHours(cells[1] || "(none)");
  if (!hours.ok) return words.pastedHoursProblem(number, words.readProblem(hours));
  // A third value is refused, as /hr/forfeitures and /hr/eligibility refuse it (it was read as the first two).
  if (cells.length > 2) return words.pastedTooMany(number);
  const value = year.ok ? year.value : date !== null && date.ok ? yearOf(date.value) : null;
  if (value === null || !years.includes(value)) return words.pastedNotPlanYear(number, String(value ?? first), years[0]!, years[years.length - 1]!);
  units.set(value, (units.get(value) ?? 0) + toHourUnits(hours.value));
  return null;
}
