/**
 * The problems of typed input in English: each issue a reader of lib/parse.ts reports
 * (lib/read-issues.ts), as the fragment that follows a field's name ("Birth date" + " is not a
 * real calendar date …"), without a final period. Each text is written once, in `problemWords`;
 * the constants below are its words for the usual facts. The same functions and constants as
 * lib/words/es/problems.ts.
 */
import { examplesOf, MAX_DATE_YEAR, MAX_HOURS_PER_ENTRY, MAX_MONEY, MIN_DATE_YEAR, type ReadIssue } from "../../read-issues";
import type { ReadFailure, WordedFailure } from "../../parse";

/** "1000000000000" → "1,000,000,000,000". */
const grouped = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");

const NOT_NEGATIVE = "must not be negative";
const CENTS = "must have at most 2 decimals (whole cents)";
const NOT_ISO = "must be a date written YYYY-MM-DD, such as 2002-03-15";
const MONTH_FIRST: string = "is not a real calendar date: a date written with slashes is read month first (MM/DD/YYYY), and there is no month";

/** A failed read in words: the issue written here, or the words a page's own reader gave. */
export function failureWords(failure: ReadFailure | WordedFailure): string {
  return "problem" in failure ? failure.problem : problemWords(failure.issue);
}

/** An issue of lib/parse.ts in words: the fragment after the field's name, without a final period. */
export function problemWords(issue: ReadIssue): string {
  switch (issue.code) {
    case "notAnAmount":
      return 'must be an amount in dollars, such as "1234.50"';
    case "misplacedComma":
      return "has a comma that does not separate thousands; write cents after a point (1.23) and group thousands by three (1,234.50)";
    case "negative":
      return NOT_NEGATIVE;
    case "cents":
      return CENTS;
    case "pointThousands":
      return `${CENTS}; if you mean ${issue.grouped} dollars, write ${issue.digits} or ${issue.grouped}`;
    case "moneyTooLarge":
      return `must be at most $${grouped(issue.max)}`;
    case "notHours":
      return "must be a number of hours, such as 80 or 7.5";
    case "tooManyHours":
      return `must be at most ${issue.max} (every hour of a leap year)`;
    case "hourDecimals":
      // Hours are credited in ten-thousandths of an hour (lib/hour-units.ts); finer figures would be
      // rounded, and 999.99996 would silently count as 1,000.
      return "must have at most 4 decimals (ten-thousandths of an hour)";
    case "notIsoDate":
      return NOT_ISO;
    case "usDateInIso":
      return `${NOT_ISO} (write ${issue.iso})`;
    case "notTypedDate":
      return "must be a date written MM/DD/YYYY or YYYY-MM-DD, such as 03/15/2002 or 2002-03-15";
    case "notRealDate":
      return "is not a real calendar date (for example, 2003-02-29 does not exist)";
    case "monthFirst":
      return `${MONTH_FIRST} ${issue.month}`;
    case "dateRange":
      return `must be a date from ${issue.min}-01-01 to ${issue.max}-12-31`;
    case "notAYear":
      return "must be a year written with four digits, such as 2003";
    case "yearRange":
      return `must be a year from ${issue.min} to ${issue.max}`;
    case "notANumber":
      return `must be ${issue.whole ? "a whole number" : "a number"} from ${issue.min} to ${issue.max}, such as ${issue.examples.join(" or ")}`;
    case "tooSmall":
      return issue.min === 0 ? NOT_NEGATIVE : `must be at least ${issue.min}`;
    case "tooLarge":
      return `must be at most ${issue.max}`;
  }
}

export const MONEY_PROBLEMS = {
  notAnAmount: problemWords({ code: "notAnAmount" }),
  misplacedComma: problemWords({ code: "misplacedComma" }),
  negative: problemWords({ code: "negative" }),
  cents: problemWords({ code: "cents" }),
  tooLarge: problemWords({ code: "moneyTooLarge", max: MAX_MONEY }),
} as const;

export const HOURS_PROBLEMS = {
  notHours: problemWords({ code: "notHours" }),
  negative: problemWords({ code: "negative" }),
  tooMany: problemWords({ code: "tooManyHours", max: MAX_HOURS_PER_ENTRY }),
  decimals: problemWords({ code: "hourDecimals" }),
} as const;

export const DATE_PROBLEMS = {
  notIso: problemWords({ code: "notIsoDate" }),
  notTyped: problemWords({ code: "notTypedDate" }),
  notReal: problemWords({ code: "notRealDate" }),
  /** The monthFirst problem before its month ("… and there is no month" + " 13"). */
  monthFirst: MONTH_FIRST,
  range: problemWords({ code: "dateRange", min: MIN_DATE_YEAR, max: MAX_DATE_YEAR }),
} as const;

export const YEAR_PROBLEMS = {
  notAYear: problemWords({ code: "notAYear" }),
  range: (years: { min: number; max: number }) => problemWords({ code: "yearRange", ...years }),
} as const;

/** The problems of a number outside `range` (its `example` lists figures joined by " or "). */
export function numberProblems(range: { min: number; max: number; whole?: boolean; example: string }) {
  return {
    notANumber: problemWords({ code: "notANumber", min: range.min, max: range.max, whole: range.whole === true, examples: examplesOf(range.example) }),
    tooSmall: problemWords({ code: "tooSmall", min: range.min }),
    tooLarge: problemWords({ code: "tooLarge", max: range.max }),
  };
}
