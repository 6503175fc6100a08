/**
 * The one reader of typed input: money, hours, dates and numbers, as a person types them on a form,
 * pastes them from a spreadsheet or a payroll file holds them, and as the JSON API receives them.
 *
 * Every surface reads text through these functions: the zod schemas of the API (lib/api/schemas.ts),
 * the participant page, the one-employee form and its paste helper, the roster's CSV rows and the
 * forfeiture pages. So "3.200" is refused everywhere (three decimals), "1,5" is never 15 hours, and
 * 1700-01-01 is out of range everywhere.
 *
 * A reader answers `{ ok: true, value }` or `{ ok: false, issue }`: `issue` is what is wrong, as
 * facts (lib/read-issues.ts). Each language writes it once, with its `problemWords`
 * (lib/words/<language>/problems.ts), as the fragment that completes a sentence starting with the
 * field's name: "Birth date" + " is not a real calendar date …". Nothing here writes words, so a page
 * loads only its own language's.
 * Nothing here uses binary floating point for money: an amount is read into a Decimal from its text.
 */
import { isoOf, packedIsoDateAt, parseIsoDate, type IsoDate, type PackedDate } from "./dates";
import { Dec, type Money } from "./money";
import { fromHourUnits, HOUR_UNITS_PER_HOUR, toHourUnits } from "./hour-units";
import { examplesOf, MAX_DATE_YEAR, MAX_HOURS_PER_ENTRY, MAX_MONEY, MIN_DATE_YEAR, type ReadIssue } from "./read-issues";
export { MAX_DATE_YEAR, MAX_HOURS_PER_ENTRY, MAX_MONEY, MIN_DATE_YEAR, type ReadIssue } from "./read-issues";

/** A failed read: what is wrong, as facts. */
export interface ReadFailure {
  ok: false;
  issue: ReadIssue;
}

/** What a reader of this module answers: the value, or a failure with its issue. */
export type Checked<T> = { ok: true; value: T } | ReadFailure;

/** A failed read of a page's own reader, in that page's words: there is no issue to write. */
export interface WordedFailure {
  ok: false;
  problem: string;
}

/**
 * A read as a page handles it: a page's own readers may fail with a problem in their own words
 * (`WordedFailure`); every reader here gives an issue (`Checked`).
 */
export type Read<T> = { ok: true; value: T } | ReadFailure | WordedFailure;

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const fail = (issue: ReadIssue): ReadFailure => ({ ok: false, issue });

/** Leading minus signs a person may type: ASCII hyphen-minus, the minus sign, an en dash. */
const MINUS = /^[-\u2212\u2013]/;

// Money ---------------------------------------------------------------------------------------

/** The most participants one forfeiture allocation may list (the API's and the page's limit). */
export const MAX_PARTICIPANTS = 100_000;

const MAX_MONEY_DEC = new Dec(MAX_MONEY);

/** An amount as written: an optional $, digits with commas only between groups of three, decimals. */
const TYPED_MONEY = /^\$?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?$/;
/** Points where commas group thousands, as in much of Europe and Latin America: "2.500", "1.234.567". */
const POINT_THOUSANDS = /^\$?[1-9]\d{0,2}(\.\d{3})+$/;
/** Digits and commas, but not in groups of three: "1,23", "12,5", "1,2345". */
const COMMA_AMOUNT = /^\$?[\d,]*,[\d,]*(\.\d+)?$/;

/**
 * Reads an amount of money: a JSON number (read through its shortest decimal text, so JSON's 0.1
 * is exactly 0.1), or text as a person types it ("12,500.01", "$80,000", "3.20"). At most 2
 * decimals, not negative, at most a trillion dollars. "1,23" is refused, not read as 123.
 */
