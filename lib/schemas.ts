/**
 * The input schemas: one set of zod schemas for the API, the forms and the CSV rows alike.
 *
 * Every message is written for a person: it starts with what is wrong and, where it helps, says
 * what would be right. `describeIssues` adds the field's name in plain words.
 */
import { z } from "./zod";
import { completedYears, yearOf, type IsoDate } from "./dates";
import { FIRST_HCE_LOOK_BACK_YEAR, FIRST_LIMITS_YEAR } from "./plan/limits";
import { ZERO, type Money } from "./money";
import {
  DATE_PROBLEMS,
  HOURS_PROBLEMS,
  MAX_DATE_YEAR,
  MAX_HOURS_PER_ENTRY,
  MAX_MONEY,
  MAX_PARTICIPANTS,
  MIN_DATE_YEAR,
  MONEY_PROBLEMS,
  numberProblems,
  RANGES,
  readDate,
  readHours,
  readMoney,
  type NumberRange,
} from "./parse";

export { MAX_MONEY, MAX_HOURS_PER_ENTRY, MAX_PARTICIPANTS, MIN_DATE_YEAR, MAX_DATE_YEAR };

/**
 * A date in a request: `YYYY-MM-DD`, a real calendar date from 1800 to 2200 (lib/parse.ts). Out of
 * range: the rules work on YYYY-MM-DD strings, and dates they derive (an age 21, an anniversary,
 * a 60-year projection) must stay within year 9999 to be written and compared.
 */
export const isoDate = z.string({ error: DATE_PROBLEMS.notIso }).transform((text, ctx): IsoDate => {
  const read = readDate(text);
  if (read.ok) return read.value;
  ctx.addIssue({ code: "custom", message: read.problem });
  return z.NEVER;
});

/** Money in a request: a string or number with at most 2 decimals, 0 or more, read as a Decimal (lib/parse.ts). */
export const money = z.union([z.string(), z.number()], { error: MONEY_PROBLEMS.notAnAmount }).transform((value, ctx): Money => {
  const read = readMoney(value);
  if (read.ok) return read.value;
  ctx.addIssue({ code: "custom", message: read.problem });
  return z.NEVER;
});

/** A number within a range, with the messages of lib/parse.ts' `readNumber`. */
function numberIn(range: NumberRange) {
  const problems = numberProblems(range);
  const number = z.number({ error: problems.notANumber });
  // Not zod's .int(): a failed .int() aborts the request's checks across fields, and a request should
  // hear of every problem at once.
  const ranged = number.min(range.min, problems.tooSmall).max(range.max, problems.tooLarge);
  return range.whole ? ranged.refine(Number.isInteger, problems.notANumber) : ranged;
}

/**
 * A check across fields (a birth date after the start date, hours before it): it runs whenever the
 * fields it compares were read, whatever else is wrong with the request, so one answer names every
 * problem (zod would skip it once any field fails). `request` holds only the fields read correctly.
 */
function across<T extends object>(check: (request: Partial<T>, ctx: z.RefinementCtx<T>, failed: ReadonlySet<string>) => void) {
  return [
    (value: T, ctx: z.RefinementCtx<T>) => {
      if (typeof value !== "object" || value === null || Array.isArray(value)) return;
      const failed = new Set(ctx.issues.map((issue) => String(issue.path?.[0])));
      check(Object.fromEntries(Object.entries(value).filter(([key]) => !failed.has(key))) as Partial<T>, ctx, failed);
    },
    { when: () => true },
  ] as const;
}

export const balancesSchema = z
  .object(
    { deferral: money.optional(), rollover: money.optional(), match: money.optional() },
    { error: 'must be an object such as { "deferral": "10000", "rollover": "0", "match": "4000" }' },
  )
  .transform((b) => ({ deferral: b.deferral ?? ZERO, rollover: b.rollover ?? ZERO, match: b.match ?? ZERO }));

const employer = z.enum(["SOS", "Inteliant"], { error: 'must be "SOS" (the sponsor and its subsidiaries other than Inteliant) or "Inteliant"' });

const yearsOfService = numberIn(RANGES.yearsOfService);

