/**
 * The vesting schedule against the statutory minimums (plan-rules §4, compliance finding):
 * IRC 411(a)(12) for matches from 2002 (3-year cliff or 2-to-6 graded); before 2002, the 5-year
 * cliff or 3-to-7 graded.
 */
import { describe, expect, it } from "vitest";
import { definePlan, type VestingStep } from "@/lib/plan/definition";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { Dec } from "@/lib/money";
import { minimumScheduleComparison, vestingComplianceFinding } from "@/lib/rules/compliance";
import { evaluateVesting } from "@/lib/rules/vesting";
import { complianceReasoning } from "@/lib/words/en/compliance";

function planWith(schedule: VestingStep[]) {
  return definePlan({ ...SOS_PLAN, vesting: { ...SOS_PLAN.vesting, schedule } });
}

describe("the SOS schedule (0/50/75/100 at 3/4/5)", () => {
  it("fails both 411(a)(12) schedules for 2002: 0% at 2 years vs 20% graded, 50% at 3 vs 100% cliff", () => {
    const finding = vestingComplianceFinding(SOS_PLAN, 2002);
    expect(finding.passes).toBe(false);
    expect(finding.statute).toContain("411(a)(12)");
    expect(finding.tests).toEqual([
      { id: "cliff3", name: "3-year cliff", citation: "IRC 411(a)(12)(A)", passes: false, firstShortfall: { yearsOfService: 3, planPercent: 50, requiredPercent: 100 } },
      { id: "graded2to6", name: "2-to-6-year graded", citation: "IRC 411(a)(12)(B)", passes: false, firstShortfall: { yearsOfService: 2, planPercent: 0, requiredPercent: 20 } },
    ]);
    const text = complianceReasoning(finding, SOS_PLAN).join(" ");
    expect(text).toContain("at 3 years it gives 50% where 100% is required");
    expect(text).toContain("at 2 years it gives 0% where 20% is required");
    expect(text).toContain("meets neither minimum");
    expect(finding.citation).toBe("11-K Note 1.D");
  });

  it.each([[2003], [2026]])("fails for plan year %i too", (year) => {
    expect(vestingComplianceFinding(SOS_PLAN, year).passes).toBe(false);
  });

  it("passes the pre-2002 minimums for 2001: the 5-year cliff (100% at 5) and 3-to-7 graded (50 ≥ 20, 75 ≥ 40, 100 ≥ 60)", () => {
    const finding = vestingComplianceFinding(SOS_PLAN, 2001);
    expect(finding.passes).toBe(true);
    expect(finding.tests.map((test) => [test.id, test.passes])).toEqual([
      ["cliff5", true],
      ["graded3to7", true],
    ]);
    expect(complianceReasoning(finding, SOS_PLAN).join(" ")).toContain("complies for plan year 2001");
  });

  it("the words module gives the reasoning the rule used to: the 2001 finding, sentence for sentence", () => {
    // The old template filled by hand: the SOS schedule, the pre-2002 statute, the 5-year cliff
    // (0% before 5, 100% at 5) and the 3-to-7 graded (20/40/60/80/100 at 3-7), both met.
    expect(complianceReasoning(vestingComplianceFinding(SOS_PLAN, 2001), SOS_PLAN)).toEqual([
      "The plan vests employer matching contributions less than 3 years 0%, 3 years 50%, 4 years 75%, 5 years or more 100%. (11-K Note 1.D)",
      "For plan year 2001 the minimum is set by IRC 411(a)(2) as in force before EGTRRA, plan years beginning before January 1, 2002: a schedule must meet the " +
        "5-year cliff (less than 5 years 0%, 5 years or more 100%) or the 3-to-7-year graded (less than 3 years 0%, 3 years 20%, 4 years 40%, 5 years 60%, 6 years 80%, 7 years or more 100%) at every year of service.",
      "It meets the 5-year cliff minimum at every year of service. (IRC 411(a)(2)(A) (pre-2002))",
      "It meets the 3-to-7-year graded minimum at every year of service. (IRC 411(a)(2)(B) (pre-2002))",
      "So the schedule complies for plan year 2001.",
    ]);
  });

  it("a failed test and the conclusion of a failing year, as the rule wrote them", () => {
    const reasoning = complianceReasoning(vestingComplianceFinding(SOS_PLAN, 2002), SOS_PLAN);
    expect(reasoning.slice(2)).toEqual([
      "It fails the 3-year cliff minimum: at 3 years it gives 50% where 100% is required. (IRC 411(a)(12)(A))",
      "It fails the 2-to-6-year graded minimum: at 2 years it gives 0% where 20% is required. (IRC 411(a)(12)(B))",
      "So the schedule meets neither minimum for matching contributions of plan year 2002. The calculator still applies the schedule the 11-K describes; this finding is for the plan administrator.",
    ]);
  });
});

