/**
 * The leaving-participant form itself: what is typed, the empty form, and the fields each way of
 * giving service shows. No rule is here (they are in termination.ts), so the page's form draws
 * its first screen and hydrates without loading the rules (issue 18: app/hr/forfeitures/
 * use-engine.ts loads them once the page is up).
 */
import type { LeavingField } from "../../words/en/forfeiture-form";

export type ServiceBy = "years" | "dates" | "hours";
export type HoursBy = "years" | "lines";

export interface TerminationForm {
  serviceBy: ServiceBy;
  yearsOfService: string;
  employmentStartDate: string;
  /** The last day of employment, worked in full (service given as dates or hours). */
  terminationDate: string;
  /** With hours: a box per plan year, or pasted lines. */
  hoursBy: HoursBy;
  /** The hours typed in each plan year's box, by year ("2003" → "1,040"); a blank box has none. */
  hoursByYear: Readonly<Record<string, string>>;
  /** Pasted lines: `date<TAB>hours` or `year<TAB>hours`. */
  hoursLines: string;
  matchBalance: string;
  deferralBalance: string;
  rolloverBalance: string;
  planTerminated: boolean;
}

export const EMPTY_TERMINATION_FORM: TerminationForm = {
  serviceBy: "years",
  yearsOfService: "",
  employmentStartDate: "",
  terminationDate: "",
  hoursBy: "years",
  hoursByYear: {},
  hoursLines: "",
  matchBalance: "",
  deferralBalance: "",
  rolloverBalance: "",
  planTerminated: false,
};

/** The form's fields; their labels are the words' (`words.form.LEAVING_LABELS`). */
export type TerminationField = LeavingField;

/** The fields each way of giving service shows, and those it needs. */
export function fieldsShown(serviceBy: ServiceBy): TerminationField[] {
  return serviceBy === "years"
    ? ["yearsOfService", "matchBalance", "deferralBalance", "rolloverBalance"]
    : serviceBy === "dates"
      ? ["employmentStartDate", "terminationDate", "matchBalance", "deferralBalance", "rolloverBalance"]
      : ["employmentStartDate", "terminationDate", "hours", "matchBalance", "deferralBalance", "rolloverBalance"];
}