export const hoursEntrySchema = z.object(
  {
    date: isoDate,
    // lib/parse.ts' readHours, in zod's words (so the API document shows the range).
    hours: z
      .number({ error: HOURS_PROBLEMS.notHours })
      .min(0, HOURS_PROBLEMS.negative)
      .max(MAX_HOURS_PER_ENTRY, HOURS_PROBLEMS.tooMany)
      .refine((hours) => hours < 0 || hours > MAX_HOURS_PER_ENTRY || readHours(hours).ok, HOURS_PROBLEMS.decimals),
  },
  { error: 'must be an object such as { "date": "2002-03-31", "hours": 80 }' },
);

const hoursList = z.array(hoursEntrySchema, { error: 'must be a list of { "date", "hours" } entries' });

const bool = (what: string) => z.boolean({ error: `must be true or false${what}` });

const eligibilityFields = z.object({
    asOf: isoDate,
    employer,
    birthDate: isoDate,
    employmentStartDate: isoDate,
    hours: hoursList.optional(),
    highlyCompensated: bool("").optional(),
    priorYearCompensation: money.optional(),
    fivePercentOwner: bool("").optional(),
});

export const eligibilityRequestSchema = eligibilityFields.superRefine(
  ...across<z.output<typeof eligibilityFields>>((request, ctx) => {
    const start = request.employmentStartDate;
    if (request.birthDate !== undefined && start !== undefined && request.birthDate > start) {
      ctx.addIssue({ code: "custom", path: ["birthDate"], message: `is after the employment start date (${start}); check both dates` });
    }
    request.hours?.forEach((entry, index) => {
      if (start !== undefined && entry.date < start) {
        ctx.addIssue({
          code: "custom",
          path: ["hours", index, "date"],
          message: `is before the employment start date (${start}); hours are credited from the first hour of service`,
        });
      }
    });
    // plan-rules §2.3: before plan year 1998 pay has no threshold to be judged against; without a
    // stated status or ownership, a stated pay cannot decide (an absent one decides nothing).
    const lookBackYear = request.asOf === undefined ? null : yearOf(request.asOf) - 1;
    if (lookBackYear !== null && request.highlyCompensated === undefined && !request.fivePercentOwner && request.priorYearCompensation !== undefined && lookBackYear < FIRST_HCE_LOOK_BACK_YEAR) {
      ctx.addIssue({
        code: "custom",
        path: ["priorYearCompensation"],
        message: `is ${lookBackYear} pay, but this calculator has highly compensated thresholds only from ${FIRST_HCE_LOOK_BACK_YEAR} (plan year ${FIRST_HCE_LOOK_BACK_YEAR + 1}) on; state highlyCompensated instead`,
      });
    }
  }),
);
export type EligibilityRequest = z.output<typeof eligibilityRequestSchema>;

const planYear = z
  .number({ error: "must be a year, such as 2002" })
  .int("must be a whole year, such as 2002")
  .min(FIRST_LIMITS_YEAR, `must be ${FIRST_LIMITS_YEAR} or later: the IRS limits table starts in ${FIRST_LIMITS_YEAR}`)
  .max(2200, "must be 2200 or earlier");

export const contributionRequestSchema = z.object({
  planYear,
  compensation: money,
  birthDate: isoDate.optional(),
  deferralPercent: numberIn(RANGES.deferralPercent).optional(),
});
export type ContributionRequest = z.output<typeof contributionRequestSchema>;