describe("other schedules", () => {
  it.each([
    [[{ years: 0, percent: 0 }, { years: 3, percent: 100 }], 2002, true, "a 3-year cliff meets 411(a)(12)"],
    [
      [{ years: 0, percent: 0 }, { years: 2, percent: 20 }, { years: 3, percent: 40 }, { years: 4, percent: 60 }, { years: 5, percent: 80 }, { years: 6, percent: 100 }],
      2002,
      true,
      "a 6-year graded schedule meets 411(a)(12)",
    ],
    [[{ years: 0, percent: 100 }], 2002, true, "immediate vesting meets every minimum"],
    [[{ years: 0, percent: 0 }, { years: 6, percent: 100 }], 2002, false, "a 6-year cliff fails 411(a)(12)"],
    [[{ years: 0, percent: 0 }, { years: 6, percent: 100 }], 2001, false, "a 6-year cliff fails even the pre-2002 minimums"],
    [[{ years: 0, percent: 0 }, { years: 5, percent: 100 }], 2001, true, "a 5-year cliff meets the pre-2002 minimum"],
  ])("%j in %i: passes %s (%s)", (schedule, year, passes) => {
    expect(vestingComplianceFinding(planWith(schedule), year).passes).toBe(passes);
  });
});

describe("the law's minimum schedules beside the plan's at a number of years (plan-rules §4)", () => {
  it.each([
    // SOS: 0% <3, 50% at 3, 75% at 4, 100% at 5+. From 2002: 3-year cliff (100% at 3) or
    // 2-to-6 graded (20/40/60/80/100 at 2..6). The plan meets neither (at 2 years 0% < 20%).
    [0, null, "0 years: both minimums give 0%, the plan 0%: nothing more"],
    [1, null, "1 year: both 0%"],
    [2, [0, [0, 20]], "2 years: cliff 0%, graded 20% > the plan's 0%"],
    [3, [50, [100, 40]], "3 years: cliff 100% > 50%"],
    [4, [75, [100, 60]], "4 years: cliff 100% > 75%"],
    [5, null, "5 years: the plan's 100% is the most"],
  ] as const)("at %i years: %j (%s)", (years, expected, _why) => {
    const comparison = minimumScheduleComparison(SOS_PLAN, years);
    if (expected === null) expect(comparison).toBeNull();
    else {
      expect(comparison).toMatchObject({ firstPlanYear: 2002, citation: "IRC 411(a)(12)", yearsOfService: years, planPercent: expected[0] });
      expect(comparison!.minimums.map((minimum) => [minimum.name, minimum.percent])).toEqual([["3-year cliff", expected[1][0]], ["2-to-6-year graded", expected[1][1]]]);
    }
  });

  it("a plan that meets the 3-year cliff is never compared, even at 2 years where the graded gives 20%", () => {
    expect(minimumScheduleComparison(planWith([{ years: 0, percent: 0 }, { years: 3, percent: 100 }]), 2)).toBeNull();
  });

  it("the vesting result carries the comparison, today's and each step's; none when fully vested by an event", () => {
    const zero = { deferral: new Dec(0), rollover: new Dec(0), match: new Dec(0) };
    const result = evaluateVesting({ yearsOfService: 2, balances: zero }, SOS_PLAN);
    expect(result.lawMinimum?.planPercent).toBe(0);
    // Steps ahead at 3, 4, 5 years: 3 and 4 are below the cliff's 100%; 5 gives 100%.
    expect(result.stepsAhead.map((step) => step.lawMinimum?.planPercent ?? null)).toEqual([50, 75, null]);
    expect(evaluateVesting({ yearsOfService: 2, balances: zero, events: ["planTermination"] }, SOS_PLAN).lawMinimum).toBeNull();
  });
});