export function readMoney(value: string | number): Checked<Money> {
  let text: string;
  let negative = false;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return fail({ code: "notAnAmount" });
    text = String(value);
  } else {
    const typed = value.trim();
    negative = MINUS.test(typed);
    const body = negative ? typed.slice(1).trim() : typed;
    if (!TYPED_MONEY.test(body)) return fail({ code: COMMA_AMOUNT.test(body) ? "misplacedComma" : "notAnAmount" });
    text = body.replace(/[$,]/g, "");
  }
  const amount = new Dec(text);
  if ((negative || amount.isNegative()) && !amount.isZero()) return fail({ code: "negative" });
  // Decimals as written: "3.200" has three, though it is worth 3.2 (it may be 3,200 typed the
  // European way, so it is refused rather than read as $3.20).
  const dot = text.indexOf(".");
  if (amount.decimalPlaces() > 2 || (dot >= 0 && !text.includes("e") && text.length - dot - 1 > 2)) {
    // Typed "2.500": likely 2,500 written with points for thousands; say so, and refuse it still.
    if (typeof value === "string" && POINT_THOUSANDS.test(value.trim())) {
      return fail({ code: "pointThousands", grouped: text.replaceAll(".", ","), digits: text.replaceAll(".", "") });
    }
    return fail({ code: "cents" });
  }
  if (amount.greaterThan(MAX_MONEY_DEC)) return fail({ code: "moneyTooLarge", max: MAX_MONEY });
  return ok(amount.isZero() ? new Dec(0) : amount);
}

/**
 * readMoney, answering whole cents (a number: at most a trillion dollars is 10^14 cents, exact in
 * a double). The common case, plain digits with up to 2 decimals ("1234.50", JSON's 235.8), is
 * read character by character with no Decimal; anything else goes through readMoney, which says
 * what is wrong or reads it.
 */
export function readMoneyCents(value: string | number): Checked<number> {
  const text = typeof value === "number" ? String(value) : value;
  const quick = plainCentsIn(text, 0, text.length);
  if (quick >= 0) return ok(quick);
  const read = readMoney(value);
  return read.ok ? ok(Number(read.value.toFixed(2).replace(".", ""))) : read;
}

const MAX_MONEY_CENTS = Number(MAX_MONEY + "00");

/** Plain digits, optionally a point and 1 or 2 digits, in `text[start, end)`, as cents; −1 for anything else. */
export function plainCentsIn(text: string, start: number, end: number): number {
  const length = end - start;
  if (length <= 0 || length > 16) return -1;
  let cents = 0;
  let decimals = -1;
  for (let i = start; i < end; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 46) {
      if (decimals >= 0 || i === start || i === end - 1 || end - i - 1 > 2) return -1;
      decimals = 0;
    } else if (code >= 48 && code <= 57) {
      cents = cents * 10 + (code - 48);
      if (decimals >= 0) decimals += 1;
    } else return -1;
  }
  for (let d = Math.max(0, decimals); d < 2; d += 1) cents *= 10;
  return cents <= MAX_MONEY_CENTS ? cents : -1;
}

// Hours ---------------------------------------------------------------------------------------

/** Hours as written: digits (commas only between groups of three), optionally a point and decimals. */
const TYPED_HOURS = /^(\d+|\d{1,3}(,\d{3})+)(\.\d*)?$|^\.\d+$/;

/**
 * Reads a number of hours: a JSON number, or text ("80", "7.5", "1,040"). Not negative, at most
 * 8,784 in one entry, at most 4 decimals. "1,5" is refused, not read as 15.
 */
export function readHours(value: string | number): Checked<number> {
  if (typeof value === "number") return checkHours(value, null);
  const quick = plainHours(value);
  if (quick >= 0) return ok(quick);
  const typed = value.trim();
  if (MINUS.test(typed)) return fail({ code: TYPED_HOURS.test(typed.slice(1).trim()) ? "negative" : "notHours" });
  const plain = typed.startsWith("+") ? typed.slice(1) : typed;
  if (!TYPED_HOURS.test(plain)) return fail({ code: "notHours" });
  const text = plain.replace(/,/g, "");
  return checkHours(Number(text), text);
}

/** `text` is the figure as written, or null for a JSON number (its shortest form, written only when needed). */
function checkHours(hours: number, text: string | null): Checked<number> {
  if (!Number.isFinite(hours)) return fail({ code: "notHours" });
  if (hours < 0) return fail({ code: "negative" });
  if (hours > MAX_HOURS_PER_ENTRY) return fail({ code: "tooManyHours", max: MAX_HOURS_PER_ENTRY });
  if (!atMostFourDecimals(hours, text)) return fail({ code: "hourDecimals" });
  return ok(hours === 0 ? 0 : hours);
}

/** Ten-thousandths of an hour in an hour: the units lib/hour-units.ts defines and lib/rules/hours counts in. */
const UNITS_PER_HOUR = HOUR_UNITS_PER_HOUR;