export const vestingRequestSchema = z
  .object({
    yearsOfService: yearsOfService.optional(),
    employmentStartDate: isoDate.optional(),
    asOf: isoDate.optional(),
    /** Hours of service (plan-rules §4.1): years of vesting service are counted from them. */
    hours: hoursList.optional(),
    balances: balancesSchema,
    planTerminated: bool(" (whether the plan has been terminated)").optional(),
  })
  .superRefine((request, ctx) => {
    if (request.hours !== undefined) {
      // Hours counting: the years come from the hours; a stated figure is checked against them by the rule.
      if (!request.employmentStartDate) {
        ctx.addIssue({ code: "custom", path: ["employmentStartDate"], message: "is required with hours (the first vesting computation period contains it)" });
      } else {
        request.hours.forEach((entry, index) => {
          if (entry.date < request.employmentStartDate!) {
            ctx.addIssue({
              code: "custom",
              path: ["hours", index, "date"],
              message: `is before the employment start date (${request.employmentStartDate}); hours are credited from the first hour of service`,
            });
          }
        });
      }
      if (!request.asOf) ctx.addIssue({ code: "custom", path: ["asOf"], message: "is required with hours (years of service are counted up to it)" });
    } else if (request.yearsOfService !== undefined) {
      if (request.employmentStartDate && request.asOf && request.asOf >= request.employmentStartDate) {
        const fromDates = completedYears(request.employmentStartDate, request.asOf);
        if (fromDates !== Math.floor(request.yearsOfService)) {
          ctx.addIssue({
            code: "custom",
            path: ["yearsOfService"],
            message: `(${request.yearsOfService}) disagrees with the ${fromDates} completed years from employmentStartDate to asOf; give one or the other`,
          });
        }
      }
    } else if (!request.employmentStartDate) {
      ctx.addIssue({ code: "custom", path: ["yearsOfService"], message: "is required, unless employmentStartDate and asOf are given" });
      return;
    }
    if (request.employmentStartDate && !request.asOf && request.hours === undefined) {
      ctx.addIssue({ code: "custom", path: ["asOf"], message: "is required with employmentStartDate (completed years are counted up to it)" });
    }
    if (request.employmentStartDate && request.asOf && request.asOf < request.employmentStartDate) {
      ctx.addIssue({ code: "custom", path: ["asOf"], message: `is before the employment start date (${request.employmentStartDate})` });
    }
  });
export type VestingRequest = z.output<typeof vestingRequestSchema>;

export const allocationRequestSchema = z
  .object({
    pool: money,
    participants: z
      .array(
        z.object(
          {
            id: z.string({ error: "must be a text id, such as \"A-17\"" }).trim().min(1, "must not be empty").max(200, "must be at most 200 characters"),
            deferrals: money,
          },
          { error: 'must be an object such as { "id": "A-17", "deferrals": "5200.00" }' },
        ),
        { error: 'must be a list of { "id", "deferrals" } entries' },
      )
      .min(1, "must list at least one participant")
      .max(MAX_PARTICIPANTS, `must list at most ${MAX_PARTICIPANTS.toLocaleString("en-US")} participants`),
  })
  .superRefine((request, ctx) => {
    const seen = new Map<string, number>();
    request.participants.forEach((participant, index) => {
      const first = seen.get(participant.id);
      if (first !== undefined) {
        ctx.addIssue({ code: "custom", path: ["participants", index, "id"], message: `repeats the id "${participant.id}" of participants.${first}; ids must be unique` });
      } else seen.set(participant.id, index);
    });
    const anyDeferrals = request.participants.some((participant) => !participant.deferrals.isZero());
    if (!anyDeferrals && request.pool.greaterThan(0)) {
      ctx.addIssue({ code: "custom", path: ["participants"], message: "have deferrals totalling 0, so there is nothing to share the pool against" });
    }
  });
export type AllocationRequest = z.output<typeof allocationRequestSchema>;

const projectionFields = z.object({
    asOf: isoDate,
    birthDate: isoDate,
    yearsOfService: yearsOfService.optional(),
    employmentStartDate: isoDate.optional(),
    balances: balancesSchema,
    compensation: money,
    salaryGrowthPercent: numberIn(RANGES.salaryGrowthPercent),
    deferralPercent: numberIn(RANGES.deferralPercent),
    matchPercentOfDeferral: numberIn(RANGES.matchPercentOfDeferral),
    annualReturnPercent: numberIn(RANGES.annualReturnPercent),
    years: numberIn(RANGES.years),
    planTerminated: bool(" (whether the plan has been terminated)").optional(),
});

