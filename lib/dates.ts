/**
 * Calendar dates, written once (plan-rules §1).
 *
 * Dates are `YYYY-MM-DD` strings: no times, no time zones. Strings of that form sort in calendar
 * order, so comparisons are plain string comparisons. date-fns does the calendar arithmetic; the
 * plan's own anniversary rule is written here because date-fns' `addYears(2000-02-29, 1)` gives
 * 2001-02-28, and the plan's default gives 2001-03-01.
 */
import { addMonths as addMonthsFns } from "date-fns";

export type IsoDate = string;

/** plan-rules §1: the anniversary of February 29 in a common year (plan option). */
export type Feb29Anniversary = "march1" | "feb28";

/**
 * A calendar date packed as the integer yyyymmdd (2004-03-15 → 20040315). Packed dates compare in
 * calendar order, as ISO strings do, and fill typed arrays: the hours ledger and the roster hold
 * millions of them. The brand is a type only (no cost at run time): an epoch day, or any other
 * number, cannot be passed for one without saying so (`as PackedDate`, where a typed array is read).
 */
export type PackedDate = number & { readonly __brand: "PackedDate" };

/** Days since 1970-01-01 (see `epochDay`): branded so a packed date cannot be passed for one, nor one for a packed date. */
export type EpochDay = number & { readonly __brand: "EpochDay" };

export interface CalendarDay {
  year: number;
  month: number; // 1–12
  day: number;
}

/** Reads `YYYY-MM-DD`; null for anything else, including impossible dates such as 2003-02-29. */
export function parseIsoDate(text: string): CalendarDay | null {
  const packed = text.length === 10 ? packedIsoDateAt(text, 0) : 0;
  if (packed === 0) return null;
  return { year: Math.floor(packed / 10000), month: Math.floor(packed / 100) % 100, day: packed % 100 };
}

/**
 * The ten characters of `text` from `at`, read as `YYYY-MM-DD`: the date packed (yyyymmdd), or 0
 * when they are not a real calendar date. Character by character, no regular expression and no
 * substring: rosters read millions of dates, straight out of the file's text.
 */
export function packedIsoDateAt(text: string, at: number): PackedDate | 0 {
  if (text.charCodeAt(at + 4) !== 45 || text.charCodeAt(at + 7) !== 45) return 0;
  for (let i = at; i < at + 10; i += 1) {
    if (i === at + 4 || i === at + 7) continue;
    const code = text.charCodeAt(i);
    if (!(code >= 48 && code <= 57)) return 0;
  }
  const year = digits(text, at, at + 4);
  const month = digits(text, at + 5, at + 7);
  const day = digits(text, at + 8, at + 10);
  if (year < 1 || month < 1 || month > 12 || day < 1) return 0;
  if (day > daysInMonth(year, month)) return 0;
  return (year * 10000 + month * 100 + day) as PackedDate;
}

/** The number written in text[from, to), read digit by digit (no allocation: this is a hot path). */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i += 1) value = value * 10 + (text.charCodeAt(i) - 48);
  return value;
}

/** The Gregorian leap-year rule (date-fns' isLeapYear needs a Date; this is a hot path). */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function localDate(year: number, month: number, day: number): Date {
  const date = new Date(2000, 0, 1);
  date.setFullYear(year, month - 1, day);
  return date;
}

/** "-01" … "-31", read from a table: every date the rules derive is written by isoOf (a hot path). */
const DASH_TWO_DIGITS = Array.from({ length: 32 }, (_, value) => (value < 10 ? `-0${value}` : `-${value}`));

export function isoOf(year: number, month: number, day: number): IsoDate {
  const yyyy = year >= 1000 ? String(year) : String(year).padStart(4, "0");
  return yyyy + (DASH_TWO_DIGITS[month] ?? `-${month}`) + (DASH_TWO_DIGITS[day] ?? `-${day}`);
}

function toDate(iso: IsoDate): Date {
  const parts = parseIsoDate(iso);
  if (!parts) throw new RangeError(`not a calendar date: ${iso}`);
  return localDate(parts.year, parts.month, parts.day);
}

