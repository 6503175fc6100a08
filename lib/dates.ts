/**
 * Calendar dates, written once (plan-rules §1).
 *
 * Dates are `YYYY-MM-DD` strings: no times, no time zones. Strings of that form sort in calendar
 * order, so comparisons are plain string comparisons. date-fns does the calendar arithmetic; the
 * plan's own anniversary rule is written here because date-fns' `addYears(2000-02-29, 1)` gives
 * 2001-02-28, and the plan's default gives 2001-03-01.
 */
import { addDays as addDaysFns, differenceInCalendarDays, format, isLeapYear, addMonths as addMonthsFns } from "date-fns";

export type IsoDate = string;

/** plan-rules §1: the anniversary of February 29 in a common year (plan option). */
export type Feb29Anniversary = "march1" | "feb28";

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface CalendarDay {
  year: number;
  month: number; // 1–12
  day: number;
}

/** Reads `YYYY-MM-DD`; null for anything else, including impossible dates such as 2003-02-29. */
export function parseIsoDate(text: string): CalendarDay | null {
  const match = ISO.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== null;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(localDate(year, 1, 1)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function localDate(year: number, month: number, day: number): Date {
  const date = new Date(year, month - 1, day);
  if (year < 100) date.setFullYear(year);
  return date;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

export function isoOf(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function toDate(iso: IsoDate): Date {
  const parts = parseIsoDate(iso);
  if (!parts) throw new RangeError(`not a calendar date: ${iso}`);
  return localDate(parts.year, parts.month, parts.day);
}

function fromDate(date: Date): IsoDate {
  return date.getFullYear() < 1000
    ? isoOf(date.getFullYear(), date.getMonth() + 1, date.getDate())
    : format(date, "yyyy-MM-dd");
}

/** "Day N following date D" is D + N days (plan-rules §1). */
export function addDays(iso: IsoDate, days: number): IsoDate {
  return fromDate(addDaysFns(toDate(iso), days));
}

/** Adds calendar months, date-fns style (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  return fromDate(addMonthsFns(toDate(iso), months));
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(toDate(to), toDate(from));
}

export function yearOf(iso: IsoDate): number {
  return Number(iso.slice(0, 4));
}

export function startOfYear(year: number): IsoDate {
  return isoOf(year, 1, 1);
}

export function endOfYear(year: number): IsoDate {
  return isoOf(year, 12, 31);
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
  const parts = parseIsoDate(iso);
  if (!parts) throw new RangeError(`not a calendar date: ${iso}`);
  const year = parts.year + years;
  if (parts.month === 2 && parts.day === 29 && daysInMonth(year, 2) === 28) {
    return feb29 === "march1" ? isoOf(year, 3, 1) : isoOf(year, 2, 28);
  }
  return isoOf(year, parts.month, parts.day);
}

/** "12 months beginning on D" ends the day before D's first anniversary (2002-03-15 → 2003-03-14). */
export function endOfTwelveMonths(start: IsoDate, feb29: Feb29Anniversary = "march1"): IsoDate {
  return addDays(anniversary(start, 1, feb29), -1);
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
