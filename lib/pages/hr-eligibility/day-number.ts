/**
 * Calendar dates as integers, for the roster's hot loops (100,000 employees, 1,200,000 hours rows).
 *
 * A date is the number yyyymmdd (2002-03-15 → 20020315): integers compare in calendar order, as the
 * ISO strings of lib/dates do. These helpers follow lib/dates' rules exactly (a real calendar date,
 * year 1 or later; the anniversary of February 29 is March 1 in a common year, or February 28 by
 * plan option); test/unit/roster-day-number.test.ts checks them against lib/dates.
 */
import { daysFromCivil, packedCivilFromDays, type Feb29Anniversary } from "../../dates";

export type DayNumber = number;

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeap(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** `YYYY-MM-DD` → yyyymmdd, or −1 when the text is not exactly a real calendar date. */
export function dayNumberOf(text: string): DayNumber {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return -1;
  let value = 0;
  for (let i = 0; i < 10; i += 1) {
    if (i === 4 || i === 7) continue;
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  const year = Math.floor(value / 10000);
  const month = Math.floor(value / 100) % 100;
  const day = value % 100;
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return -1;
  return value;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

export function isoOfDayNumber(value: DayNumber): string {
  return `${pad(Math.floor(value / 10000), 4)}-${pad(Math.floor(value / 100) % 100, 2)}-${pad(value % 100, 2)}`;
}

/** Days since 1970-01-01 of a civil date (lib/dates' days_from_civil). */
export function epochDayOf(value: DayNumber): number {
  return daysFromCivil(Math.floor(value / 10000), Math.floor(value / 100) % 100, value % 100);
}

/** The civil date of a day count since 1970-01-01 (lib/dates' civil_from_days). */
export function dayNumberOfEpochDay(epochDay: number): DayNumber {
  return packedCivilFromDays(epochDay);
}

/** "Day N following date D" is D + N days (plan-rules §1). */
export function addDaysToDayNumber(value: DayNumber, days: number): DayNumber {
  return dayNumberOfEpochDay(epochDayOf(value) + days);
}

export function daysFromTo(from: DayNumber, to: DayNumber): number {
  return epochDayOf(to) - epochDayOf(from);
}

/** The n-th anniversary (plan-rules §1): February 29 falls on March 1 (or February 28) in a common year. */
export function anniversaryOfDayNumber(value: DayNumber, years: number, feb29: Feb29Anniversary = "march1"): DayNumber {
  const monthDay = value % 10000;
  const year = Math.floor(value / 10000) + years;
  if (monthDay === 229 && !isLeap(year)) return year * 10000 + (feb29 === "march1" ? 301 : 228);
  return year * 10000 + monthDay;
}
