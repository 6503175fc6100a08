/**
 * A rule's input problems in English (lib/errors.ts' RuleIssue): the words each rule used to
 * build itself, byte for byte, now written once from the facts. Most are the whole message the
 * API answers; the nondiscrimination ones follow the field's name ("Employee 4: id" + " repeats
 * the id …"). The same functions as lib/words/es/rule-input.ts.
 */
import type { RuleIssue, YearLimitIssue } from "../../errors";

const BEFORE_START = (date: string, start: string) => `hours dated ${date} are before the employment start date ${start}; hours can only be credited from the first hour of service`;

/** A rule's input problem in words, without a final period. */
export function ruleInputWords(issue: RuleIssue): string {
  switch (issue.code) {
    case "yearsDisagreeWithDates":
      return `Years of service (${issue.stated}) disagrees with the ${issue.fromDates} completed years from employmentStartDate to asOf; give one or the other`;
    case "yearsOrDatesRequired":
      return "give yearsOfService, or employmentStartDate and asOf";
    case "asOfBeforeStart":
      return `asOf ${issue.asOf} is before the employment start date ${issue.start}`;
    case "startRequiredWithHours":
      return "give employmentStartDate with the hours: the first vesting computation period contains it";
    case "asOfRequiredWithHours":
      return "give asOf with the hours: years of service are counted up to it";
    case "yearsDisagreeWithHours":
      return `yearsOfService (${issue.stated}) disagrees with the hours, which give ${issue.fromHours} ${issue.fromHours === 1 ? "year" : "years"} of service on ${issue.asOf}; give one or the other`;
    case "birthAfterStart":
      return "birthDate is after employmentStartDate: a person cannot start work before being born";
    case "hoursBeforeStart":
      return BEFORE_START(issue.date, issue.start);
    case "deferralsTotalZero":
      return "the participants' deferrals total 0, so there is nothing to share the pool against";
    case "noHceThreshold":
      return `cannot decide highly compensated status for plan year ${issue.planYear}: this calculator has no threshold for ${issue.lookBackYear} (its first is ${issue.firstLookBackYear}'s, for plan year ${issue.firstPlanYear}); state highlyCompensated instead`;
    case "yearsOrStartRequired":
      return "give yearsOfService, or employmentStartDate";
    case "notARate":
      return `must be a percentage from 0 to 100 with at most ${issue.decimals} decimals`;
    case "repeatedId":
      return `repeats the id "${issue.id}"; ids must be unique`;
    case "unknownEmployer":
      return `names no employer of the plan ("${issue.employer}")`;
    case "zeroCompensation":
      return "is 0, but deferrals or match are above 0: a rate needs compensation";
    case "partTimeTooEarly":
      return `cannot be true for plan year ${issue.planYear}: the long-term part-time rule starts with plan year ${issue.firstPlanYear}`;
    case "priorYearRequired":
      return `is required under the prior-year method: the ${issue.line} line's prior-year NHCE ADP and ACP`;
  }
}

/** A year the calculator does not support, in words (lib/plan/limits.ts' UnsupportedYearError). */
export function yearLimitWords(issue: YearLimitIssue): string {
  switch (issue.code) {
    case "notWholeYear":
      return `plan year ${issue.year} is not a whole year`;
    case "beforeLimits":
      return `plan year ${issue.year} is before ${issue.first}, the first year this calculator's IRS limits table covers`;
    case "beforeHceThreshold":
      return `look-back year ${issue.year} is before ${issue.first}, the first year whose highly compensated employee threshold this calculator has`;
    case "outsideLimits":
      return `plan year ${issue.year} is outside ${issue.first}–${issue.last}, the years of the IRS limits table`;
  }
}
