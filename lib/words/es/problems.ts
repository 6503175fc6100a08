/**
 * The problems of typed input in Spanish: each issue a reader of lib/parse.ts reports
 * (lib/read-issues.ts), as the fragment that follows a field's name and a colon ("Fecha de
 * nacimiento: no es una fecha real del calendario …"), without a final period. The colon lets
 * every fragment stand after any field's name, whatever its gender and number. Figures are
 * written the US way ($1,000,000,000,000; 8,784 horas), dates in words where a person reads
 * them, and the forms to type in the letters a Spanish reader knows (AAAA-MM-DD). The same
 * functions and constants as lib/words/en/problems.ts.
 */
import { examplesOf, MAX_DATE_YEAR, MAX_HOURS_PER_ENTRY, MAX_MONEY, MIN_DATE_YEAR, type ReadIssue } from "../../read-issues";
import type { ReadFailure, WordedFailure } from "../../parse";
import { formatCount, formatHours } from "../format";
import { longDate } from "./format";

const NOT_NEGATIVE = "no puede ser menor que 0";
const CENTS = "debe tener como máximo 2 decimales (centavos enteros)";
const NOT_ISO = "debe ser una fecha escrita AAAA-MM-DD, como 2002-03-15";
const MONTH_FIRST: string = "no es una fecha real del calendario: una fecha escrita con barras se lee con el mes primero (MM/DD/AAAA), y no existe el mes";

/** A failed read in Spanish: the issue written here, or the words a page's own reader gave. */
export function failureWords(failure: ReadFailure | WordedFailure): string {
  return "problem" in failure ? failure.problem : problemWords(failure.issue);
}

/** An issue of lib/parse.ts in Spanish: the fragment after the field's name and a colon, without a final period. */
export function problemWords(issue: ReadIssue): string {
  switch (issue.code) {
    case "notAnAmount":
      return 'debe ser una cantidad en dólares, como "1234.50"';
    case "misplacedComma":
      return "tiene una coma que no separa miles; escriba los centavos después de un punto (1.23) y agrupe los miles de tres en tres (1,234.50)";
    case "negative":
      return NOT_NEGATIVE;
    case "cents":
      return CENTS;
    case "pointThousands":
      return `${CENTS}; si quiere decir ${issue.grouped} dólares, escriba ${issue.digits} o ${issue.grouped}`;
    case "moneyTooLarge":
      return `debe ser como máximo $${formatCount(Number(issue.max))}`;
    case "notHours":
      return "debe ser un número de horas, como 80 o 7.5";
    case "tooManyHours":
      return `debe ser como máximo ${formatHours(issue.max)} horas (todas las horas de un año bisiesto)`;
    case "hourDecimals":
      return "debe tener como máximo 4 decimales (diezmilésimas de hora)";
    case "notIsoDate":
      return NOT_ISO;
    case "usDateInIso":
      return `${NOT_ISO} (escriba ${issue.iso})`;
    case "notTypedDate":
      return "debe ser una fecha escrita MM/DD/AAAA o AAAA-MM-DD, como 03/15/2002 o 2002-03-15";
    case "notRealDate":
      return "no es una fecha real del calendario (por ejemplo, 2003-02-29 no existe)";
    case "monthFirst":
      return `${MONTH_FIRST} ${issue.month}`;
    case "dateRange":
      return `debe ser una fecha del ${longDate(`${issue.min}-01-01`)} al ${longDate(`${issue.max}-12-31`)}`;
    case "notAYear":
      return "debe ser un año escrito con cuatro cifras, como 2003";
    case "yearRange":
      return `debe ser un año de ${issue.min} a ${issue.max}`;
    case "notANumber":
      return `debe ser un número ${issue.whole ? "entero " : ""}de ${issue.min} a ${issue.max}, como ${issue.examples.join(" o ")}`;
    case "tooSmall":
      return issue.min === 0 ? NOT_NEGATIVE : `debe ser como mínimo ${issue.min}`;
    case "tooLarge":
      return `debe ser como máximo ${issue.max}`;
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
  /** The monthFirst problem before its month ("… y no existe el mes" + " 13"). */
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
