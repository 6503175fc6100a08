/**
 * The plan's vesting schedule judged against the statutory minimum vesting schedules
 * (plan-rules §4, compliance finding). Shown, never applied: the schedule is what the 11-K says.
 *
 * Matching contributions for plan years beginning after 2001 (IRC 411(a)(12), added by EGTRRA):
 * a 3-year cliff, or 2-to-6-year graded (20/40/60/80/100 at 2–6 years). Before then
 * (IRC 411(a)(2)): a 5-year cliff, or 3-to-7-year graded (20/40/60/80/100 at 3–7 years).
 * A schedule complies when one minimum schedule is met at every year of service.
 * The finding holds facts; its reasoning in words is lib/words/en/compliance.ts.
 */
import type { PlanDefinition, VestingStep } from "../plan/definition";
import { scheduledPercent } from "./vesting-service";

export interface MinimumSchedule {
  id: string;
  name: string;
  schedule: VestingStep[];
  citation: string;
}

/** The statute's minimum schedules, as data with their citations. */
export const MINIMUM_SCHEDULES = {
  from2002: {
    firstPlanYear: 2002,
    citation: "IRC 411(a)(12)",
    statute: "IRC 411(a)(12) (EGTRRA 2001 §633), matching contributions for plan years beginning after December 31, 2001",
    schedules: [
      { id: "cliff3", name: "3-year cliff", schedule: [{ years: 0, percent: 0 }, { years: 3, percent: 100 }], citation: "IRC 411(a)(12)(A)" },
      {
        id: "graded2to6",
        name: "2-to-6-year graded",
        schedule: [
          { years: 0, percent: 0 },
          { years: 2, percent: 20 },
          { years: 3, percent: 40 },
          { years: 4, percent: 60 },
          { years: 5, percent: 80 },
          { years: 6, percent: 100 },
        ],
        citation: "IRC 411(a)(12)(B)",
      },
    ] satisfies MinimumSchedule[],
  },
  before2002: {
    firstPlanYear: null,
    citation: "IRC 411(a)(2)",
    statute: "IRC 411(a)(2) as in force before EGTRRA, plan years beginning before January 1, 2002",
    schedules: [
      { id: "cliff5", name: "5-year cliff", schedule: [{ years: 0, percent: 0 }, { years: 5, percent: 100 }], citation: "IRC 411(a)(2)(A) (pre-2002)" },
      {
        id: "graded3to7",
        name: "3-to-7-year graded",
        schedule: [
          { years: 0, percent: 0 },
          { years: 3, percent: 20 },
          { years: 4, percent: 40 },
          { years: 5, percent: 60 },
          { years: 6, percent: 80 },
          { years: 7, percent: 100 },
        ],
        citation: "IRC 411(a)(2)(B) (pre-2002)",
      },
    ] satisfies MinimumSchedule[],
  },
} as const;

export interface ScheduleTest {
  id: string;
  name: string;
  citation: string;
  passes: boolean;
  /** The first year of service at which the plan gives less than this minimum, if any. */
  firstShortfall: { yearsOfService: number; planPercent: number; requiredPercent: number } | null;
}

export interface ComplianceFinding {
  planYear: number;
  source: "match";
  statute: string;
  passes: boolean;
  /** The minimum schedules in force for the plan year, in the order tested. */
  minimums: readonly MinimumSchedule[];
  tests: ScheduleTest[];
  citation: string;
}

function testAgainst(plan: readonly VestingStep[], minimum: MinimumSchedule): ScheduleTest {
  const horizon = Math.max(...minimum.schedule.map((step) => step.years), ...plan.map((step) => step.years));
  for (let years = 0; years <= horizon; years += 1) {
    const planPercent = scheduledPercent(plan, years);
    const requiredPercent = scheduledPercent(minimum.schedule, years);
    if (planPercent < requiredPercent) {
      return { id: minimum.id, name: minimum.name, citation: minimum.citation, passes: false, firstShortfall: { yearsOfService: years, planPercent, requiredPercent } };
    }
  }
  return { id: minimum.id, name: minimum.name, citation: minimum.citation, passes: true, firstShortfall: null };
}

/** The match vesting schedule against the minimums in force for a plan year. */
export function vestingComplianceFinding(plan: PlanDefinition, planYear: number): ComplianceFinding {
  const regime = planYear >= MINIMUM_SCHEDULES.from2002.firstPlanYear ? MINIMUM_SCHEDULES.from2002 : MINIMUM_SCHEDULES.before2002;
  const tests = regime.schedules.map((minimum) => testAgainst(plan.vesting.schedule, minimum));
  const passes = tests.some((test) => test.passes);
  return { planYear, source: "match", statute: regime.statute, passes, minimums: regime.schedules, tests, citation: plan.vesting.citation };
}

/**
 * The law's minimum schedules beside the plan's at a number of years of service, for match paid
 * for plan years from 2002 (IRC 411(a)(12); plan-rules §4, compliance finding).
 */
export interface MinimumScheduleComparison {
  /** The first plan year whose match the minimums apply to. */
  firstPlanYear: number;
  citation: string;
  yearsOfService: number;
  /** The plan's vested % at those years. */
  planPercent: number;
  /**
   * Each minimum schedule's % at those years, and the match's vested % if that schedule applies
   * (the greater of the two: a minimum never takes away what the plan gives).
   */
  minimums: { id: string; name: string; percent: number; vestedIfApplies: number; givesMore: boolean; citation: string }[];
}

/** Whether the plan's schedule meets a minimum for plan years from 2002, worked once per plan (every vesting answer asks). */
const meetsFrom2002 = new WeakMap<PlanDefinition, boolean>();
function meetsMinimumFrom2002(plan: PlanDefinition): boolean {
  let meets = meetsFrom2002.get(plan);
  if (meets === undefined) {
    meets = MINIMUM_SCHEDULES.from2002.schedules.some((minimum) => testAgainst(plan.vesting.schedule, minimum).passes);
    meetsFrom2002.set(plan, meets);
  }
  return meets;
}

/**
 * Where the law may give more than the plan at `years` of service: the plan's schedule meets
 * neither minimum for plan years from 2002, and one of them gives a higher % at those years.
 * Null where the plan meets them (it complies, or gives at least what each gives at those years).
 */
export function minimumScheduleComparison(plan: PlanDefinition, years: number): MinimumScheduleComparison | null {
  const regime = MINIMUM_SCHEDULES.from2002;
  if (meetsMinimumFrom2002(plan)) return null;
  const planPercent = scheduledPercent(plan.vesting.schedule, years);
  const minimums = regime.schedules.map((minimum) => {
    const percent = scheduledPercent(minimum.schedule, years);
    return { id: minimum.id, name: minimum.name, percent, vestedIfApplies: Math.max(percent, planPercent), givesMore: percent > planPercent, citation: minimum.citation };
  });
  if (!minimums.some((minimum) => minimum.givesMore)) return null;
  return { firstPlanYear: regime.firstPlanYear, citation: regime.citation, yearsOfService: years, planPercent, minimums };
}
