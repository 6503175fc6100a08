/**
 * A terminating participant: what vests and what is forfeited (11-K Notes 1.D, 1.G and 5).
 *
 * Base rule (Note 1.G): "forfeited nonvested accounts … will be used to reduce future employer
 * contributions": on termination the nonvested part of the match account is forfeited.
 * Exception (Note 5): "In the event of Plan termination, participants will become fully vested in
 * their account balances", so nothing is forfeited.
 *
 * The form's text is checked with the API's `vestingRequestSchema`; the answer comes from
 * `evaluateVesting`. Issues are keyed by the form's own field names.
 *
 * Given dates, the form asks for the last day of employment, which is worked in full: service
 * through it is the completed years at the day after it (plan-rules §1,
 * `completedYearsThroughLastDay`): start 2001-05-14, last day 2004-05-13 → 3 years.
 */
import { completedYearsThroughLastDay, longDate } from "../../dates";
import { formatUsd, ZERO, type Money } from "../../money";
import type { PlanDefinition } from "../../plan/definition";
import { evaluateVesting, type VestingResult } from "../../rules/vesting";
import { vestingRequestSchema } from "../../schemas";
import { MISPLACED_COMMA, misplacedComma } from "./parse-deferrals";

export interface TerminationForm {
  serviceBy: "years" | "dates";
  yearsOfService: string;
  employmentStartDate: string;
  /** The last day of employment, worked in full (when service is given as dates). */
  terminationDate: string;
  matchBalance: string;
  deferralBalance: string;
  rolloverBalance: string;
  planTerminated: boolean;
}

export type TerminationField = "yearsOfService" | "employmentStartDate" | "terminationDate" | "matchBalance" | "deferralBalance" | "rolloverBalance";

export const TERMINATION_LABELS: Record<TerminationField, string> = {
  yearsOfService: "Years of service",
  employmentStartDate: "Employment start date",
  terminationDate: "Last day of employment",
  matchBalance: "Employer match balance",
  deferralBalance: "Deferrals balance",
  rolloverBalance: "Rollovers balance",
};

export interface TerminationOutcome {
  issues: Partial<Record<TerminationField, string>>;
  result: (VestingResult & { forfeited: Money; sentences: string[] }) | null;
}

const PATH_TO_FIELD: Record<string, TerminationField> = {
  yearsOfService: "yearsOfService",
  employmentStartDate: "employmentStartDate",
  asOf: "terminationDate",
  "balances.match": "matchBalance",
  "balances.deferral": "deferralBalance",
  "balances.rollover": "rolloverBalance",
};

const NUMBER_TEXT = /^\d+(\.\d+)?$/;

function blank(text: string): boolean {
  return text.trim() === "";
}

export function evaluateTermination(form: TerminationForm, plan: PlanDefinition): TerminationOutcome {
  const issues: Partial<Record<TerminationField, string>> = {};
  const shown: TerminationField[] =
    form.serviceBy === "years"
      ? ["yearsOfService", "matchBalance", "deferralBalance", "rolloverBalance"]
      : ["employmentStartDate", "terminationDate", "matchBalance", "deferralBalance", "rolloverBalance"];
  const required: TerminationField[] =
    form.serviceBy === "years" ? ["yearsOfService", "matchBalance"] : ["employmentStartDate", "terminationDate", "matchBalance"];
  for (const field of required) {
    if (blank(form[field])) issues[field] = `${TERMINATION_LABELS[field]} is required.`;
  }

  for (const field of ["matchBalance", "deferralBalance", "rolloverBalance"] as const) {
    if (!issues[field] && misplacedComma(form[field])) issues[field] = `${TERMINATION_LABELS[field]} ${MISPLACED_COMMA}.`;
  }

  const balances: Record<string, string> = {};
  if (!blank(form.matchBalance)) balances.match = form.matchBalance;
  if (!blank(form.deferralBalance)) balances.deferral = form.deferralBalance;
  if (!blank(form.rolloverBalance)) balances.rollover = form.rolloverBalance;
  const years = form.yearsOfService.trim();
  const request =
    form.serviceBy === "years"
      ? { yearsOfService: years === "" ? undefined : NUMBER_TEXT.test(years) ? Number(years) : years, balances }
      : {
          employmentStartDate: blank(form.employmentStartDate) ? undefined : form.employmentStartDate.trim(),
          asOf: blank(form.terminationDate) ? undefined : form.terminationDate.trim(),
          balances,
        };

  const parsed = vestingRequestSchema.safeParse(request);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = PATH_TO_FIELD[issue.path.map(String).join(".")];
      // A missing field is already reported as required above; keep the first problem per field.
      if (!field || issues[field] || !shown.includes(field)) continue;
      issues[field] = `${TERMINATION_LABELS[field]} ${issue.message}.`.replace(/\.\.$/, ".");
    }
  }
  if (!parsed.success || Object.keys(issues).length > 0) return { issues, result: null };

  const input = parsed.data;
  const start = input.employmentStartDate;
  const lastDay = input.asOf;
  // Dates: the years of service through the last day, which is worked in full (plan-rules §1).
  const yearsThroughLastDay =
    start !== undefined && lastDay !== undefined ? completedYearsThroughLastDay(start, lastDay, plan.options.feb29Anniversary) : undefined;
  const vesting = evaluateVesting(
    {
      yearsOfService: yearsThroughLastDay ?? input.yearsOfService,
      balances: input.balances,
      events: form.planTerminated ? ["planTermination"] : [],
    },
    plan,
  );
  const match = input.balances.match;
  const forfeited = vesting.forfeitable;
  const sentences = vesting.explanation.filter((line) => !line.endsWith(`(${plan.forfeitures.citation})`));
  if (yearsThroughLastDay !== undefined) {
    sentences.splice(
      1,
      0,
      `From ${longDate(start!)} through the last day of employment, ${longDate(lastDay!)}, worked in full: ${yearsThroughLastDay} completed ${yearsThroughLastDay === 1 ? "year" : "years"} of service.`,
    );
  }
  const when = input.asOf ? ` on ${longDate(input.asOf)}` : "";
  if (vesting.fullyVestedBy === "planTermination") {
    sentences.push(`Because the plan has terminated, nothing is forfeited: the whole balance of ${formatUsd(vesting.balance)} is vested. (${plan.vesting.terminationCitation})`);
  } else if (forfeited.greaterThan(ZERO)) {
    sentences.push(
      `On leaving${when}, the nonvested ${formatUsd(forfeited)} of the ${formatUsd(match)} match balance is forfeited. Forfeitures go to the plan's forfeiture account and reduce future employer contributions; in 2002 they were reallocated to participants as matching contributions. (${plan.forfeitures.citation})`,
    );
    const next = vesting.nextStep;
    if (next) {
      sentences.push(`With ${next.yearsOfService} years of service the match would have been ${next.vestedPercent}% vested. (${plan.vesting.citation})`);
    }
  } else {
    sentences.push(
      match.isZero()
        ? `There is no match balance, so nothing is forfeited. (${plan.forfeitures.citation})`
        : `The match is fully vested, so nothing is forfeited. (${plan.forfeitures.citation})`,
    );
  }
  return { issues, result: { ...vesting, forfeited, sentences } };
}
