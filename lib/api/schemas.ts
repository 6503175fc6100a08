/**
 * The input schemas: one set of zod schemas for the API, the forms and the CSV rows alike.
 *
 * Every message is written for a person: it starts with what is wrong and, where it helps, says
 * what would be right. `describeIssues` adds the field's name in plain words.
 */
import { z } from "../zod";
import { across, isoDate, money, moneyCents, numberIn, uniqueIds } from "./schema-fields";
import { yearOf } from "../dates";
import { FIRST_LIMITS_YEAR, LAST_LIMITS_YEAR } from "../plan/limits";
import { ZERO } from "../money";
import { undecidablePay } from "../rules/hce";
import { formatCount } from "../words/format";
import { PLAN_FIGURES as P } from "./plan-figures";
import type { Language } from "../languages";
import type { ReadIssue } from "../read-issues";
import { ANSWER_WORDS, inLanguage, parseOptions, problemIn, said, say } from "./parse-language";
import {
  MAX_DATE_YEAR,
  MAX_HOURS_PER_ENTRY,
  MAX_MONEY,
  MAX_PARTICIPANTS,
  MIN_DATE_YEAR,
  RANGES,
  readHours,
} from "../parse";

export { MAX_MONEY, MAX_HOURS_PER_ENTRY, MAX_PARTICIPANTS, MIN_DATE_YEAR, MAX_DATE_YEAR };

export { isoDate, money, moneyCents } from "./schema-fields";

/** A reader's issue (lib/read-issues.ts) as a zod `error` parameter, in the parse's language. */
const problem = (issue: ReadIssue) => ({ error: () => problemIn(issue) });

export const balancesSchema = z
  .object(
    { deferral: money.optional(), rollover: money.optional(), match: money.optional() },
    said((w) => w.balancesObject),
  )
  .transform((b) => ({ deferral: b.deferral ?? ZERO, rollover: b.rollover ?? ZERO, match: b.match ?? ZERO }));

const employer = z.enum(["SOS", "Inteliant"], said((w) => w.employer));

const yearsOfService = numberIn(RANGES.yearsOfService);

export const hoursEntrySchema = z.object(
  {
    date: isoDate,
    // lib/parse.ts' readHours, in zod's words (so the API document shows the range).
    hours: z
      .number(problem({ code: "notHours" }))
      .min(0, problem({ code: "negative" }))
      .max(MAX_HOURS_PER_ENTRY, problem({ code: "tooManyHours", max: MAX_HOURS_PER_ENTRY }))
      .refine((hours) => hours < 0 || hours > MAX_HOURS_PER_ENTRY || readHours(hours).ok, problem({ code: "hourDecimals" })),
  },
  said((w) => w.hoursEntryObject),
);

const hoursList = z.array(hoursEntrySchema, said((w) => w.hoursList));

const bool = (what: "" | "planTerminated") => z.boolean(said((w) => (what === "" ? w.trueOrFalse : w.planTerminatedTrueOrFalse)));

const eligibilityFields = z.object({
    asOf: isoDate.describe("The date the answer is for: eligible means eligible on this date."),
    employer: employer.describe(`"${P.hoursEmployer}" for the sponsor and each subsidiary but ${P.daysEmployer} (age ${P.minimumAge} and ${P.eligibilityHours} hours in a computation period; highly compensated employees excluded), or "${P.daysEmployer}" (age ${P.minimumAge} and the ${P.eligibilityDay} day).`),
    birthDate: isoDate.describe(`Date of birth. Age ${P.minimumAge} is attained on the ${P.minimumAgeBirthday} birthday (February 29: ${P.feb29InCommonYear} in a common year).`),
    employmentStartDate: isoDate.describe("The day of the first hour of service; the initial 12-month computation period begins on it."),
    hours: hoursList.optional().describe(`Hours of service as dated entries (default none): each { date, hours } credits its hours (0 to ${formatCount(MAX_HOURS_PER_ENTRY)}, at most 4 decimals) on its date, on or after the employment start date, and counts in every computation period containing that date.`),
    highlyCompensated: bool("").optional().describe("Whether the employee is highly compensated (IRC 414(q)) in the plan year of asOf. When absent, it follows from fivePercentOwner and priorYearCompensation."),
    priorYearCompensation: money.optional().describe("Pay in the plan year before asOf's (default 0): above that look-back year's HCE threshold makes the employee highly compensated."),
    fivePercentOwner: bool("").optional().describe("Whether the employee owns more than 5% of the employer in the plan year or the year before (default false): a 5% owner is highly compensated."),
});

