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

/**
 * Years of vesting service counted from hours (plan-rules §4.1): each number with the statute or
 * regulation it comes from.
 */
export const hoursCountingSchema = z.object({
  /** A vesting computation period with this many hours or more is a year of vesting service. */
  yearOfService: z.object({ hours: z.number().positive(), citation }),
  /** A period that has ended with this many hours or fewer is a one-year break in service. */
  breakInService: z.object({ hoursAtMost: z.number().nonnegative(), citation }),
  /** The nonvested match is forfeited on the day after this many consecutive breaks end. */
  forfeiture: z.object({ consecutiveBreaks: z.number().int().positive(), citation }),
  /** Rule of parity (when the option is on): breaks at least the greater of this and the years before them. */
  ruleOfParity: z.object({ minimumBreaks: z.number().int().positive(), citation }),
});
export type HoursCounting = z.infer<typeof hoursCountingSchema>;

/** A date from which a run of this many qualifying periods meets the part-time requirement. */
const partTimeRunSchema = z.object({ from: z.iso.date(), periods: z.number().int().positive(), citation });

/** Long-term part-time employees (plan-rules §2.4): each number with its statute. */
export const longTermPartTimeSchema = z.object({
  /** A computation period credited with this many hours or more qualifies. */
  qualifyingHours: z.object({ hours: z.number().positive(), citation }),
  /** Computation periods beginning before this date are not counted. */
  firstCountedPeriodStart: z.object({ date: z.iso.date(), citation }),
  /** The run of consecutive qualifying periods required, by date (in order of `from`). */
  runs: z.array(partTimeRunSchema).min(1),
  /** The provision as a whole. */
  citation,
});
export type LongTermPartTime = z.infer<typeof longTermPartTimeSchema>;

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
  /** plan-rules §4.1: vesting computation periods when years are counted from hours. */
  vestingPeriods: z.enum(["planYear", "anniversaryYear"]),
  /** plan-rules §4.1: whether breaks in service erase a nonvested participant's earlier years (IRC 411(a)(6)(D)). */
  ruleOfParity: z.boolean(),
  /** plan-rules §2.4: the long-term part-time rule for SOS employees, or off. */
  longTermPartTime: z.enum(["statutory", "off"]),
  /** plan-rules §2.4: whether long-term part-time employees get the employer match. */
  longTermPartTimeMatch: z.boolean(),
  /** plan-rules §9: SOS and Inteliant tested apart (11-K Note 1.A), or everyone as one line. */
  testingLines: z.enum(["separate", "combined"]),
  /** plan-rules §9: the NHCE figure of the ADP and ACP tests, of this plan year or the one before. */
  testingMethod: z.enum(["current-year", "prior-year"]),
  /** plan-rules §9: whether long-term part-time employees are counted in the tests (IRC 401(k)(15)(B)(i)). */
  testLongTermPartTime: z.boolean(),
  /** plan-rules §9: whether an HCE refunded deferrals forfeits the match on them (Treas. Reg. 1.411(a)-4(b)(7)). */
  forfeitMatchOnRefund: z.boolean(),
});
export type PlanOptions = z.infer<typeof planOptionsSchema>;

/** A day of the plan year after the one tested (month 1–12, day 1–31). */
const dayOfNextYearSchema = z.object({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31), citation });

/**
 * The ADP and ACP tests (plan-rules §9): the statute's numbers, each with its source. The limit
 * is the greater of `basic` × n and the lesser of `alternativeMultiple` × n and n + `alternativeSpread`.
 */
export const nondiscriminationSchema = z.object({
  adpCitation: citation,
  acpCitation: citation,
  /** Rates are rounded half-up to this many decimals of a percentage point. */
  rateDecimals: z.number().int().min(0).max(6),
  limit: z.object({ basic: z.number().positive(), alternativeMultiple: z.number().positive(), alternativeSpread: z.number().nonnegative(), citation }),
  /** The line tested apart, and the report's words for it. */
  separateLines: z.object({ citation, quote }),
  /** The name of the one line when everyone is tested together. */
  combinedLineName: z.string().min(1),
  correction: z.object({ citation }),
  matchForfeiture: z.object({ citation }),
  acpCorrection: z.object({ citation }),
  longTermPartTime: z.object({ citation }),
  /** The day a correction avoids the employer's excise tax, and the last day to correct. */
  deadlines: z.object({ withoutExciseTax: dayOfNextYearSchema, final: dayOfNextYearSchema }),
  citation,
});
export type Nondiscrimination = z.infer<typeof nondiscriminationSchema>;

export const planDefinitionSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    source: z.string().min(1),
    /** The last day of the period the source reports on (its fiscal year end): the pages say it in each language. */
    sourcePeriodEnd: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
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
      hoursCounting: hoursCountingSchema,
    }),
    longTermPartTime: longTermPartTimeSchema,
    forfeitures: z.object({
      use: z.literal("reduceFutureEmployerContributions"),
      allocation: z.literal("proRataToDeferrals"),
      citation,
      quote,
    }),
    nondiscrimination: nondiscriminationSchema,
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
    const counting = plan.vesting.hoursCounting;
    if (counting.breakInService.hoursAtMost >= counting.yearOfService.hours) {
      ctx.addIssue({
        code: "custom",
        path: ["vesting", "hoursCounting", "breakInService", "hoursAtMost"],
        message: "a break in service must need fewer hours than a year of service",
      });
    }
    plan.longTermPartTime.runs.forEach((run, index) => {
      const before = plan.longTermPartTime.runs[index - 1];
      if (before && run.from <= before.from) {
        ctx.addIssue({ code: "custom", path: ["longTermPartTime", "runs", index, "from"], message: "runs must be in order of date" });
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