export const projectionRequestSchema = projectionFields.superRefine(
  ...across<z.output<typeof projectionFields>>((request, ctx, failed) => {
    const { asOf, birthDate, employmentStartDate: start } = request;
    if (request.yearsOfService === undefined && start === undefined && !failed.has("yearsOfService") && !failed.has("employmentStartDate")) {
      ctx.addIssue({ code: "custom", path: ["yearsOfService"], message: "is required, unless employmentStartDate is given" });
    }
    if (birthDate !== undefined && asOf !== undefined && birthDate > asOf) {
      ctx.addIssue({ code: "custom", path: ["birthDate"], message: `is after asOf (${asOf}); check both dates` });
    }
    if (start !== undefined) {
      if (birthDate !== undefined && birthDate > start) {
        ctx.addIssue({ code: "custom", path: ["birthDate"], message: `is after the employment start date (${start}); check both dates` });
      }
      if (asOf !== undefined && start > asOf) {
        ctx.addIssue({ code: "custom", path: ["employmentStartDate"], message: `is after asOf (${asOf}); a projection starts from service already begun` });
      }
    }
    if (asOf !== undefined && yearOf(asOf) + 1 < FIRST_LIMITS_YEAR) {
      ctx.addIssue({ code: "custom", path: ["asOf"], message: `must be in ${FIRST_LIMITS_YEAR - 1} or later: the projection starts the next plan year and the IRS limits table starts in ${FIRST_LIMITS_YEAR}` });
    }
  }),
);
export type ProjectionRequest = z.output<typeof projectionRequestSchema>;

/** A problem with one field, for an API answer or a form. */
export interface FieldIssue {
  path: string;
  message: string;
}

const LABELS: Record<string, string> = {
  asOf: "As-of date",
  employer: "Employer",
  birthDate: "Birth date",
  employmentStartDate: "Employment start date",
  hours: "Hours",
  highlyCompensated: "Highly compensated",
  priorYearCompensation: "Prior-year compensation",
  fivePercentOwner: "5% owner",
  planYear: "Plan year",
  compensation: "Compensation",
  deferralPercent: "Deferral percent",
  yearsOfService: "Years of service",
  balances: "Balances",
  deferral: "deferrals balance",
  rollover: "rollovers balance",
  match: "employer match balance",
  planTerminated: "Plan terminated",
  pool: "Forfeiture pool",
  participants: "Participants",
  id: "id",
  deferrals: "deferrals",
  salaryGrowthPercent: "Salary growth percent",
  matchPercentOfDeferral: "Match percent of deferrals",
  annualReturnPercent: "Annual return percent",
  years: "Years to project",
  date: "date",
};

/** The field's name in plain words: "Birth date", "Hours entry 4: date", "Balances: employer match balance". */
export function fieldLabel(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "The request";
  const parts: string[] = [];
  for (let i = 0; i < path.length; i += 1) {
    const key = path[i];
    const next = path[i + 1];
    if (typeof next === "number" && typeof key === "string") {
      const noun = key === "hours" ? "Hours entry" : key === "participants" ? "Participant" : LABELS[key] ?? key;
      parts.push(`${noun} ${next + 1}`);
      i += 1;
    } else {
      const label = LABELS[String(key)] ?? String(key);
      parts.push(parts.length === 0 ? label : label.toLowerCase());
    }
  }
  const text = parts.join(": ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function problemOf(issue: z.core.$ZodIssue & { input?: unknown }): string {
  // A missing field is "required", whatever kind of value it wants (a money field is a union).
  if ((issue.code === "invalid_type" || issue.code === "invalid_union") && issue.input === undefined) return "is required";
  if (issue.code === "invalid_type") return `${issue.message}`;
  return issue.message;
}

/** zod's issues as `{ path, message }`, the path dotted ("hours.3.date"), the message in words. */
export function describeIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join(".");
    return { path, message: `${fieldLabel(issue.path)} ${problemOf(issue)}.`.replace(/\.\.$/, ".") };
  });
}

/** Parses with our messages; inputs are reported back so "is required" can be told apart. */
export function parseRequest<S extends z.ZodType>(schema: S, body: unknown): { ok: true; value: z.output<S> } | { ok: false; issues: FieldIssue[] } {
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    return { ok: false, issues: [{ path: "", message: "The request body must be a JSON object, such as { \"asOf\": \"2003-06-30\" }." }] };
  }
  const result = schema.safeParse(body, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: describeIssues(result.error) };
}