export const eligibilityRequestSchema = eligibilityFields.superRefine(
  ...across<z.output<typeof eligibilityFields>>((request, ctx) => {
    const start = request.employmentStartDate;
    if (request.birthDate !== undefined && start !== undefined && request.birthDate > start) {
      ctx.addIssue({ code: "custom", path: ["birthDate"], message: say((w) => w.afterStart(start)) });
    }
    request.hours?.forEach((entry, index) => {
      if (start !== undefined && entry.date < start) {
        ctx.addIssue({
          code: "custom",
          path: ["hours", index, "date"],
          message: say((w) => w.hoursBeforeStart(start)),
        });
      }
    });
    // plan-rules §2.3: a stated pay cannot decide for a plan year whose look-back year has no
    // threshold; lib/rules/hce decides when that is (the limits table's first look-back year).
    const refused = request.asOf === undefined ? null : undecidablePay(request, yearOf(request.asOf));
    if (refused) {
      ctx.addIssue({
        code: "custom",
        path: ["priorYearCompensation"],
        message: say((w) => w.payWithoutThreshold(refused.lookBackYear, refused.firstLookBackYear, refused.firstPlanYear)),
      });
    }
  }),
);
export type EligibilityRequest = z.output<typeof eligibilityRequestSchema>;

const planYear = z
  .number(said((w) => w.aYear))
  .int(said((w) => w.aWholeYear))
  .min(FIRST_LIMITS_YEAR, said((w) => w.limitsFrom(FIRST_LIMITS_YEAR)))
  .max(2200, said((w) => w.yearAtMost(2200)));

export const contributionRequestSchema = z.object({
  planYear: planYear.describe("The plan (calendar) year, 2002 or later. After the limits table's last year, its last values are carried forward (limitsAssumed)."),
  compensation: money.describe("Pay for the plan year; counted up to that year's IRC 401(a)(17) limit."),
  birthDate: isoDate.optional().describe("Date of birth, needed for the catch-up only (age 50 or more by December 31; the plan allows no catch-up by default)."),
  deferralPercent: numberIn(RANGES.deferralPercent).optional().describe("The deferral asked for, as a percentage of counted compensation (0 to 100): gives requestedDeferral, allowedDeferral and excess."),
});
export type ContributionRequest = z.output<typeof contributionRequestSchema>;

export const vestingRequestSchema = z
  .object({
    yearsOfService: yearsOfService.optional().describe("Completed years of vesting service, 0 to 100 (the whole part counts: 3.9 is 3). Required unless employmentStartDate and asOf are given."),
    employmentStartDate: isoDate.optional().describe("With asOf, in place of yearsOfService: the completed years from this date to asOf (anniversaries) are the years of service."),
    asOf: isoDate.optional().describe("The date the answer is for; required with employmentStartDate."),
    /** Hours of service (plan-rules §4.1): years of vesting service are counted from them. */
    hours: hoursList
      .optional()
      .describe(`Hours of service as dated entries, with employmentStartDate and asOf: years of vesting service are then counted from them (a plan year with ${P.vestingYearHours} hours or more is a year of service; one with ${P.breakHoursAtMost} or fewer that has ended is a break in service).`),
    balances: balancesSchema.describe('The account by source, each an amount in dollars: { "deferral", "rollover", "match" }; a missing source is 0.'),
    planTerminated: bool("planTerminated").optional().describe(`Whether the plan has been terminated: every account is then ${P.fullyVestedPercent}% vested (${P.terminationCitation}). Default false.`),
  })
  .superRefine((request, ctx) => {
    if (request.hours !== undefined) {
      // Hours counting: the years come from the hours; a stated figure is checked against them by the rule.
      if (!request.employmentStartDate) {
        ctx.addIssue({ code: "custom", path: ["employmentStartDate"], message: say((w) => w.startRequiredWithHours) });
      } else {
        request.hours.forEach((entry, index) => {
          if (entry.date < request.employmentStartDate!) {
            ctx.addIssue({
              code: "custom",
              path: ["hours", index, "date"],
              message: say((w) => w.hoursBeforeStart(request.employmentStartDate!)),
            });
          }
        });
      }
      if (!request.asOf) ctx.addIssue({ code: "custom", path: ["asOf"], message: say((w) => w.asOfRequiredWithHours) });
    } else if (request.yearsOfService === undefined && !request.employmentStartDate) {
      // (Whether stated years agree with the dates is the vesting rule's check: it reads the plan's February 29 option.)
      ctx.addIssue({ code: "custom", path: ["yearsOfService"], message: say((w) => w.yearsRequiredUnlessDates) });
      return;
    }
    if (request.employmentStartDate && !request.asOf && request.hours === undefined) {
      ctx.addIssue({ code: "custom", path: ["asOf"], message: say((w) => w.asOfRequiredWithStart) });
    }
    if (request.employmentStartDate && request.asOf && request.asOf < request.employmentStartDate) {
      ctx.addIssue({ code: "custom", path: ["asOf"], message: say((w) => w.beforeStart(request.employmentStartDate!)) });
    }
  });