function fromDate(date: Date): IsoDate {
  return isoOf(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/**
 * Epoch days: days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's
 * days_from_civil). Calendar-day arithmetic without Date objects or time zones.
 */
export function epochDay(iso: IsoDate): EpochDay {
  const packed = packedOrThrow(iso);
  return daysFromCivil(Math.floor(packed / 10000), Math.floor(packed / 100) % 100, packed % 100);
}

/** `YYYY-MM-DD` packed, checked (a RangeError for anything that is not a calendar date); no allocation. */
function packedOrThrow(iso: IsoDate): PackedDate {
  const packed = iso.length === 10 ? packedIsoDateAt(iso, 0) : 0;
  if (packed === 0) throw new RangeError(`not a calendar date: ${iso}`);
  return packed;
}

/** Days since 1970-01-01 of a calendar date (proleptic Gregorian; H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): EpochDay {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return (era * 146097 + dayOfEra - 719468) as EpochDay;
}

/** `YYYY-MM-DD` → yyyymmdd. The text must already be a date (read by lib/parse.ts or a rule). */
export function packDate(iso: IsoDate): PackedDate {
  return (digits(iso, 0, 4) * 10000 + digits(iso, 5, 7) * 100 + digits(iso, 8, 10)) as PackedDate;
}

/** yyyymmdd → `YYYY-MM-DD`. */
export function unpackDate(packed: PackedDate): IsoDate {
  return isoOf(Math.floor(packed / 10000), Math.floor(packed / 100) % 100, packed % 100);
}

/** The calendar date of an epoch day, packed (H. Hinnant's civil_from_days; no allocation). */
function packedOfEpochDay(days: EpochDay): PackedDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return ((year * 100 + month) * 100 + day) as PackedDate;
}

/** "Day N following date D" is D + N days (plan-rules §1). */
export function addDays(iso: IsoDate, days: number): IsoDate {
  return unpackDate(addDaysPacked(packedOrThrow(iso), days));
}

/** A packed date plus `days` calendar days, packed (within the month without leaving integers). */
function addDaysPacked(packed: PackedDate, days: number): PackedDate {
  const day = packed % 100 + days;
  if (day >= 1 && day <= 28) return (packed + days) as PackedDate;
  const year = Math.floor(packed / 10000);
  const month = Math.floor(packed / 100) % 100;
  if (day >= 1 && day <= daysInMonth(year, month)) return (packed + days) as PackedDate;
  return packedOfEpochDay((daysFromCivil(year, month, packed % 100) + days) as EpochDay);
}

/** Adds calendar months, date-fns style (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  return fromDate(addMonthsFns(toDate(iso), months));
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return epochDay(to) - epochDay(from);
}

export function yearOf(iso: IsoDate): number {
  return digits(iso, 0, 4);
}

/** January 1 and December 31 of each year asked for, written once (plan years are asked for on every period). */
const yearStarts: (IsoDate | undefined)[] = new Array<IsoDate | undefined>(10000);
const yearEnds: (IsoDate | undefined)[] = new Array<IsoDate | undefined>(10000);

export function startOfYear(year: number): IsoDate {
  if (!(year >= 0 && year < 10000 && Number.isInteger(year))) return isoOf(year, 1, 1);
  return (yearStarts[year] ??= isoOf(year, 1, 1));
}

export function endOfYear(year: number): IsoDate {
  if (!(year >= 0 && year < 10000 && Number.isInteger(year))) return isoOf(year, 12, 31);
  return (yearEnds[year] ??= isoOf(year, 12, 31));
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

/**
 * The n-th anniversary of a date: the same month and day n years later. The anniversary of
 * February 29 in a common year is March 1 (default) or February 28 (plan option).
 */
export function anniversary(iso: IsoDate, years: number, feb29: Feb29Anniversary = "march1"): IsoDate {
  return unpackDate(anniversaryPacked(packedOrThrow(iso), years, feb29));
}

/** The n-th anniversary of a packed date, packed (as `anniversary`). */
function anniversaryPacked(packed: PackedDate, years: number, feb29: Feb29Anniversary = "march1"): PackedDate {
  const monthDay = packed % 10000;
  const year = Math.floor(packed / 10000) + years;
  if (monthDay === 229 && !isLeapYear(year)) return (year * 10000 + (feb29 === "march1" ? 301 : 228)) as PackedDate;
  return (year * 10000 + monthDay) as PackedDate;
}

/** "12 months beginning on D" ends the day before D's first anniversary (2002-03-15 → 2003-03-14). */
export function endOfTwelveMonths(start: IsoDate, feb29: Feb29Anniversary = "march1"): IsoDate {
  return unpackDate(addDaysPacked(anniversaryPacked(packedOrThrow(start), 1, feb29), -1));
}

/**
 * Whole years completed from `from` to `to`: the largest n whose n-th anniversary of `from` is on
 * or before `to`. Age is the completed years since birth (someone born 2000-02-29 is 1 on 2001-03-01).
 */
export function completedYears(from: IsoDate, to: IsoDate, feb29: Feb29Anniversary = "march1"): number {
  if (to < from) return 0;
  let years = yearOf(to) - yearOf(from);
  while (years > 0 && anniversary(from, years, feb29) > to) years -= 1;
  return years;
}

/**
 * Completed years of service through a last day of employment (plan-rules §1): "A last day of
 * employment L is worked in full, so service through L is the completed years at L + 1 day:
 * start 2001-05-14, last day 2004-05-13 → 3 years. A form that asks for the last day worked
 * converts it this way; an asOf date is a date, not a last day."
 */
export function completedYearsThroughLastDay(start: IsoDate, lastDay: IsoDate, feb29: Feb29Anniversary = "march1"): number {
  return completedYears(start, addDays(lastDay, 1), feb29);
}

/** The day a person attains age n: the n-th anniversary of birth (plan-rules §1). */
export function dateAttainingAge(birthDate: IsoDate, age: number, feb29: Feb29Anniversary = "march1"): IsoDate {
  return anniversary(birthDate, age, feb29);
}

/** Long, unambiguous form for sentences: "March 15, 2004". */
export function longDate(iso: IsoDate): string {
  const parts = parseIsoDate(iso);
  if (!parts) return iso;
  const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  return `${months[parts.month - 1]} ${parts.day}, ${parts.year}`;
}

/**
 * A sentence with its ISO dates written in words, for the screen ("plan year 2003 ends 2003-12-31"
 * → "… ends December 31, 2003"). What is not a real date (a value quoted from bad input) stays as
 * it is. Files and the API keep ISO dates.
 */
export function datesInWords(text: string): string {
  return text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (iso) => longDate(iso));
}
