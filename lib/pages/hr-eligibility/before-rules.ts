/**
 * The eligibility page's one-employee form, empty, and what it answers before its rules have loaded
 * (app/hr/eligibility/use-engine.ts loads them once the page is up): what the rules answer for the
 * empty form, less its messages, which wait until a field is visited or typed in anyway
 * (test/unit/eligibility-before-rules.test.ts).
 */
import type { EmployeeForm, FormAnswer } from "./single";

export const ANSWER_BEFORE_RULES: FormAnswer = { issues: {}, hours: [], gaps: [], asOf: null, result: null };

/** The form as the page opens it (its as-of date, blank here, is today in the browser). */
export const EMPTY_EMPLOYEE_FORM: EmployeeForm = {
  employer: "SOS",
  birthDate: "",
  employmentStartDate: "",
  asOf: "",
  hce: "no",
  priorYearCompensation: "",
  fivePercentOwner: false,
  hoursMode: "rows",
  rows: [
    { date: "", hours: "" },
    { date: "", hours: "" },
  ],
  paste: "",
  schedule: { hoursPerWeek: "", from: "", through: "" },
  gaps: [],
};
