/**
 * The shape of a plan: every number and choice the rules read, as data checked by zod.
 *
 * Rules never hold a plan number of their own: age 21, 1,000 hours, the 91st day, the 15% cap and
 * the vesting schedule all come from a `PlanDefinition`, each provision with its citation.
 */
import { z } from "../zod";
import { employerOf, SOURCES, type Source } from "./sources";

const citation = z.string().min(1, "a provision needs its citation");
const quote = z.string().min(1);

/** A percentage, 0 to 100 inclusive. */
const percent = z.number().min(0).max(100);

export const serviceRuleSchema = z.discriminatedUnion("kind", [
  z.object({
    /** A year of eligibility service: `hours` or more in a 12-month computation period. */
    kind: z.literal("hoursInPeriod"),
    hours: z.number().positive(),
  }),
  z.object({
    /** Eligible on the `days`-th day following the first hour of service (start + days). */
    kind: z.literal("daysFollowingFirstHour"),
    days: z.number().int().nonnegative(),
  }),
]);
export type ServiceRule = z.infer<typeof serviceRuleSchema>;

export const employerSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  /** The name a form's choice shows: short enough for a phone. */
  shortName: z.string().min(1),
  service: serviceRuleSchema,
  /** Whether highly compensated employees of this employer are excluded from the plan. */
  excludesHighlyCompensated: z.boolean(),
  citation,
  quote,
});
export type EmployerDefinition = z.infer<typeof employerSchema>;

export const vestingStepSchema = z.object({ years: z.number().int().nonnegative(), percent });
export type VestingStep = z.infer<typeof vestingStepSchema>;

export const sourceSchema = z.enum(SOURCES);
export { SOURCES, employerOf, type Source };

export const fullVestingEventSchema = z.enum(["planTermination", "death", "disability", "retirement"]);
export type FullVestingEvent = z.infer<typeof fullVestingEventSchema>;

export const planOptionsSchema = z.object({
  /** plan-rules §1: the anniversary of Feb 29 in a common year. */
  feb29Anniversary: z.enum(["march1", "feb28"]),
  /** plan-rules §2.1: computation periods after the initial one. */
  eligibilityPeriods: z.enum(["planYear", "anniversaryYear"]),
  /** plan-rules §2.1: when a year of eligibility service is credited. */
  serviceCredited: z.enum(["endOfPeriod", "onThousandthHour"]),
  /** plan-rules §2.1: entry date once eligible. */
  entry: z.enum(["immediate", "firstOfNextMonth", "semiAnnual"]),
  /** plan-rules §3: catch-up contributions (IRC 414(v)). */
  catchUp: z.boolean(),
  /** plan-rules §4: events that vest everyone 100%. */
  fullVestingOn: z.array(fullVestingEventSchema),
});
export type PlanOptions = z.infer<typeof planOptionsSchema>;

export const planDefinitionSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    source: z.string().min(1),
    eligibility: z.object({
      minimumAge: z.number().int().min(0).max(100),
      /** Months in the initial eligibility computation period. */
      computationPeriodMonths: z.literal(12),
      citation,
      quote,
    }),
    employers: z.array(employerSchema).min(1),
    contributions: z.object({
      deferralPercentCap: percent,
      rolloversAllowed: z.boolean(),
      citation,
      quote,
    }),
    match: z.object({
      discretionary: z.boolean(),
      /** The reference preset: match as a % of deferrals, and where it comes from. */
      referencePercentOfDeferrals: percent,
      referenceYear: z.number().int(),
      referenceBasis: z.string().min(1),
      citation,
      quote,
    }),
    vesting: z.object({
      immediatelyVested: z.array(sourceSchema),
      schedule: z.array(vestingStepSchema).min(1),
      citation,
      quote,
      terminationCitation: citation,
      terminationQuote: quote,
    }),
    forfeitures: z.object({
      use: z.literal("reduceFutureEmployerContributions"),
      allocation: z.literal("proRataToDeferrals"),
      citation,
      quote,
    }),
    options: planOptionsSchema,
  })
  .superRefine((plan, ctx) => {
    const steps = plan.vesting.schedule;
    if (steps[0]?.years !== 0) {
      ctx.addIssue({ code: "custom", path: ["vesting", "schedule", 0, "years"], message: "the schedule must start at 0 years" });
    }
    steps.forEach((step, index) => {
      const before = steps[index - 1];
      if (before && (step.years <= before.years || step.percent < before.percent)) {
        ctx.addIssue({
          code: "custom",
          path: ["vesting", "schedule", index],
          message: "schedule steps must rise in years and never fall in percent",
        });
      }
    });
    const ids = plan.employers.map((employer) => employer.id);
    if (new Set(ids).size !== ids.length) {
      ctx.addIssue({ code: "custom", path: ["employers"], message: "employer ids must be unique" });
    }
  });

export type PlanDefinition = z.infer<typeof planDefinitionSchema>;

/** Checks a plan definition; throws a ZodError naming the faulty provision. */
export function definePlan(input: unknown): PlanDefinition {
  return planDefinitionSchema.parse(input);
}
