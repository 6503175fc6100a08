/**
 * The HR eligibility page's words (lib/words/en/eligibility and eligibility-roster, issue 15): for
 * a rule result, the sentences the page and the roster wrote themselves before the move
 * (app/hr/eligibility/single-result.tsx's verdict, dates and requirement cells and its period
 * lines; lib/pages/hr-eligibility/answers.ts's reasons), each worked out by hand from those
 * templates and the dates of the case (plan-rules §2).
 */
import { describe, expect, it } from "vitest";
import { Dec } from "@/lib/money";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { evaluateEligibility, type ComputationPeriod, type EligibilityInput } from "@/lib/rules/eligibility";
import { eligibilityAnswerWords, gapInWords, partTimePeriodLine, periodLabel, periodLineWords } from "@/lib/words/en/eligibility";
import { errorReason, hceBasis, hoursBeforeStartProblem, progress, rosterReason, spellsInWords } from "@/lib/words/en/eligibility-roster";

const evaluate = (input: EligibilityInput) => evaluateEligibility(input, SOS_PLAN);

/** SOS, born 1970-01-01 (age 21 on 1991-01-01), hired 2002-03-15, 1,000 hours on 2002-09-30: the initial period meets it, year of service completed 2003-03-15. */
const met = { asOf: "2003-06-30", employer: "SOS", birthDate: "1970-01-01", employmentStartDate: "2002-03-15", hours: [{ date: "2002-09-30", hours: 1000 }] };
/** 600 hours a year 2021-2025, born 1980-01-01, as of 2025-06-30: three plan years of 500 or more end with 2023, so the part-time rule is met 2024-01-01. */
const partTimer = {
  asOf: "2025-06-30",
  employer: "SOS",
  birthDate: "1980-01-01",
  employmentStartDate: "2021-01-01",
  hours: [2021, 2022, 2023, 2024, 2025].map((year) => ({ date: `${year}-06-30`, hours: 600 })),
};

describe("the one-employee answer's cells", () => {
  it("eligible: since March 15, 2003, as of June 30, 2003; both requirements met", () => {
    expect(eligibilityAnswerWords(evaluate(met), "2003-06-30")).toEqual({
      verdict: "Eligible since March 15, 2003 (as of June 30, 2003).",
      eligibilityDate: "March 15, 2003",
      entryDate: "March 15, 2003",
      mayDefer: "yes, on June 30, 2003",
      onAsOf: "On June 30, 2003",
      age: { name: "Age 21", metOn: "January 1, 1991", state: "met" },
      service: { name: "1,000 hours in a computation period", metOn: "March 15, 2003", state: "met" },
      hce: { name: "Not a highly compensated employee", state: "met" },
    });
  });

  it("not yet on January 31, 2003: the year of service completes March 15, 2003", () => {
    const words = eligibilityAnswerWords(evaluate({ ...met, asOf: "2003-01-31" }), "2003-01-31");
    expect(words.verdict).toBe("Not yet eligible on January 31, 2003: eligible from March 15, 2003.");
    expect(words.service).toEqual({ name: "1,000 hours in a computation period", metOn: "March 15, 2003", state: "not yet" });
    expect(words.mayDefer).toBe("no");
  });

  it("500 hours: not eligible on the hours given; no dates reached", () => {
    const words = eligibilityAnswerWords(evaluate({ ...met, hours: [{ date: "2002-09-30", hours: 500 }] }), "2003-06-30");
    expect(words.verdict).toBe("Not eligible on June 30, 2003 on the hours given.");
    expect([words.eligibilityDate, words.entryDate, words.service.metOn]).toEqual(["not reached on the hours given", "not reached on the hours given", "not on the hours given"]);
  });

  it("a highly compensated SOS employee is excluded; Inteliant counts days and lets them join", () => {
    const excluded = eligibilityAnswerWords(evaluate({ ...met, highlyCompensated: true }), "2003-06-30");
    expect(excluded.verdict).toBe("Excluded: a highly compensated employee of SOS cannot join the plan.");
    expect(excluded.entryDate).toBe("none: excluded");
    expect(excluded.hce).toEqual({ name: "Not a highly compensated employee", state: "excluded" });
    // Inteliant: the 91st day following 2002-01-01 is 2002-04-02.
    const inteliant = eligibilityAnswerWords(evaluate({ ...met, employer: "Inteliant", employmentStartDate: "2002-01-01", hours: [], highlyCompensated: true }), "2003-06-30");
    expect(inteliant.service).toEqual({ name: "91st day following the first hour of service", metOn: "April 2, 2002", state: "met" });
    expect(inteliant.hce).toEqual({ name: "Highly compensated employees may join", state: "highly compensated, may join" });
  });

  it("a long-term part-time employee: not eligible to join, may defer, with the date the rule is met", () => {
    const words = eligibilityAnswerWords(evaluate(partTimer), "2025-06-30");
    expect(words.verdict).toBe("Not eligible to join on June 30, 2025, but may make their own deferrals as a long-term part-time employee (no employer match).");
    expect(words.mayDefer).toBe("yes, on June 30, 2025 (long-term part-time rule met on January 1, 2024)");
  });

  it("a counted part-time period, qualifying or not", () => {
    const period = { kind: "planYear" as const, start: "2023-01-01", end: "2023-12-31", hours: 600, qualifies: true, run: 3 };
    expect(partTimePeriodLine(period, SOS_PLAN)).toBe("Plan year 2023: 600 hours (500 or more; 3 in a row).");
    expect(partTimePeriodLine({ ...period, start: "2024-01-01", end: "2024-12-31", hours: 499.5, qualifies: false, run: 0 }, SOS_PLAN)).toBe("Plan year 2024: 499.5 hours.");
  });
});

