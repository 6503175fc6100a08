/**
 * The plan as data (issue 2, item 2): the SOS plan, and other plans written as data alone — a
 * 3-year cliff, a 6-year graded schedule, a 90-day wait — that the rules apply unchanged.
 */
import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { Dec } from "@/lib/money";
import { definePlan, employerOf } from "@/lib/plan/definition";
import { SOS_2002_FIGURES, SOS_PLAN } from "@/lib/plan/sos-plan";
import { evaluateEligibility } from "@/lib/rules/eligibility";
import { eligibilitySentences } from "@/lib/words/en/eligibility";
import { evaluateVesting } from "@/lib/rules/vesting";
import { vestingComplianceFinding } from "@/lib/rules/compliance";
import { vestingExplanation } from "@/lib/words/en/service-explanation";

const otherPlan = {
  id: "acme-401k",
  name: "Acme 401(k) Plan",
  source: "Acme plan document",
  sourcePeriodEnd: "2024-12-31",
  eligibility: { minimumAge: 18, computationPeriodMonths: 12, citation: "Acme §2.1", quote: "Age 18." },
  employers: [
    { id: "Acme", name: "Acme Inc.", shortName: "Acme", service: { kind: "daysFollowingFirstHour", days: 90 }, excludesHighlyCompensated: false, citation: "Acme §2.2", quote: "After 90 days." },
  ],
  contributions: { deferralPercentCap: 75, rolloversAllowed: true, citation: "Acme §3", quote: "Up to 75%." },
  match: { discretionary: false, referencePercentOfDeferrals: 50, referenceYear: 2002, referenceBasis: "50% match", citation: "Acme §4", quote: "50%." },
  vesting: {
    immediatelyVested: ["deferral", "rollover"],
    schedule: [
      { years: 0, percent: 0 },
      { years: 3, percent: 100 },
    ],
    citation: "Acme §5",
    quote: "3-year cliff.",
    terminationCitation: "Acme §9",
    terminationQuote: "Full vesting on termination.",
    hoursCounting: {
      yearOfService: { hours: 1000, citation: "29 CFR 2530.203-2" },
      breakInService: { hoursAtMost: 500, citation: "29 CFR 2530.200b-4" },
      forfeiture: { consecutiveBreaks: 5, citation: "IRC 411(a)(6)(C)" },
      ruleOfParity: { minimumBreaks: 5, citation: "IRC 411(a)(6)(D)" },
    },
  },
  longTermPartTime: {
    qualifyingHours: { hours: 500, citation: "IRC 401(k)(15)" },
    firstCountedPeriodStart: { date: "2021-01-01", citation: "IRC 401(k)(15)" },
    runs: [{ from: "2025-01-01", periods: 2, citation: "IRC 401(k)(2)(D)" }],
    citation: "IRC 401(k)(2)(D), 401(k)(15)",
  },
  forfeitures: { use: "reduceFutureEmployerContributions", allocation: "proRataToDeferrals", citation: "Acme §6", quote: "Forfeitures." },
  nondiscrimination: SOS_PLAN.nondiscrimination,
  options: {
    feb29Anniversary: "march1", eligibilityPeriods: "planYear", serviceCredited: "endOfPeriod", entry: "immediate", catchUp: false, fullVestingOn: ["planTermination"],
    vestingPeriods: "planYear", ruleOfParity: false, longTermPartTime: "statutory", longTermPartTimeMatch: false,
    testingLines: "separate", testingMethod: "current-year", testLongTermPartTime: false, forfeitMatchOnRefund: true,
  },
};

const graded = [
  { years: 0, percent: 0 },
  { years: 2, percent: 20 },
  { years: 3, percent: 40 },
  { years: 4, percent: 60 },
  { years: 5, percent: 80 },
  { years: 6, percent: 100 },
];

const match = (plan: ReturnType<typeof definePlan>, years: number) =>
  evaluateVesting({ yearsOfService: years, balances: { deferral: new Dec(0), rollover: new Dec(0), match: new Dec("1000") } }, plan);

