/**
 * The answers of the JSON API v1 as zod schemas: what each endpoint sends back, field by field,
 * with each field's meaning (docs/api.md). They feed the OpenAPI document (lib/api/openapi.ts);
 * the API tests check every answer they receive against them. Answers may gain fields (the
 * contract allows it), so the document leaves the objects open.
 */
import { z } from "../zod";
import { ENDPOINT_NAMES, MAX_BATCH_ID_LENGTH } from "./schemas";
import { PLAN_FIGURES as P } from "./plan-figures";

const date = z.iso.date().describe("A calendar date, YYYY-MM-DD.");
const dateOrNull = (meaning: string) => date.nullable().describe(meaning);
const money = z
  .string()
  .regex(/^\d+\.\d{2}$/)
  .describe('An amount in dollars with exactly 2 decimals, such as "1234.50".');
const signedMoney = z
  .string()
  .regex(/^-?\d+\.\d{2}$/)
  .describe('An amount in dollars with exactly 2 decimals, negative when money was lost, such as "-12.30".');
const percent = z.number().min(0).max(100);
const years = z.number().int().min(0);
const hours = z.number().min(0).describe("Hours of service credited.");
const citation = z.string().min(1).describe('Where the rule comes from, such as "11-K Note 1.A".');
const explanation = z.array(z.string().min(1)).describe("The reasons, in sentences a person can read, each with its source.");

export const errorAnswer = z
  .object({
    error: z.literal("invalid_request").describe("Always invalid_request."),
    issues: z
      .array(
        z.object({
          path: z.string().describe('The offending field: keys and list positions joined by dots, such as "hours.3.date"; empty for the body as a whole.'),
          message: z.string().min(1).describe("What is wrong, in words a person can act on."),
        }),
      )
      .min(1)
      .describe("Each problem found, naming its field."),
  })
  .describe("The answer to a request that cannot be evaluated as sent (400), or whose body is too large (413).");

const servicePeriod = z.object({
  start: date.describe("First day of the computation period."),
  end: date.describe("Last day of the computation period."),
  hours: hours.describe("Hours credited in the period (entries dated within it)."),
});

export const eligibilityAnswer = z.object({
  eligible: z.boolean().describe("Whether the employee is eligible on asOf: not excluded, and eligibilityDate on or before asOf."),
  eligibilityDate: dateOrNull(`When age ${P.minimumAge} and the service requirement are (or, on the hours given, will be) both met; null when the hours given never reach ${P.eligibilityHours} in a period.`),
  entryDate: dateOrNull("When participation begins: the eligibility date under this plan (no entry dates are named); null with no eligibility date."),
  excluded: z.boolean().describe("True for a highly compensated employee of SOS: excluded from the plan whatever else holds."),
  highlyCompensated: z.boolean().describe("Whether the employee is highly compensated in the plan year of asOf (stated, or from pay and ownership)."),
  requirements: z
    .tuple([
      z.object({
        id: z.literal("age").describe(`The age requirement: ${P.minimumAge}.`),
        met: z.boolean().describe(`Whether age ${P.minimumAge} is attained on or before asOf.`),
        metOn: dateOrNull(`The ${P.minimumAgeBirthday} birthday (February 29: ${P.feb29InCommonYear} in a common year).`),
        citation,
      }),
      z.object({
        id: z.literal("service").describe(`The service requirement: a year of eligibility service (${P.hoursEmployer}) or the ${P.eligibilityDay} day (${P.daysEmployer}).`),
        met: z.boolean().describe("Whether the service requirement is met on or before asOf."),
        metOn: dateOrNull(
          `${P.hoursEmployer}: the day after the first computation period with ${P.eligibilityHours} hours ends; ${P.daysEmployer}: the ${P.eligibilityDay} day after the first hour of service. Null when not met on the data given.`,
        ),
        citation,
        periods: z
          .array(servicePeriod)
          .optional()
          .describe("SOS only: the computation periods considered, in order of start, each with its hours, at least up to the one that meets the requirement."),
      }),
    ])
    .describe("The age requirement, then the service requirement, each with the date it is met."),
  explanation,
  mayDefer: z
    .boolean()
    .nullable()
    .describe("Whether the employee may make elective deferrals on asOf: eligible, or eligible as a long-term part-time employee (for Inteliant, whose rule needs no hours, the same as eligible)."),
  longTermPartTime: z
    .object({
      eligible: z.boolean().describe("Not excluded, the part-time requirement met on or before asOf, and not eligible under the regular rule on asOf."),
      eligibilityDate: dateOrNull(`When the part-time requirement (consecutive periods of ${P.partTimeHours} hours or more) is, or on the hours given will be, met; null when it is not.`),
      entryDate: dateOrNull("When deferrals may begin as a part-time employee; null with no eligibility date."),
      employerMatch: z.boolean().optional().describe("Whether the plan gives long-term part-time employees the employer match (this plan: no, a plan option)."),
      citation,
      periods: z
        .array(servicePeriod.extend({ qualifies: z.boolean().describe(`Whether the period has ${P.partTimeHours} hours or more.`) }))
        .describe(`The counted periods (beginning on or after ${P.partTimeFirstPeriodStart}), in order of start, through the one containing the later of asOf and the last hours entry.`),
    })
    .nullable()
    .describe(`Long-term part-time eligibility (${P.partTimeCitation}) for ${P.hoursEmployer} employees; null for ${P.daysEmployer}. A part-time employee may defer but gets no match.`),
});