describe("the one-employee page's period lines", () => {
  const service = { hoursRequired: 1000, metOn: "2003-03-15" };
  const initial: ComputationPeriod = { kind: "initial", start: "2002-03-15", end: "2003-03-14", hours: 1000, meets: true };
  const year = (y: number, hours = 0): ComputationPeriod => ({ kind: "planYear", start: `${y}-01-01`, end: `${y}-12-31`, hours, meets: false });

  it("names periods: plan year, initial period, anniversary year", () => {
    expect(periodLabel(year(2003))).toBe("plan year 2003");
    expect(periodLabel(initial)).toBe("initial period 2002-03-15 to 2003-03-14");
    expect(periodLabel({ kind: "anniversaryYear", start: "2003-03-15", end: "2004-03-14" })).toBe("anniversary year 2003-03-15 to 2004-03-14");
  });

  it("a period that meets the requirement, one past and short, and the current one", () => {
    expect(periodLineWords({ kind: "period", period: initial, current: false, closest: false }, service, "2004-06-30")).toEqual({
      label: "Initial period 2002-03-15 to 2003-03-14:",
      text: "1,000 of 1,000 hours: met, so the year of service is credited on 2003-03-15.",
    });
    expect(periodLineWords({ kind: "period", period: year(2003, 400), current: false, closest: true }, service, "2004-06-30").text).toBe("400 of 1,000 hours, 600 short (the closest).");
    // 1,000 − 250.5 = 749.5 still to go by the end of 2004.
    expect(periodLineWords({ kind: "period", period: year(2004, 250.5), current: true, closest: true }, service, "2004-06-30")).toEqual({
      label: "Plan year 2004:",
      text: "250.5 of 1,000 hours, 749.5 to go by 2004-12-31 (the current period).",
    });
  });

  it("runs of periods with no hours", () => {
    const empty = (first: ComputationPeriod, last: ComputationPeriod, count: number) => periodLineWords({ kind: "empty", first, last, count }, service, "2007-06-30");
    expect(empty(year(2004), year(2004), 1)).toEqual({ label: null, text: "Plan year 2004: no hours." });
    expect(empty(year(2004), year(2006), 3).text).toBe("Plan years 2004 to 2006: no hours.");
    expect(empty({ ...initial, hours: 0, meets: false }, year(2003), 2).text).toBe("2 periods, initial period 2002-03-15 to 2003-03-14 to plan year 2003: no hours.");
  });

  it("a rehire's gap, with and without its last day and hours", () => {
    const gap = { from: "2016-07-01", to: "2023-01-08", lastDay: "2016-06-30", rehired: "2023-01-09", hours: 40 };
    expect(gapInWords(gap)).toBe("not employed from 2016-07-01 to 2023-01-08 (last day 2016-06-30, rehired 2023-01-09)");
    expect(periodLineWords({ kind: "gap", gap }, service, "2023-06-30")).toEqual({
      label: "Gap:",
      text: "not employed from 2016-07-01 to 2023-01-08 (last day 2016-06-30, rehired 2023-01-09). 40 hours are dated in it; they count.",
    });
    expect(periodLineWords({ kind: "gap", gap: { ...gap, from: null, lastDay: null, hours: 0 } }, service, "2023-06-30").text).toBe(
      "rehired on 2023-01-09 (the last day before it is not given). No hours in it.",
    );
  });
});