describe("the SOS plan as data", () => {
  it("carries the 11-K's numbers and citations", () => {
    expect(SOS_PLAN.eligibility.minimumAge).toBe(21);
    expect(employerOf(SOS_PLAN, "SOS").service).toEqual({ kind: "hoursInPeriod", hours: 1000 });
    expect(employerOf(SOS_PLAN, "Inteliant").service).toEqual({ kind: "daysFollowingFirstHour", days: 91 });
    expect(employerOf(SOS_PLAN, "SOS").excludesHighlyCompensated).toBe(true);
    expect(employerOf(SOS_PLAN, "Inteliant").excludesHighlyCompensated).toBe(false);
    expect(SOS_PLAN.contributions.deferralPercentCap).toBe(15);
    expect(SOS_PLAN.vesting.schedule).toEqual([
      { years: 0, percent: 0 },
      { years: 3, percent: 50 },
      { years: 4, percent: 75 },
      { years: 5, percent: 100 },
    ]);
    expect(SOS_PLAN.vesting.citation).toBe("11-K Note 1.D");
    expect(SOS_PLAN.vesting.terminationCitation).toBe("11-K Note 5");
    expect(SOS_PLAN.forfeitures.citation).toBe("11-K Note 1.G");
    expect(SOS_2002_FIGURES.forfeituresAllocatedAsMatch).toBe("127800");
  });

  it("has every plan option at plan-rules' default", () => {
    expect(SOS_PLAN.options).toEqual({
      feb29Anniversary: "march1",
      eligibilityPeriods: "planYear",
      serviceCredited: "endOfPeriod",
      entry: "immediate",
      catchUp: false,
      fullVestingOn: ["planTermination"],
      vestingPeriods: "planYear",
      ruleOfParity: false,
      longTermPartTime: "statutory",
      longTermPartTimeMatch: false,
      // plan-rules §9: tested apart, current-year, part-timers not tested, match forfeited with a refund.
      testingLines: "separate",
      testingMethod: "current-year",
      testLongTermPartTime: false,
      forfeitMatchOnRefund: true,
    });
  });

  it("carries the numbers of hours counting and of the long-term part-time rule, each with its statute (plan-rules §4.1, §2.4)", () => {
    expect(SOS_PLAN.vesting.hoursCounting).toEqual({
      yearOfService: { hours: 1000, citation: "29 CFR 2530.200b-1, 2530.203-2" },
      breakInService: { hoursAtMost: 500, citation: "29 CFR 2530.200b-4" },
      forfeiture: { consecutiveBreaks: 5, citation: "IRC 411(a)(6)(C); 11-K Note 1.G" },
      ruleOfParity: { minimumBreaks: 5, citation: "IRC 411(a)(6)(D)" },
    });
    expect(SOS_PLAN.longTermPartTime.qualifyingHours.hours).toBe(500);
    expect(SOS_PLAN.longTermPartTime.firstCountedPeriodStart.date).toBe("2021-01-01");
    expect(SOS_PLAN.longTermPartTime.runs.map((run) => [run.from, run.periods])).toEqual([
      ["2024-01-01", 3],
      ["2025-01-01", 2],
    ]);
    expect(SOS_PLAN.longTermPartTime.runs[1]!.citation).toContain("SECURE 2.0 §125");
    expect(SOS_PLAN.longTermPartTime.citation).toBe("IRC 401(k)(2)(D), 401(k)(15)");
  });

  it("the reference match is 26.2%: 127,800 / 487,809 = 0.26199…", () => {
    expect(SOS_PLAN.match.referencePercentOfDeferrals).toBe(26.2);
    expect(new Dec("127800").dividedBy("487809").times(100).toDecimalPlaces(1).toString()).toBe("26.2");
  });

  it("an unknown employer is refused", () => {
    expect(() => employerOf(SOS_PLAN, "Acme")).toThrow(/no employer "Acme"/);
  });
});

describe("another plan as data alone", () => {
  const cliff = definePlan(otherPlan);
  const sixYearGraded = definePlan({ ...otherPlan, id: "graded", vesting: { ...otherPlan.vesting, schedule: graded } });

  it.each([
    [2, 0, "2 years under a 3-year cliff: 0%"],
    [3, 100, "3 years under a 3-year cliff: 100%"],
  ])("%i years: %i%% (%s)", (years, percent) => {
    expect(match(cliff, years).vestedPercent).toBe(percent);
  });

  it.each([
    [1, 0],
    [2, 20],
    [3, 40],
    [4, 60],
    [5, 80],
    [6, 100],
    [7, 100],
  ])("6-year graded, %i years: %i%%", (years, percent) => {
    expect(match(sixYearGraded, years).vestedPercent).toBe(percent);
  });

  it("a 6-year graded schedule describes itself and its next step", () => {
    const result = match(sixYearGraded, 2);
    expect(result.nextStep).toEqual({ yearsOfService: 3, vestedPercent: 40 });
    expect(vestingExplanation(result, sixYearGraded).join(" ")).toContain("less than 2 years 0%, 2 years 20%, 3 years 40%");
    expect(result.citation).toBe("Acme §5");
  });

  it.each([
    // 2002-01-01 + 90 days: 31 + 28 + 31 = 90, so 2002-04-01.
    ["2002-03-31", false, "day 89 after the first hour: not yet"],
    ["2002-04-01", true, "the 90th day following the first hour (2002-01-01 + 90 = 2002-04-01)"],
  ])("a 90-day wait, as of %s: eligible %s (%s)", (asOf, eligible) => {
    const result = evaluateEligibility(
      { asOf, employer: "Acme", birthDate: "1983-06-01", employmentStartDate: "2002-01-01", highlyCompensated: true },
      cliff,
    );
    expect(result.eligible).toBe(eligible);
    expect(result.eligibilityDate).toBe("2002-04-01");
    expect(result.excluded).toBe(false);
    expect(result.requirements[0].metOn).toBe("2001-06-01");
    expect(eligibilitySentences(result, cliff).join(" ")).toContain("90th day");
  });

  it("the 3-year cliff and the 6-year graded schedule meet 411(a)(12)", () => {
    expect(vestingComplianceFinding(cliff, 2002).passes).toBe(true);
    expect(vestingComplianceFinding(sixYearGraded, 2002).passes).toBe(true);
  });
});

