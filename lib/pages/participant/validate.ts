/**
 * Checks the participant form by hand, field by field, with the wording of lib/schemas.ts.
 *
 * The page runs in the browser; zod's full API would more than double the JavaScript the page
 * loads, so these checks reuse the same building blocks (`isIsoDate`, `isMoneyText`) and the same
 * limits as the API's projection request instead. An empty field is not an error: it is `null`,
 * and the sections that need it say so. A field that is filled in wrongly is an error, and then
 * the page shows no figures at all: impossible dates and negative amounts never produce figures.
 */
import { isIsoDate, yearOf, type IsoDate } from "../../dates";
import { Dec, isMoneyText, type Money } from "../../money";
import type { Balances } from "../../rules/vesting";
import type { Employer, FormState, TextField } from "./form";

/** The largest amount accepted, as in lib/schemas.ts (MAX_MONEY): a trillion dollars. */
const MAX_MONEY = new Dec("1000000000000");
/** The projection starts the plan year after the as-of date; the IRS limits table starts in 2002. */
export const FIRST_AS_OF_YEAR = 2001;
export const LAST_AS_OF_YEAR = 2200;

/** Each field's name in plain words, as the page labels it. */
export const FIELD_LABELS: Record<TextField, string> = {
  asOf: "As-of date",
  birthDate: "Birth date",
  yearsOfService: "Years of vesting service",
  employmentStartDate: "Employment start date",
  "balances.deferral": "Your deferrals balance",
  "balances.rollover": "Rollovers balance",
  "balances.match": "Employer match balance",
  compensation: "Next year's pay",
  deferralPercent: "Deferral percent",
  matchPercentOfDeferral: "Match percent of deferrals",
  annualReturnPercent: "Annual return",
  salaryGrowthPercent: "Salary growth",
  years: "Years to project",
  inflationPercent: "Inflation rate",
  leaveYear: "Year to leave",
};

export interface ParticipantInputs {
  asOf: IsoDate | null;
  employer: Employer;
  birthDate: IsoDate | null;
  /** Exactly one of these is used, as the person chose. */
  yearsOfService: number | null;
  employmentStartDate: IsoDate | null;
  balances: Balances;
  compensation: Money | null;
  deferralPercent: number | null;
  matchPercentOfDeferral: number | null;
  annualReturnPercent: number | null;
  salaryGrowthPercent: number | null;
  years: number | null;
  inflationPercent: number | null;
  planTerminated: boolean;
  leaveYear: number | null;
}

export type FieldErrors = Partial<Record<TextField, string>>;

export interface ReadResult {
  inputs: ParticipantInputs;
  errors: FieldErrors;
}

type Check<T> = { value: T | null; error?: string };

function readDate(text: string, label: string): Check<IsoDate> {
  const value = text.trim();
  if (value === "") return { value: null };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return { value: null, error: `${label} must be a date written YYYY-MM-DD, such as 2002-03-15.` };
  if (!isIsoDate(value)) return { value: null, error: `${label} is not a real calendar date (for example, 2003-02-29 does not exist).` };
  return { value };
}

function readMoney(text: string, label: string): Check<Money> {
  const value = text.trim();
  if (value === "") return { value: null };
  if (/^[-−–]/.test(value)) return { value: null, error: `${label} must not be negative.` };
  if (!isMoneyText(value)) return { value: null, error: `${label} must be an amount in dollars, such as 1234.50.` };
  const amount = new Dec(value.replace(/,/g, "").replace(/^\$/, ""));
  if (amount.decimalPlaces() > 2) return { value: null, error: `${label} must have at most 2 decimals (whole cents).` };
  if (amount.greaterThan(MAX_MONEY)) return { value: null, error: `${label} must be at most $1,000,000,000,000.` };
  return { value: amount };
}

const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)$/;

/** A percentage or a count: plain decimal text (a trailing % is allowed), within [min, max]. */
function readNumber(text: string, label: string, min: number, max: number, options: { whole?: boolean; example: string }): Check<number> {
  const value = text.trim().replace(/%$/, "").trim().replace(/^[−–]/, "-");
  if (value === "") return { value: null };
  const range = options.whole ? `a whole number from ${min} to ${max}` : `a number from ${min} to ${max}`;
  if (!NUMBER.test(value)) return { value: null, error: `${label} must be ${range}, such as ${options.example}.` };
  const number = Number(value);
  if (options.whole && !Number.isInteger(number)) return { value: null, error: `${label} must be ${range}, such as ${options.example}.` };
  if (number < min) return { value: null, error: min === 0 ? `${label} must not be negative.` : `${label} must be at least ${min}.` };
  if (number > max) return { value: null, error: `${label} must be at most ${max}.` };
  return { value: number };
}