export const contributionLimitAnswer = z.object({
  planYear: z.number().int().describe("The plan year asked about."),
  compensationCounted: money.describe("Compensation counted: the pay, capped at the year's IRC 401(a)(17) limit."),
  planPercentCap: z.number().describe(`The plan's cap on deferrals, in percent of counted compensation (${P.deferralPercentCap}).`),
  planCap: money.describe("The plan's cap in dollars: planPercentCap of counted compensation, rounded to the cent."),
  electiveDeferralLimit: money.describe("The IRC 402(g) elective deferral limit of the year."),
  catchUp: money.describe("The catch-up allowed on top (0.00 when the plan allows none)."),
  maxDeferral: money.describe("The most that may be deferred: the lesser of planCap and the 402(g) limit, plus the catch-up, never more than the pay."),
  bindingLimit: z.enum(["plan15Percent", "402(g)"]).describe("Which limit binds: plan15Percent when the plan's cap is lower (ties go to it), 402(g) otherwise."),
  requestedDeferral: money.optional().describe("With deferralPercent: that percentage of counted compensation."),
  allowedDeferral: money.optional().describe("With deferralPercent: the part of the requested deferral within maxDeferral."),
  excess: money.optional().describe("With deferralPercent: requested minus allowed."),
  limitsAssumed: z.boolean().describe("True when the plan year is after the limits table's last year (its last values are carried forward)."),
  explanation,
});

const sources = {
  deferral: money.describe("Your deferrals and their earnings."),
  rollover: money.describe("Rollovers from other plans and their earnings."),
  match: money.describe("The employer match and its earnings."),
};