/** The common case: readHours' fast path (−1 for anything else, which the general path reads or refuses). */
function plainHours(text: string): number {
  const units = plainHourUnitsIn(text, 0, text.length);
  return units < 0 ? -1 : fromHourUnits(units);
}

/**
 * The common case of a number of hours, read character by character from `text[start, end)`
 * (rosters read a million hours cells, straight out of the file's text): digits, then optionally a
 * point and 1 to 4 digits, at most MAX_HOURS_PER_ENTRY, in ten-thousandths of an hour (the units
 * of lib/hour-units.ts). −1 for anything else: readHours then reads it or says what is wrong.
 * `fromHourUnits` of the answer is exactly the number `Number(text)` gives such text (both are the
 * double nearest the decimal), so the units are exactly `toHourUnits(readHours(text))`.
 */
export function plainHourUnitsIn(text: string, start: number, end: number): number {
  const length = end - start;
  if (length <= 0 || length > 9) return -1;
  let whole = 0;
  let fraction = 0;
  let decimals = -1;
  for (let i = start; i < end; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 46) {
      if (decimals >= 0 || i === start || i === end - 1 || end - i - 1 > 4) return -1;
      decimals = 0;
    } else if (code >= 48 && code <= 57) {
      if (decimals < 0) whole = whole * 10 + (code - 48);
      else {
        fraction = fraction * 10 + (code - 48);
        decimals += 1;
      }
    } else return -1;
  }
  for (let d = Math.max(0, decimals); d < 4; d += 1) fraction *= 10;
  const units = whole * UNITS_PER_HOUR + fraction;
  return units <= MAX_HOURS_PER_ENTRY * UNITS_PER_HOUR ? units : -1;
}

/** At most 4 decimals in the figure as written (for a JSON number, its shortest form). */
function atMostFourDecimals(hours: number, written: string | null): boolean {
  // A JSON number: n / 10,000 for a whole n is the figure itself exactly when its shortest form
  // has at most 4 decimals (exact far beyond any hours figure); only the rest are written out.
  if (written === null && fromHourUnits(toHourUnits(hours)) === hours) return true;
  const text = written ?? String(hours);
  if (text.includes("e")) return Number.isInteger(hours);
  const dot = text.indexOf(".");
  return dot < 0 || text.length - dot - 1 <= 4;
}

// Dates ---------------------------------------------------------------------------------------