describe("the roster's reasons", () => {
  it("eligible, and not yet with the date", () => {
    expect(rosterReason(evaluate(met), "2003-06-30", SOS_PLAN, null)).toBe("Eligible: age 21 on 1991-01-01, service met 2003-03-15.");
    expect(rosterReason(evaluate({ ...met, asOf: "2003-01-31" }), "2003-01-31", SOS_PLAN, null)).toBe("Not yet: eligible on 2003-03-15 (age 21 on 1991-01-01, service met 2003-03-15).");
  });

  it("not yet on the hours given: the closest period and the current one", () => {
    // 900 hours in the initial period (2002-03-15..2003-03-14), 200 in plan year 2003: 1,000 − 200 = 800 to go.
    const result = evaluate({ ...met, hours: [{ date: "2002-09-30", hours: 900 }, { date: "2003-05-31", hours: 200 }] });
    const because = "the most hours in one period were 900 of 1,000, in the initial period 2002-03-15 to 2003-03-14; the current period, plan year 2003, has 200: 800 to go by 2003-12-31";
    expect(progress(result, "2003-06-30")).toBe(because);
    expect(rosterReason(result, "2003-06-30", SOS_PLAN, null)).toBe(`Not yet: ${because}; age 21 on 1991-01-01.`);
  });

  it("excluded: the HCE basis (pay above the 2002 threshold of $90,000) and the date age and service alone would give", () => {
    const result = evaluate({ ...met, priorYearCompensation: new Dec("90000.01"), fivePercentOwner: false });
    expect(hceBasis(result.hce)).toBe("2002 pay of $90,000.01 above the $90,000.00 threshold");
    expect(rosterReason(result, "2003-06-30", SOS_PLAN, null)).toBe(
      "Excluded: highly compensated employee (2002 pay of $90,000.01 above the $90,000.00 threshold); the plan excludes highly compensated employees of SOS (11-K Note 1.A). " +
        "Age and service alone would be met on 2003-03-15.",
    );
  });

  it("a long-term part-time employee who may defer, with no match", () => {
    // The run of 3 is cited from the plan (sos-plan: IRC 401(k)(2)(D), 401(k)(15)); current period plan year 2025 with 600 of 1,000: the most of any (equal, the latest), 400 to go.
    expect(rosterReason(evaluate(partTimer), "2025-06-30", SOS_PLAN, null)).toBe(
      "Part-time: may make their own deferrals since 2024-01-01 as a long-term part-time employee (3 periods in a row with 500 hours or more, the last plan year 2023; IRC 401(k)(2)(D), 401(k)(15)), " +
        "no employer match. Not yet eligible to join: the current period, plan year 2025, has 600 of 1,000 hours, the most of any period: 400 to go by 2025-12-31; age 21 on 2001-01-01.",
    );
  });

  it("a rehire's spells and a last day, with the hours dated outside them", () => {
    const spells = [
      { start: "2002-07-01", end: "2002-09-30", line: 2 },
      { start: "2003-01-06", end: null, line: 3 },
    ];
    expect(spellsInWords({ spells, start: "2002-07-01", hoursAfterLastDay: 0, gaps: [{ from: "2002-10-01", to: "2003-01-05", hours: 8 }] })).toBe(
      " Rehired: 2 spells (census lines 2, 3): 2002-07-01 to 2002-09-30, from 2003-01-06; the hours of all of them count, from the first start, 2002-07-01. " +
        "8 hours dated in the gap from 2002-10-01 to 2003-01-05 are counted.",
    );
    expect(spellsInWords({ spells: [{ start: "2002-03-15", end: "2003-03-31", line: 2 }], start: "2002-03-15", hoursAfterLastDay: 1040, gaps: [] })).toBe(
      " Last day 2003-03-31. 1,040 hours dated after the last day are counted (hours are credited on the dates payroll gives).",
    );
  });

  it("an employee in error: three problems, then how many more; an hours row before the start", () => {
    expect(errorReason(["A.", "B.", "C."])).toBe("A. B. C.");
    expect(errorReason(["A.", "B.", "C.", "D."])).toBe("A. B. C. And 1 more problem with this employee's rows.");
    expect(errorReason(["A.", "B.", "C.", "D.", "E."])).toBe("A. B. C. And 2 more problems with this employee's rows.");
    expect(hoursBeforeStartProblem("2002-03-01", "E-1", "2002-03-15")).toBe("2002-03-01 is before employee E-1's employment start date (2002-03-15); hours are credited from the first hour of service");
  });
});
