/**
 * A problem with the input that a person can fix, naming the field it concerns (dots between
 * keys). A rule says what it found as facts (`issue`, a code and its figures); the words are
 * written once per language from them, in lib/words/<language>/rule-input.ts (`ruleInputWords`).
 * `message` names the issue's code and path for a developer; no page or answer shows it, so this
 * module loads no language's words.
 */

/** What a rule found wrong with its input, as facts. */
export type RuleIssue =
  /** Vesting: stated years of service that the dates contradict. */
  | { code: "yearsDisagreeWithDates"; stated: number; fromDates: number }
  /** Vesting: neither yearsOfService nor employmentStartDate with asOf. */
  | { code: "yearsOrDatesRequired" }
  /** Vesting: asOf before the employment start date. */
  | { code: "asOfBeforeStart"; asOf: string; start: string }
  /** Vesting from hours: no employment start date. */
  | { code: "startRequiredWithHours" }
  /** Vesting from hours: no asOf. */
  | { code: "asOfRequiredWithHours" }
  /** Vesting from hours: stated years of service that the hours contradict. */
  | { code: "yearsDisagreeWithHours"; stated: number; fromHours: number; asOf: string }
  /** Eligibility, projection: a birth date after the employment start date. */
  | { code: "birthAfterStart" }
  /** Hours dated before the employment start date. */
  | { code: "hoursBeforeStart"; date: string; start: string }
  /** Forfeitures: a pool to share among deferrals that total 0. */
  | { code: "deferralsTotalZero" }
  /** HCE status: pay stated for a look-back year with no threshold. */
  | { code: "noHceThreshold"; planYear: number; lookBackYear: number; firstLookBackYear: number; firstPlanYear: number }
  /** Projection: neither yearsOfService nor employmentStartDate. */
  | { code: "yearsOrStartRequired" }
  /** Nondiscrimination: a prior-year figure that is not a percentage with the plan's decimals. */
  | { code: "notARate"; decimals: number }
  /** Nondiscrimination: an employee id listed twice. */
  | { code: "repeatedId"; id: string }
  /** Nondiscrimination: an employer the plan does not name. */
  | { code: "unknownEmployer"; employer: string }
  /** Nondiscrimination: deferrals or match with no compensation. */
  | { code: "zeroCompensation" }
  /** Nondiscrimination: long-term part-time before the rule's first plan year. */
  | { code: "partTimeTooEarly"; planYear: number; firstPlanYear: number }
  /** Nondiscrimination: the prior-year method without a line's prior-year figures. */
  | { code: "priorYearRequired"; line: string };

export type RuleIssueCode = RuleIssue["code"];

/** A year outside what the calculator supports (lib/plan/limits.ts' UnsupportedYearError), as facts. */
export type YearLimitIssue =
  | { code: "notWholeYear"; year: number }
  /** A plan year before the IRS limits table's first. */
  | { code: "beforeLimits"; year: number; first: number }
  /** A look-back year before the first HCE threshold the calculator has. */
  | { code: "beforeHceThreshold"; year: number; first: number }
  /** A plan year outside the limits table (the nondiscrimination tests). */
  | { code: "outsideLimits"; year: number; first: number; last: number };

export class RuleInputError extends Error {
  constructor(
    readonly path: string,
    readonly issue: RuleIssue,
  ) {
    super(`${issue.code} (${path})`);
    this.name = "RuleInputError";
  }
}