const ISO_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
const US_SHAPE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * How a date may be written. `iso` (the API, the CSV files' documented form): `YYYY-MM-DD`.
 * `typed` (what a person types on a form or pastes): also the US form `MM/DD/YYYY` (`3/15/2002`),
 * read as month, day, year. The value is always the ISO date.
 */
export type DateForm = "iso" | "typed";

/** Reads a calendar date from 1800-01-01 to 2200-12-31; an impossible date (2003-02-29) is refused. */
export function readDate(value: string, form: DateForm = "iso"): Checked<IsoDate> {
  // The common case, a plain ISO date in range, needs no trimming and no regular expression.
  if (plainIsoDateIn(value, 0, value.length) !== 0) return ok(value);
  const text = value.trim();
  let iso = text;
  if (!ISO_SHAPE.test(text)) {
    const us = form === "typed" ? US_SHAPE.exec(text) : null;
    if (!us) return fail(form === "typed" ? { code: "notTypedDate" } : US_SHAPE.test(text) ? { code: "usDateInIso", iso: usToIsoHint(text) } : { code: "notIsoDate" });
    const month = Number(us[1]);
    const day = Number(us[2]);
    if (month > 12) return fail({ code: "monthFirst", month });
    if (month < 1 || day < 1 || day > 31) return fail({ code: "notRealDate" });
    iso = isoOf(Number(us[3]), month, day);
  }
  const parts = parseIsoDate(iso);
  if (!parts) return fail({ code: "notRealDate" });
  if (parts.year < MIN_DATE_YEAR || parts.year > MAX_DATE_YEAR) return fail({ code: "dateRange", min: MIN_DATE_YEAR, max: MAX_DATE_YEAR });
  return ok(iso);
}

/**
 * readDate's fast path on part of a text (a roster's cell, straight out of the file's text): the
 * date packed (yyyymmdd) when `text[start, end)` is exactly a real `YYYY-MM-DD` date from
 * MIN_DATE_YEAR to MAX_DATE_YEAR, else 0 (readDate then reads the cell or says what is wrong).
 */
export function plainIsoDateIn(text: string, start: number, end: number): PackedDate | 0 {
  if (end - start !== 10) return 0;
  const packed = packedIsoDateAt(text, start);
  return packed >= MIN_DATE_YEAR * 10000 + 101 && packed <= MAX_DATE_YEAR * 10000 + 1231 ? packed : 0;
}

/** "03/15/2002" → "2002-03-15" for a hint in the API's message. */
function usToIsoHint(text: string): string {
  const [, month = "", day = "", year = ""] = US_SHAPE.exec(text) ?? [];
  return `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
}

// Years ---------------------------------------------------------------------------------------

/** The years a year may be by default: the years a date may have (a year stands for a date in it). */
export const DATE_YEARS = { min: MIN_DATE_YEAR, max: MAX_DATE_YEAR } as const;

const FOUR_DIGITS = /^[0-9]{4}$/;

/** A year read, or why not: `outOfRange` when it is four digits outside the years asked for. */
export type YearRead = { ok: true; value: number } | (ReadFailure & { outOfRange: boolean });

/**
 * Reads a (plan) year as typed, pasted or named in a link's key: exactly four ASCII digits once
 * trimmed ("2003", " 2003 "), within `years` (by default MIN_DATE_YEAR to MAX_DATE_YEAR, the years
 * a date may have). "03", "2003.5", "+2003" and full-width "２００３" are not years; "0003" and
 * "2300" are four digits out of range (`outOfRange` says so, for a page that words it its way).
 */
export function readYear(value: string, years: { min: number; max: number } = DATE_YEARS): YearRead {
  const text = value.trim();
  if (!FOUR_DIGITS.test(text)) return { ...fail({ code: "notAYear" }), outOfRange: false };
  const year = Number(text);
  return year >= years.min && year <= years.max ? { ok: true, value: year } : { ...fail({ code: "yearRange", min: years.min, max: years.max }), outOfRange: true };
}

/** The year `text` is exactly (no spaces around it), or null: a link's key such as "hoursByYear.2003" names one so. */
export function exactYear(text: string): number | null {
  const read = readYear(text);
  return read.ok && text.length === 4 ? read.value : null;
}

// Numbers: percentages, years, counts ----------------------------------------------------------

export interface NumberRange {
  min: number;
  max: number;
  /** Whole numbers only (years to project). */
  whole?: boolean;
  /** Shown in the message: "such as 15 or 26.2" (figures joined by " or ": each language joins them its way). */
  example: string;
}

const TYPED_NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * Reads a number within a range: a JSON number, or text as typed ("15", "26.2", "6%", "−2").
 * A trailing % is allowed in text; it says nothing more than the field's name does.
 */
export function readNumber(value: string | number, range: NumberRange): Checked<number> {
  const notANumber = () => fail({ code: "notANumber", min: range.min, max: range.max, whole: range.whole === true, examples: examplesOf(range.example) });
  let number: number;
  if (typeof value === "number") number = value;
  else {
    const text = value.trim().replace(/%$/, "").trim().replace(MINUS, "-");
    if (!TYPED_NUMBER.test(text)) return notANumber();
    number = Number(text);
  }
  if (!Number.isFinite(number)) return notANumber();
  if (range.whole && !Number.isInteger(number)) return notANumber();
  if (number < range.min) return fail({ code: "tooSmall", min: range.min });
  if (number > range.max) return fail({ code: "tooLarge", max: range.max });
  return ok(number === 0 ? 0 : number);
}

/** The range of each numeric request field, shared by the API's schemas and the pages. */
export const RANGES = {
  yearsOfService: { min: 0, max: 100, example: "3" },
  deferralPercent: { min: 0, max: 100, example: "6 or 10" },
  matchPercentOfDeferral: { min: 0, max: 1000, example: "26.2 or 50" },
  annualReturnPercent: { min: -100, max: 100, example: "6" },
  salaryGrowthPercent: { min: -50, max: 50, example: "3" },
  years: { min: 1, max: 60, whole: true, example: "10" },
  /** The participant page's own: an inflation rate for figures in today's dollars. */
  inflationPercent: { min: -50, max: 50, example: "2.5" },
} as const satisfies Record<string, NumberRange>;
