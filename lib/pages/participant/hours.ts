/**
 * Hours of service on the participant page (plan-rules §4.1): a total for each plan year, or the
 * dated entries a link gave, turned into the dated entries the vesting rule counts.
 *
 * How a plan year's total becomes a dated entry. The rule counts an entry in the period that
 * contains its date, and credits a year of service on the date of the entry that reaches 1,000
 * hours. A total for a past plan year is dated December 31 of that year: all of it falls in that
 * plan year, and the year counts from its last day at the latest (the real day it reached 1,000
 * hours may be earlier; it never changes how many years there are on the as-of date, which is
 * after December 31). The current year's hours "so far" are dated on the as-of date: they are
 * hours worked by then, so they count today, and the year is a year of service today if they
 * reach 1,000. The page says this in words beside the rows (`HOURS_DATING`).
 */
import { isoOf, yearOf, type IsoDate } from "../../dates";
import { exactYear, readDate, readHours } from "../../parse";
import type { HoursEntry } from "../../rules/hours";
import type { ParticipantWords } from "./words";

/** One dated hours entry as a link gave it, in the API's names (text as given). */
export interface HoursEntryText {
  date: string;
  hours: string;
}

/** The plan years that get a row: from the year of the first hour to the year of the as-of date. */
export function hoursYears(start: IsoDate, asOf: IsoDate): number[] {
  const years: number[] = [];
  for (let year = yearOf(start); year <= yearOf(asOf); year += 1) years.push(year);
  return years;
}

/** The date a plan year's total is given: December 31 for a past year, the as-of date for the current one. */
export function yearEntryDate(year: number, asOf: IsoDate): IsoDate {
  return year < yearOf(asOf) ? isoOf(year, 12, 31) : asOf;
}

const YEAR_KEY = "hoursByYear.";

/** The field key of a plan year's row, as the fragment names it: "hoursByYear.2003". */
export const yearKey = (year: number) => `${YEAR_KEY}${year}`;

/** The plan year a field key names ("hoursByYear.2003" → 2003, read by lib/parse.ts), or null for any other key. */
export function yearOfKey(key: string): number | null {
  return key.startsWith(YEAR_KEY) ? exactYear(key.slice(YEAR_KEY.length)) : null;
}

/** The element id of a year's row: "f-hoursByYear-2003". */
export const yearFieldId = (year: number) => `f-hoursByYear-${year}`;

/** A row's label: "Hours in 2003", "Hours in 2005 so far". */
export function yearLabel(year: number, asOf: IsoDate, words: ParticipantWords): string {
  return words.yearLabel(year, year === yearOf(asOf));
}

export interface HoursRead {
  entries: HoursEntry[];
  /** Messages by field key (`hoursByYear.2003`, `hours.2.date`, `hours.2.hours`). */
  errors: Record<string, string>;
  /** At least one row or entry was filled in. */
  given: boolean;
}

/**
 * The year rows as dated entries: one per year filled in (an empty year has no hours). A year
 * outside the rows (before the start, after the as-of year) is not used.
 */
export function yearEntries(hoursByYear: Readonly<Record<string, string>>, start: IsoDate, asOf: IsoDate, words: ParticipantWords): HoursRead {
  const entries: HoursEntry[] = [];
  const errors: Record<string, string> = {};
  let given = false;
  for (const year of hoursYears(start, asOf)) {
    const text = hoursByYear[String(year)] ?? "";
    if (text.trim() === "") continue;
    given = true;
    const read = readHours(text);
    if (read.ok) entries.push({ date: yearEntryDate(year, asOf), hours: read.value });
    else errors[yearKey(year)] = words.yearProblem(yearLabel(year, asOf, words), words.readProblem(read));
  }
  return { entries, errors, given };
}

/**
 * Entries as a link gave them, read one by one as the API reads them, each named by its place
 * ("entry 3" is `hours.2.*`). Dated before the start: an error, as in the API.
 */
export function linkEntries(list: readonly HoursEntryText[], start: IsoDate | null, words: ParticipantWords): HoursRead {
  const entries: HoursEntry[] = [];
  const errors: Record<string, string> = {};
  list.forEach((entry, index) => {
    const date = readDate(entry.date.trim() === "" ? "(none)" : entry.date, "typed");
    const hours = readHours(entry.hours.trim() === "" ? "(none)" : entry.hours);
    if (!date.ok) errors[`hours.${index}.date`] = words.entryDateProblem(index, words.readProblem(date));
    else if (start !== null && date.value < start) errors[`hours.${index}.date`] = words.entryBeforeStart(index, date.value, start);
    if (!hours.ok) errors[`hours.${index}.hours`] = words.entryHoursProblem(index, words.readProblem(hours));
    if (date.ok && hours.ok && !errors[`hours.${index}.date`]) entries.push({ date: date.value, hours: hours.value });
  });
  return { entries, errors, given: list.length > 0 };
}
