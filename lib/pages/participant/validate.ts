/**
 * Reads the participant form field by field with lib/parse.ts, the reader the API's schemas are
 * built from, and the same ranges (`RANGES`): a value is accepted here exactly when the API would
 * accept it (test/property/surfaces.test.ts holds the two to it). Dates may also be typed
 * MM/DD/YYYY. The page runs in the browser and does not ship zod, which would more than double
 * the JavaScript it loads.
 *
 * An empty field is not an error: it is `null`, and the sections that need it say so. A field
 * filled in wrongly is an error beside that field, and hides only the figures that need it.
 */
import { completedYears, yearOf, type IsoDate } from "../../dates";
import { ZERO, type Money } from "../../money";
import { RANGES, readDate, readMoney, readNumber, readYear, type NumberRange, type Read } from "../../parse";
import type { HoursEntry } from "../../rules/hours";
import type { Balances } from "../../rules/vesting";
import type { Employer, FormState, TextField } from "./form";
import { linkEntries, yearEntries } from "./hours";
import type { ParticipantWords } from "./words";

/** The projection starts the plan year after the as-of date; the IRS limits table starts in 2002. */
export const FIRST_AS_OF_YEAR = 2001;
export const LAST_AS_OF_YEAR = 2200;

/** The plan years a projection may show, so the years one may choose to leave at the end of. */
const LEAVE_YEARS = { min: FIRST_AS_OF_YEAR, max: LAST_AS_OF_YEAR + RANGES.years.max };

/**
 * Younger than this at the employment start date gets a warning (never a refusal): the youngest
 * age for most jobs under the federal child labor rules (29 CFR 570.2), so a start date that
 * makes someone younger is most likely a typo in one of the two dates. Not a plan rule.
 */
export const YOUNGEST_WORKING_AGE = 14;

export interface ParticipantInputs {
  asOf: IsoDate | null;
  employer: Employer;
  birthDate: IsoDate | null;
  /** How the person gives vesting service; the fields of the other ways are null. */
  serviceBy: FormState["serviceBy"];
  yearsOfService: number | null;
  /** With dates, and with hours (the first vesting period contains it). */
  employmentStartDate: IsoDate | null;
  /** With hours: the dated entries (plan-rules §4.1); null when not given or not readable. */
  hours: HoursEntry[] | null;
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
  /**
   * The fields filled in wrongly (their names, and "hours" for any hours row): a section that
   * needs one of them says to fix it, and the others still show their figures.
   */
  invalid: ReadonlySet<string>;
}

/** Messages by field: a TextField's name, or an hours row's key ("hoursByYear.2003", "hours.2.date"). */
export type FieldErrors = Partial<Record<TextField, string>> & Record<string, string | undefined>;

export interface ReadResult {
  inputs: ParticipantInputs;
  errors: FieldErrors;
  /** Warnings that block nothing: the employment start date when it makes someone younger than 14. */
  warnings: Partial<Record<TextField, string>>;
}

type Check<T> = { value: T | null; error?: string };

/** A typed value read by `reader`; blank is null; a problem is worded by `words.fieldProblem` ("<label> <problem>."). */
function check<T>(text: string, label: string, reader: (text: string) => Read<T>, words: ParticipantWords): Check<T> {
  if (text.trim() === "") return { value: null };
  const read = reader(text);
  return read.ok ? { value: read.value } : { value: null, error: words.fieldProblem(label, words.readProblem(read)) };
}