export const vestingAnswer = z.object({
  yearsOfService: years.describe("The completed years of vesting service counted (the whole part of a figure sent)."),
  vestedPercent: percent.describe(`The match's vested percentage (${P.immediatelyVested} are always vested in full).`),
  vested: z
    .object({ ...sources, match: money.describe("The vested part of the match: match × vestedPercent, rounded half-up to the cent."), total: money.describe("The three added up.") })
    .describe("What is vested, by source."),
  forfeitable: money.describe("The match that is not vested: forfeited if employment ended now."),
  nextStep: z
    .object({ yearsOfService: years, vestedPercent: percent })
    .nullable()
    .describe("The next step of the vesting schedule; null at 100%."),
  stepsAhead: z
    .array(
      z.object({
        yearsOfService: years.describe("Years of service at the step."),
        vestedPercent: percent.describe("The match's vested percentage from that step."),
        reachedOn: dateOrNull("The anniversary on which the step is reached, when the employment start date is known; otherwise null."),
        additionalVested: money.describe("How much more of today's match is vested at that step."),
      }),
    )
    .describe("Every step still ahead, in order."),
  citation,
  explanation,
  service: z
    .object({
      method: z.literal("hoursCounting").describe("Years of vesting service counted from the hours given."),
      yearsOfService: years.describe("Years credited on or before asOf."),
      consecutiveBreaks: years.describe("The one-year breaks in service in a row ending with the last period ending on or before asOf (0 when that period is no break)."),
      forfeitsOn: dateOrNull(`When the nonvested match is forfeited if no hours follow the last entry (the day after the ${P.forfeitingBreak} consecutive break ends); null when there is none to forfeit.`),
      disregardedYears: years.optional().describe("Years of service no longer counted under the rule of parity (a plan option, off by default): 0 unless it applies."),
      citation: citation.optional(),
      currentPeriod: z
        .object({
          start: date.describe("First day of the vesting computation period containing asOf."),
          end: date.describe("Its last day."),
          hours: hours.describe("Its hours on or before asOf."),
          hoursToYearOfService: hours.describe(`The hours it still needs for a year of service (${P.vestingYearHours} less its hours, at least 0).`),
        })
        .describe("The vesting computation period containing asOf."),
      periods: z
        .array(
          z.object({
            start: date.describe("First day of the vesting computation period."),
            end: date.describe("Its last day."),
            hours: hours.describe("Hours credited in it."),
            yearOfService: z.boolean().describe(`Whether it holds ${P.vestingYearHours} hours or more.`),
            creditedOn: dateOrNull(`The date of the entry that brought it to ${P.vestingYearHours} hours; null when it has fewer.`),
            breakInService: z.boolean().describe(`Whether it ended on or before asOf with ${P.breakHoursAtMost} hours or fewer.`),
            disregarded: z.boolean().optional().describe("Whether its year of service is no longer counted under the rule of parity."),
          }),
        )
        .describe("Every vesting computation period from the one containing the start through the one containing the later of asOf and the last entry."),
    })
    .optional()
    .describe("Only when hours are sent: the years of vesting service worked out from them."),
});

export const allocationAnswer = z.object({
  allocations: z
    .array(z.object({ id: z.string().describe("The participant's id, as sent."), amount: money.describe("The participant's share of the pool.") }))
    .describe("One share per participant, in the order sent: pro rata to deferrals, floored to the cent, the leftover cents to the largest remainders (ties: earlier in the list)."),
  total: money.describe("The shares added up: always the pool."),
});

export const projectionAnswer = z.object({
  rows: z
    .array(
      z.object({
        planYear: z.number().int().describe("The projected plan year."),
        age: years.describe("Age at December 31 of that year."),
        yearsOfService: years.describe("Years of vesting service at the year's end."),
        vestedPercent: percent.describe("The match's vested percentage at the year's end."),
        compensation: money.describe("Pay in the year."),
        deferral: money.describe("Deferrals made in the year, held to the year's maximum deferral."),
        match: money.describe("Employer match made in the year (held to the IRC 415(c) limit)."),
        earnings: signedMoney.describe("Investment earnings of the year: total at its end − total at its start − deferral − match."),
        balances: z.object(sources).describe("The account at the year's end, by source."),
        total: money.describe("The account at the year's end."),
        vested: money.describe("What is vested at the year's end."),
        forfeitable: money.describe("What would be forfeited on leaving at the year's end."),
      }),
    )
    .describe("One row per projected plan year, starting with the year after asOf's."),
  limitsAssumed: z.boolean().describe("True when a projected year is after the limits table's last year (its last values are carried forward)."),
});

const rate = z.string().regex(/^\d+\.\d{2}$/).describe('A rate in percent with exactly 2 decimals, such as "5.83".');