export type VestingRequest = z.output<typeof vestingRequestSchema>;

export const allocationRequestSchema = z
  .object({
    pool: money.describe("The forfeitures to share out as matching contributions, in dollars."),
    participants: z
      .array(
        z.object(
          {
            id: z
              .string(said((w) => w.textId("A-17")))
              .trim()
              .min(1, said((w) => w.notEmpty))
              .max(200, said((w) => w.atMostCharacters(200)))
              .describe("The participant's id (1 to 200 characters), unique in the request; echoed in the allocation."),
            deferrals: money.describe("The participant's deferrals for the period, in dollars: the pool is shared in proportion to them."),
          },
          said((w) => w.participantObject),
        ),
        said((w) => w.participantList),
      )
      .min(1, said((w) => w.atLeastOneParticipant))
      .max(MAX_PARTICIPANTS, said((w) => w.atMostParticipants(MAX_PARTICIPANTS)))
      .superRefine(...uniqueIds("participants"))
      .describe(`The participants to share the pool among: 1 to ${formatCount(MAX_PARTICIPANTS)}, ids unique. The answer lists them in this order.`),
  })
  .superRefine((request, ctx) => {
    const anyDeferrals = request.participants.some((participant) => !participant.deferrals.isZero());
    if (!anyDeferrals && request.pool.greaterThan(0)) {
      ctx.addIssue({ code: "custom", path: ["participants"], message: say((w) => w.deferralsTotalZero) });
    }
  });
export type AllocationRequest = z.output<typeof allocationRequestSchema>;

const projectionFields = z.object({
    asOf: isoDate.describe("The date the balances are at; the projection starts with the next plan year (2001 or later)."),
    birthDate: isoDate.describe("Date of birth: each row gives the age at December 31."),
    yearsOfService: yearsOfService.optional().describe("Completed years of vesting service at asOf; each projected year adds one. Required unless employmentStartDate is given."),
    employmentStartDate: isoDate.optional().describe("In place of yearsOfService: each row's years of service are the completed years at December 31 of its plan year."),
    balances: balancesSchema.describe('The account at asOf by source, each an amount in dollars: { "deferral", "rollover", "match" }; a missing source is 0.'),
    compensation: money.describe("Pay in the first projected plan year, in dollars."),
    salaryGrowthPercent: numberIn(RANGES.salaryGrowthPercent).describe("Yearly pay growth after the first year, in percent (-50 to 50)."),
    deferralPercent: numberIn(RANGES.deferralPercent).describe("Deferrals as a percentage of counted pay (0 to 100), held to each year's maximum deferral."),
    matchPercentOfDeferral: numberIn(RANGES.matchPercentOfDeferral).describe(`The employer match as a percentage of deferrals (0 to 1000). The match is discretionary: ${P.referenceMatchYear}'s was about ${P.referenceMatchPercent}.`),
    annualReturnPercent: numberIn(RANGES.annualReturnPercent).describe("Yearly investment return in percent (-100 to 100); contributions earn half a year's return in the year they are made."),
    years: numberIn(RANGES.years).describe("How many plan years to project, 1 to 60: one row each."),
    planTerminated: bool("planTerminated").optional().describe(`Whether the plan has been terminated: every account is then ${P.fullyVestedPercent}% vested (${P.terminationCitation}). Default false.`),
});

