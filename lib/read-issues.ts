/**
 * What a reader of typed input (lib/parse.ts) found wrong, as facts: a code and the figures it
 * needs, never a sentence. The sentences are written once per language, from these facts, in
 * lib/words/<language>/problems.ts (`problemWords`), so a page or the API says the same problem
 * in English or in Spanish.
 *
 * The limits of reading live here too, so that lib/parse.ts and the words modules share them
 * without importing each other.
 */

/** The largest amount the calculator accepts: a trillion dollars. */
export const MAX_MONEY = "1000000000000";

/** The most hours one entry may credit: every hour of a leap year (366 × 24). */
export const MAX_HOURS_PER_ENTRY = 8784;

/** The years a date may have. */
export const MIN_DATE_YEAR = 1800;
export const MAX_DATE_YEAR = 2200;

/** Money that is not an amount, or an amount the calculator does not take. */
export type MoneyIssue =
  | { code: "notAnAmount" }
  | { code: "misplacedComma" }
  | { code: "negative" }
  | { code: "cents" }
  /** "2.500": likely 2,500 written with points for thousands; `grouped` "2,500", `digits` "2500". */
  | { code: "pointThousands"; grouped: string; digits: string }
  | { code: "moneyTooLarge"; max: string };

/** Hours that are not a number of hours, or more than one entry may credit. */
export type HoursIssue = { code: "notHours" } | { code: "negative" } | { code: "tooManyHours"; max: number } | { code: "hourDecimals" };

/** A date that is not written as asked, not real, or out of range. */
export type DateIssue =
  | { code: "notIsoDate" }
  /** A US date (03/15/2002) where only YYYY-MM-DD is read (the API): `iso` is the date meant, as a hint. */
  | { code: "usDateInIso"; iso: string }
  | { code: "notTypedDate" }
  | { code: "notRealDate" }
  /** 13/05/2003: a slashed date is read month first, and there is no month 13. */
  | { code: "monthFirst"; month: number }
  | { code: "dateRange"; min: number; max: number };

/** A year that is not four digits, or outside the years asked for. */
export type YearIssue = { code: "notAYear" } | { code: "yearRange"; min: number; max: number };

/**
 * A number outside its range. `examples` are figures as written ("6", "10"); a range's `example`
 * ("6 or 10") lists them joined by " or ".
 */
export type NumberIssue =
  | { code: "notANumber"; min: number; max: number; whole: boolean; examples: readonly string[] }
  | { code: "tooSmall"; min: number }
  | { code: "tooLarge"; max: number };

/** Every problem a reader of lib/parse.ts reports. */
export type ReadIssue = MoneyIssue | HoursIssue | DateIssue | YearIssue | NumberIssue;

export type ReadIssueCode = ReadIssue["code"];

/** A range's example figures: "6 or 10" → ["6", "10"]. */
export function examplesOf(example: string): string[] {
  return example.split(" or ").map((figure) => figure.trim());
}