const testAnswer = (test: "ADP" | "ACP") =>
  z.object({
    hce: rate.nullable().describe(`The highly compensated employees' ${test}: the mean of their rates, rounded half-up to the hundredth; null when the line counts no HCE.`),
    nhce: rate.describe(`The NHCE figure the limit came from: the other employees' ${test} of the plan year, or the prior year's under the prior-year method.`),
    limit: z.string().regex(/^\d+\.\d{2,}$/).describe('The limit, exact (not rounded), with at least 2 decimals, such as "5.00" or "10.4125".'),
    passed: z.boolean().describe("Whether the HCE figure is at most the limit (always true with no HCE counted)."),
    excess: money.describe(test === "ADP" ? "The total excess contributions to refund (step 1: the highest rates leveled down to the limit), rounded half-up to the cent." : "The total excess aggregate contributions, on the match left after the ADP correction."),
    refunds: z
      .array(
        test === "ADP"
          ? z.object({ id: z.string(), amount: money.describe("The deferrals refunded (step 2: the largest amounts leveled down)."), forfeitedMatch: money.describe("The match forfeited with the refund: match × refund ÷ deferrals, rounded half-up.") })
          : z.object({ id: z.string(), amount: money.describe("The excess matching contributions: distributed where vested, forfeited where not.") }),
      )
      .describe("Each HCE with an amount above 0, in the order sent; the amounts add up to the excess exactly."),
  });

export const nondiscriminationAnswer = z.object({
  planYear: z.number().int().describe("The plan year tested."),
  method: z.enum(["current-year", "prior-year"]).describe("The testing method used."),
  lines: z
    .array(
      z.object({
        line: z.string().describe('The testing line: "SOS", "Inteliant", or "Plan" when everyone is tested together.'),
        counted: z.object({ hce: years.describe("Highly compensated employees counted."), nhce: years.describe("Other employees counted.") }),
        adp: testAnswer("ADP").describe("The ADP test (elective deferrals) and its correction."),
        acp: testAnswer("ACP").describe("The ACP test (matching contributions left after the ADP correction) and its correction."),
        explanation,
      }),
    )
    .describe("Each line with a counted employee, in the order SOS, Inteliant (or one Plan line)."),
  notCounted: z
    .array(z.object({ id: z.string(), reason: z.enum(["excluded-hce", "long-term-part-time"]).describe("excluded-hce: a highly compensated SOS employee, excluded from the plan; long-term-part-time: not tested (IRC 401(k)(15)(B)(i)).") }))
    .describe("Employees listed but not counted, in the order sent."),
  deadlines: z
    .object({
      withoutExciseTax: date.describe("March 15 of the next year: a correction by then avoids the employer's excise tax (IRC 4979)."),
      final: date.describe("December 31 of the next year: the last day to correct without losing the plan's qualification."),
    })
    .describe("When a failed test's refunds must be paid. Refunds carry their earnings, which the calculator does not compute."),
  citation,
});

/** Each endpoint's 200 answer, by its name in a batch. */
export const ANSWERS = {
  eligibility: eligibilityAnswer,
  "contribution-limit": contributionLimitAnswer,
  vesting: vestingAnswer,
  "forfeitures/allocate": allocationAnswer,
  projection: projectionAnswer,
  nondiscrimination: nondiscriminationAnswer,
} as const satisfies Record<(typeof ENDPOINT_NAMES)[number], z.ZodType>;

const itemStatus = "200 when the request was answered; 400 when it could not be evaluated as sent (the issues name the fields).";
const itemBody = "What the request's endpoint answers for its body: its answer (200) or an error answer (400).";
const itemId = z.string().max(MAX_BATCH_ID_LENGTH).nullable().describe("The request's id, as sent; null when it had none (or an invalid one).");

export const batchAnswer = z.object({
  responses: z
    .array(
      z.union([
        z.object({
          id: itemId,
          status: z.literal(200).describe(itemStatus),
          body: z.union([eligibilityAnswer, contributionLimitAnswer, vestingAnswer, allocationAnswer, projectionAnswer, nondiscriminationAnswer]).describe(itemBody),
        }),
        z.object({
          id: itemId,
          status: z.literal(400).describe(itemStatus),
          body: errorAnswer.describe(itemBody),
        }),
      ]),
    )
    .describe("One answer per request, in the order sent."),
});

export const healthAnswer = z.object({ status: z.literal("ok") });