/** Reads every field; returns what could be read and a message for each field filled in wrongly. */
export function readInputs(state: FormState, words: ParticipantWords): ReadResult {
  const text = state.text;
  const errors: FieldErrors = {};
  function take<T>(field: TextField, check: Check<T>): T | null {
    if (check.error) errors[field] = check.error;
    return check.value;
  }
  const readDateText = (typed: string, name: string) => check(typed, name, (value) => readDate(value, "typed"), words);
  const readMoneyText = (typed: string, name: string) => check(typed, name, readMoney, words);
  const readNumberText = (typed: string, name: string, range: NumberRange) => check(typed, name, (value) => readNumber(value, range), words);
  const label = words.fieldLabels();
  const asOf = take("asOf", readDateText(text.asOf, label.asOf));
  const birthDate = take("birthDate", readDateText(text.birthDate, label.birthDate));
  const yearsOfService = state.serviceBy === "years" ? take("yearsOfService", readNumberText(text.yearsOfService, label.yearsOfService, RANGES.yearsOfService)) : null;
  const employmentStartDate = state.serviceBy !== "years" ? take("employmentStartDate", readDateText(text.employmentStartDate, label.employmentStartDate)) : null;
  const balances: Balances = {
    deferral: take("balances.deferral", readMoneyText(text["balances.deferral"], label["balances.deferral"])) ?? ZERO,
    rollover: take("balances.rollover", readMoneyText(text["balances.rollover"], label["balances.rollover"])) ?? ZERO,
    match: take("balances.match", readMoneyText(text["balances.match"], label["balances.match"])) ?? ZERO,
  };
  const compensation = take("compensation", readMoneyText(text.compensation, label.compensation));
  const deferralPercent = take("deferralPercent", readNumberText(text.deferralPercent, label.deferralPercent, RANGES.deferralPercent));
  const matchPercentOfDeferral = take("matchPercentOfDeferral", readNumberText(text.matchPercentOfDeferral, label.matchPercentOfDeferral, RANGES.matchPercentOfDeferral));
  const annualReturnPercent = take("annualReturnPercent", readNumberText(text.annualReturnPercent, label.annualReturnPercent, RANGES.annualReturnPercent));
  const salaryGrowthPercent = take("salaryGrowthPercent", readNumberText(text.salaryGrowthPercent, label.salaryGrowthPercent, RANGES.salaryGrowthPercent));
  const years = take("years", readNumberText(text.years, label.years, RANGES.years));
  const inflationPercent = take("inflationPercent", readNumberText(text.inflationPercent, label.inflationPercent, RANGES.inflationPercent));
  // The year to leave is chosen from a list; a stale or hand-made value is simply not used.
  const leaveYearRead = readYear(text.leaveYear, LEAVE_YEARS);
  const leaveYear = leaveYearRead.ok ? leaveYearRead.value : null;

  // Dates that contradict each other (api-v1: a birth date after the employment start date is a
  // 400), compared whenever both dates read correctly, as the API's schema compares them.
  if (asOf !== null) {
    const year = yearOf(asOf);
    if (year < FIRST_AS_OF_YEAR) {
      errors.asOf = words.asOfTooEarly(label.asOf, FIRST_AS_OF_YEAR);
    } else if (year > LAST_AS_OF_YEAR) {
      errors.asOf = words.asOfTooLate(label.asOf, LAST_AS_OF_YEAR);
    }
    if (birthDate !== null && birthDate > asOf) errors.birthDate = words.birthAfterAsOf(label.birthDate, asOf);
    if (employmentStartDate !== null && employmentStartDate > asOf) {
      errors.employmentStartDate = words.startAfterAsOf(label.employmentStartDate, asOf);
    }
  }
  if (birthDate !== null && employmentStartDate !== null && birthDate > employmentStartDate && !errors.birthDate) {
    errors.birthDate = words.birthAfterStart(label.birthDate, employmentStartDate);
  }
  const warnings: ReadResult["warnings"] = {};
  if (birthDate !== null && employmentStartDate !== null && !errors.birthDate && !errors.employmentStartDate) {
    const age = completedYears(birthDate, employmentStartDate);
    if (age < YOUNGEST_WORKING_AGE) {
      warnings.employmentStartDate = words.youngAtStart(age, YOUNGEST_WORKING_AGE);
    }
  }

  // Hours: the rows need the start and the as-of date to be placed in plan years; a link's entries
  // need the start to be checked against it.
  let hours: HoursEntry[] | null = null;
  const datesRead = employmentStartDate !== null && !errors.employmentStartDate && (state.hoursEntries !== null || (asOf !== null && !errors.asOf));
  if (state.serviceBy === "hours" && datesRead) {
    const read = state.hoursEntries !== null ? linkEntries(state.hoursEntries, employmentStartDate, words) : yearEntries(state.hoursByYear, employmentStartDate, asOf!, words);
    Object.assign(errors, read.errors);
    if (read.given && Object.keys(read.errors).length === 0) hours = read.entries;
  }
  const invalid = new Set(Object.keys(errors).map((key) => (key.startsWith("hours") ? "hours" : key)));

  return {
    warnings,
    inputs: {
      asOf,
      employer: state.employer,
      birthDate,
      serviceBy: state.serviceBy,
      yearsOfService,
      employmentStartDate,
      hours,
      invalid,
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