export const projectionRequestSchema = projectionFields.superRefine(
  ...across<z.output<typeof projectionFields>>((request, ctx, failed) => {
    const { asOf, birthDate, employmentStartDate: start } = request;
    if (request.yearsOfService === undefined && start === undefined && !failed.has("yearsOfService") && !failed.has("employmentStartDate")) {
      ctx.addIssue({ code: "custom", path: ["yearsOfService"], message: say((w) => w.yearsRequiredUnlessStart) });
    }
    if (birthDate !== undefined && asOf !== undefined && birthDate > asOf) {
      ctx.addIssue({ code: "custom", path: ["birthDate"], message: say((w) => w.afterAsOf(asOf)) });
    }
    if (start !== undefined) {
      if (birthDate !== undefined && birthDate > start) {
        ctx.addIssue({ code: "custom", path: ["birthDate"], message: say((w) => w.afterStart(start)) });
      }
      if (asOf !== undefined && start > asOf) {
        ctx.addIssue({ code: "custom", path: ["employmentStartDate"], message: say((w) => w.startAfterAsOf(asOf)) });
      }
    }
    if (asOf !== undefined && yearOf(asOf) + 1 < FIRST_LIMITS_YEAR) {
      ctx.addIssue({ code: "custom", path: ["asOf"], message: say((w) => w.projectionFrom(FIRST_LIMITS_YEAR)) });
    }
  }),
);
export type ProjectionRequest = z.output<typeof projectionRequestSchema>;

/** The most employees one nondiscrimination request may list. */
export const MAX_CENSUS = 100_000;

/** A percentage of the prior year (0–100, at most 2 decimals), as the prior-year method's figures. */
const priorPercent = z
  .number(said((w) => w.priorPercent))
  .min(0, problem({ code: "tooSmall", min: 0 }))
  .max(100, problem({ code: "tooLarge", max: 100 }))
  .refine((value) => !/\.\d{3}|e/.test(String(value)), said((w) => w.priorPercentDecimals));

const censusEmployee = z.object(
  {
    id: z
      .string(said((w) => w.textId("I-101")))
      .min(1, said((w) => w.notEmpty))
      .max(200, said((w) => w.atMostCharacters(200)))
      .describe("The employee's id (1 to 200 characters), unique in the request; echoed in refunds and notCounted."),
    employer: employer.describe('"SOS" (the sponsor and each subsidiary but Inteliant; highly compensated employees excluded from the plan) or "Inteliant" (tested as a separate line).'),
    highlyCompensated: bool("").optional().describe("Whether the employee is highly compensated (IRC 414(q)) in the plan year. When absent, it follows from fivePercentOwner and priorYearCompensation."),
    priorYearCompensation: money.optional().describe("Pay in the year before the plan year (default 0): above that year's HCE threshold makes the employee highly compensated."),
    fivePercentOwner: bool("").optional().describe("Whether the employee owns more than 5% of the employer in the plan year or the year before (default false)."),
    compensation: moneyCents.describe("Pay for the plan year; counted up to the year's IRC 401(a)(17) limit."),
    deferrals: moneyCents.describe("Elective deferrals for the plan year, catch-up contributions excluded."),
    match: moneyCents.optional().describe("Employer matching contributions for the plan year (default 0)."),
    longTermPartTime: bool("").optional().describe("Whether the employee is eligible only as a long-term part-time employee (plan years 2024 on; default false): not counted in the tests."),
  },
  said((w) => w.employeeObject),
);