describe("definePlan refuses a malformed plan", () => {
  function issuesOf(input: unknown) {
    try {
      definePlan(input);
    } catch (error) {
      if (error instanceof ZodError) return error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
      throw error;
    }
    return [];
  }

  it.each([
    [[{ years: 1, percent: 0 }, { years: 3, percent: 100 }], "vesting.schedule.0.years", "must start at 0 years", "a schedule not starting at 0"],
    [[{ years: 0, percent: 0 }, { years: 3, percent: 60 }, { years: 4, percent: 50 }], "vesting.schedule.2", "never fall in percent", "a falling percent"],
    [[{ years: 0, percent: 0 }, { years: 3, percent: 50 }, { years: 3, percent: 100 }], "vesting.schedule.2", "rise in years", "years that do not rise"],
    [[{ years: 0, percent: 0 }, { years: 3, percent: 120 }], "vesting.schedule.1.percent", "", "a percent above 100"],
    [[], "vesting.schedule", "", "an empty schedule"],
  ])("schedule %j: an issue at %s (%s)", (schedule, path, words) => {
    const issues = issuesOf({ ...otherPlan, vesting: { ...otherPlan.vesting, schedule } });
    const issue = issues.find((candidate) => candidate.path === path);
    expect(issue, JSON.stringify(issues)).toBeDefined();
    expect(issue!.message).toContain(words);
  });

  it.each([
    [{ ...otherPlan, employers: [...otherPlan.employers, otherPlan.employers[0]] }, "employers", "a repeated employer id"],
    [{ ...otherPlan, contributions: { ...otherPlan.contributions, citation: "" } }, "contributions.citation", "a provision without its citation"],
    [{ ...otherPlan, options: { ...otherPlan.options, entry: "quarterly" } }, "options.entry", "an unknown entry option"],
    [{ ...otherPlan, employers: [{ ...otherPlan.employers[0], service: { kind: "hoursInPeriod", hours: 0 } }] }, "employers.0.service.hours", "a zero-hours requirement"],
    [
      { ...otherPlan, vesting: { ...otherPlan.vesting, hoursCounting: { ...otherPlan.vesting.hoursCounting, breakInService: { hoursAtMost: 1000, citation: "x" } } } },
      "vesting.hoursCounting.breakInService.hoursAtMost",
      "a break in service that needs as many hours as a year of service",
    ],
    [
      { ...otherPlan, vesting: { ...otherPlan.vesting, hoursCounting: { ...otherPlan.vesting.hoursCounting, forfeiture: { consecutiveBreaks: 5, citation: "" } } } },
      "vesting.hoursCounting.forfeiture.citation",
      "a number of breaks without its citation",
    ],
    [
      { ...otherPlan, longTermPartTime: { ...otherPlan.longTermPartTime, runs: [{ from: "2025-01-01", periods: 2, citation: "x" }, { from: "2024-01-01", periods: 3, citation: "x" }] } },
      "longTermPartTime.runs.1.from",
      "part-time runs out of date order",
    ],
    [{ ...otherPlan, longTermPartTime: { ...otherPlan.longTermPartTime, firstCountedPeriodStart: { date: "2021-02-30", citation: "x" } } }, "longTermPartTime.firstCountedPeriodStart.date", "an impossible date"],
    [{ ...otherPlan, options: { ...otherPlan.options, vestingPeriods: "calendarMonth" } }, "options.vestingPeriods", "an unknown vesting period"],
  ])("an issue at %s (%s)", (plan, path, _why) => {
    expect(issuesOf(plan).map((issue) => issue.path)).toContain(path);
  });

  it("a well-formed plan passes untouched", () => {
    expect(issuesOf(otherPlan)).toEqual([]);
  });
});