/** Reads every field; returns what could be read and a message for each field filled in wrongly. */
export function readInputs(state: FormState): ReadResult {
  const text = state.text;
  const errors: FieldErrors = {};
  function take<T>(field: TextField, check: Check<T>): T | null {
    if (check.error) errors[field] = check.error;
    return check.value;
  }
  const label = FIELD_LABELS;
  const asOf = take("asOf", readDate(text.asOf, label.asOf));
  const birthDate = take("birthDate", readDate(text.birthDate, label.birthDate));
  const yearsOfService =
    state.serviceBy === "years" ? take("yearsOfService", readNumber(text.yearsOfService, label.yearsOfService, 0, 100, { example: "3" })) : null;
  const employmentStartDate = state.serviceBy === "start" ? take("employmentStartDate", readDate(text.employmentStartDate, label.employmentStartDate)) : null;
  const balances: Balances = {
    deferral: take("balances.deferral", readMoney(text["balances.deferral"], label["balances.deferral"])) ?? new Dec(0),
    rollover: take("balances.rollover", readMoney(text["balances.rollover"], label["balances.rollover"])) ?? new Dec(0),
    match: take("balances.match", readMoney(text["balances.match"], label["balances.match"])) ?? new Dec(0),
  };
  const compensation = take("compensation", readMoney(text.compensation, label.compensation));
  const deferralPercent = take("deferralPercent", readNumber(text.deferralPercent, label.deferralPercent, 0, 100, { example: "6 or 10" }));
  const matchPercentOfDeferral = take(
    "matchPercentOfDeferral",
    readNumber(text.matchPercentOfDeferral, label.matchPercentOfDeferral, 0, 1000, { example: "26.2 or 50" }),
  );
  const annualReturnPercent = take("annualReturnPercent", readNumber(text.annualReturnPercent, label.annualReturnPercent, -100, 100, { example: "6" }));
  const salaryGrowthPercent = take("salaryGrowthPercent", readNumber(text.salaryGrowthPercent, label.salaryGrowthPercent, -50, 50, { example: "3" }));
  const years = take("years", readNumber(text.years, label.years, 1, 60, { whole: true, example: "10" }));
  const inflationPercent = take("inflationPercent", readNumber(text.inflationPercent, label.inflationPercent, -50, 50, { example: "2.5" }));
  // The year to leave is chosen from a list; a stale or hand-made value is simply not used.
  const leaveYear = /^\d{4}$/.test(text.leaveYear.trim()) ? Number(text.leaveYear.trim()) : null;

  // Dates that contradict each other (api-v1: a birth date after the employment start date is a 400).
  if (asOf !== null) {
    const year = yearOf(asOf);
    if (year < FIRST_AS_OF_YEAR) {
      errors.asOf = `${label.asOf} must be in ${FIRST_AS_OF_YEAR} or later: the projection starts the next plan year and the IRS limits table starts in ${FIRST_AS_OF_YEAR + 1}.`;
    } else if (year > LAST_AS_OF_YEAR) {
      errors.asOf = `${label.asOf} must be in ${LAST_AS_OF_YEAR} or earlier.`;
    }
    if (birthDate !== null && birthDate > asOf) errors.birthDate = `${label.birthDate} is after the as-of date (${asOf}); check both dates.`;
    if (employmentStartDate !== null && employmentStartDate > asOf) {
      errors.employmentStartDate = `${label.employmentStartDate} is after the as-of date (${asOf}); service is counted up to the as-of date.`;
    }
  }
  if (birthDate !== null && employmentStartDate !== null && birthDate > employmentStartDate && !errors.birthDate) {
    errors.birthDate = `${label.birthDate} is after the employment start date (${employmentStartDate}); check both dates.`;
  }

  return {
    inputs: {
      asOf,
      employer: state.employer,
      birthDate,
      yearsOfService,
      employmentStartDate,
      balances,
      compensation,
      deferralPercent,
      matchPercentOfDeferral,
      annualReturnPercent,
      salaryGrowthPercent,
      years,
      inflationPercent,
      planTerminated: state.planTerminated,
      leaveYear,
    },
    errors,
  };
}