const nondiscriminationFields = z.object({
  planYear: z
    .number(said((w) => w.aYear))
    .int(said((w) => w.aWholeYear))
    .min(FIRST_LIMITS_YEAR, said((w) => w.limitsFrom(FIRST_LIMITS_YEAR)))
    .max(LAST_LIMITS_YEAR, said((w) => w.limitsUntil(LAST_LIMITS_YEAR)))
    .describe(`The plan (calendar) year tested, ${FIRST_LIMITS_YEAR} to ${LAST_LIMITS_YEAR}.`),
  method: z
    .enum(["current-year", "prior-year"], said((w) => w.method))
    .optional()
    .describe('"current-year" compares the highly compensated with the other employees of the same year; "prior-year" with the prior year\'s figures given in priorYear. Default: the plan\'s (current-year).'),
  priorYear: z
    .record(
      z.string(),
      z.object({ nhceAdp: priorPercent.describe("The line's NHCE ADP of the prior plan year, in percent."), nhceAcp: priorPercent.describe("The line's NHCE ACP of the prior plan year, in percent.") }, said((w) => w.priorLineObject)),
      said((w) => w.priorYearObject),
    )
    .optional()
    .describe('With method "prior-year": each tested line\'s prior-year NHCE figures, by line name ("SOS", "Inteliant", or "Plan" when the plan tests everyone as one line).'),
  employees: z
    .array(censusEmployee, said((w) => w.employeeList))
    .min(1, said((w) => w.atLeastOneEmployee))
    .max(MAX_CENSUS, said((w) => w.atMostEmployees(MAX_CENSUS)))
    .superRefine(...uniqueIds("employees"))
    .describe(`Every employee eligible to defer at any time in the plan year, deferring or not: 1 to ${formatCount(MAX_CENSUS)}, ids unique.`),
});

export const nondiscriminationRequestSchema = nondiscriminationFields.superRefine(
  ...across<z.output<typeof nondiscriminationFields>>((request, ctx, failed) => {
    request.employees?.forEach((employee, index) => {
      if (employee.compensation === 0 && (employee.deferrals > 0 || (employee.match ?? 0) > 0)) {
        ctx.addIssue({ code: "custom", path: ["employees", index, "compensation"], message: say((w) => w.zeroCompensation) });
      }
    });
    // A priorYear that failed its own checks is there: only its own issue is reported.
    if (request.method === "prior-year" && request.priorYear === undefined && !failed.has("priorYear")) {
      ctx.addIssue({ code: "custom", path: ["priorYear"], message: say((w) => w.priorYearRequired) });
    }
  }),
);
export type NondiscriminationRequest = z.output<typeof nondiscriminationRequestSchema>;

/** A problem with one field, for an API answer or a form. */
export interface FieldIssue {
  path: string;
  message: string;
}

/** The field's name in plain English words (lib/words/en/requests.ts); lib/words/es/requests.ts names it in Spanish. */
export { fieldLabel } from "../words/en/requests";

function problemOf(issue: z.core.$ZodIssue & { input?: unknown }, language: Language): string {
  // A missing field is "required", whatever kind of value it wants (a money field is a union).
  if ((issue.code === "invalid_type" || issue.code === "invalid_union") && issue.input === undefined) return ANSWER_WORDS[language].requestWords.required;
  return issue.message;
}

/** zod's issues as `{ path, message }`, the path dotted ("hours.3.date"), the message in words (in `language`, as the parse wrote them). */
export function describeIssues(error: z.ZodError, language: Language = "en"): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: ANSWER_WORDS[language].fieldMessage(issue.path, problemOf(issue, language)) }));
}

/** zod's safeParse with the messages in `language`: inputs reported back so "is required" can be told apart. */
export function safeParseIn<S extends z.ZodType>(schema: S, body: unknown, language: Language = "en") {
  return inLanguage(language, () => {
    const result = schema.safeParse(body, parseOptions(language));
    // zod builds a failure's error, and writes its messages, when it is first read: here, in `language`.
    if (!result.success) void result.error.issues;
    return result;
  });
}

/** Parses with our messages, in `language` (English by default). */
export function parseRequest<S extends z.ZodType>(schema: S, body: unknown, language: Language = "en"): { ok: true; value: z.output<S> } | { ok: false; issues: FieldIssue[] } {
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    return { ok: false, issues: [{ path: "", message: ANSWER_WORDS[language].requestWords.bodyNotObject }] };
  }
  const result = safeParseIn(schema, body, language);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: describeIssues(result.error, language) };
}

// The batch envelope's schemas are lib/schema-batch.ts's (this file stays under 400 lines).
export { batchItemSchema, batchRequestSchema, ENDPOINT_NAMES, MAX_BATCH_ID_LENGTH, MAX_BATCH_REQUESTS, type EndpointName } from "./schema-batch";
