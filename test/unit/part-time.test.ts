/**
 * Long-term part-time employees (plan-rules §2.4; IRC 401(k)(2)(D), 401(k)(15), SECURE 2.0 §125):
 * the eligibility computation periods of §2.1 that begin on or after 2021-01-01, runs of periods
 * with 500 hours or more, 3 for dates in 2024 and 2 from 2025, age 21 by the close of the run,
 * the HCE exclusion, no match, and the option that turns the rule off. Dates worked by hand.
 */
import { describe, expect, it } from "vitest";
import { definePlan, type PlanDefinition, type PlanOptions } from "@/lib/plan/definition";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { evaluateEligibility, type EligibilityInput, type EligibilityResult } from "@/lib/rules/eligibility";
import { HoursLedger, type HoursEntry } from "@/lib/rules/hours";
import { longTermPartTime } from "@/lib/rules/part-time";
import { eligibilitySentences } from "@/lib/words/en/eligibility";

const withOptions = (options: Partial<PlanOptions>): PlanDefinition => definePlan({ ...SOS_PLAN, options: { ...SOS_PLAN.options, ...options } });

/** The result's explanation, as the API gives it (lib/words/en/eligibility). */
const words = (result: EligibilityResult, plan: PlanDefinition = SOS_PLAN) => eligibilitySentences(result, plan);

function sos(input: Partial<EligibilityInput> & Pick<EligibilityInput, "asOf" | "employmentStartDate">, plan = SOS_PLAN) {
  return evaluateEligibility({ employer: "SOS", birthDate: "1980-01-01", highlyCompensated: false, ...input }, plan);
}

/** `hours` on June 30 of each year from `firstYear` (0 = no entry). */
function yearly(firstYear: number, hours: number[]): HoursEntry[] {
  return hours.flatMap((h, i) => (h === 0 ? [] : [{ date: `${firstYear + i}-06-30`, hours: h }]));
}

/** Start 2021-01-04: the initial period is 2021-01-04..2022-01-03, then plan years from 2022 (it holds 2022-01-04). */
const START = "2021-01-04";

describe("runs of periods with 500 hours or more", () => {
  it.each([
    // Initial period (2021-01-04..2022-01-03) 600, plan year 2022 600, plan year 2023 600: the run
    // of 3 ends 2023-12-31 → max(2024-01-01, 2024-01-01) = 2024-01-01. (The run of 2 ending
    // 2022-12-31 gives max(2023-01-01, 2025-01-01) = 2025-01-01, later.)
    [START, yearly(2021, [600, 600, 600]), "2023-12-31", false, "2024-01-01", "a run of three ending 2023-12-31: not yet the day before"],
    [START, yearly(2021, [600, 600, 600]), "2024-01-01", true, "2024-01-01", "a run of three ending 2023-12-31: in on 2024-01-01"],
    // Start 2022-01-03: initial 2022-01-03..2023-01-02 600, plan year 2023 600: a run of 2 ending
    // 2023-12-31 → max(2024-01-01, 2025-01-01) = 2025-01-01 (two are not enough in 2024).
    ["2022-01-03", yearly(2022, [600, 600]), "2024-12-31", false, "2025-01-01", "a run of two ending 2023-12-31: not in 2024"],
    ["2022-01-03", yearly(2022, [600, 600]), "2025-01-01", true, "2025-01-01", "a run of two ending 2023-12-31: in on 2025-01-01"],
    // 2021 and 2022 only: the run of 2 ends 2022-12-31 → max(2023-01-01, 2025-01-01) = 2025-01-01: nothing before 2024, or 2025 for two.
    [START, yearly(2021, [600, 600]), "2025-01-01", true, "2025-01-01", "a run of two ending 2022-12-31 counts only from 2025-01-01"],
    // 600, gap, 600, 600: runs 1, 0, 1, 2 → the run of 2 ends 2024-12-31 → 2025-01-01; never 3 in a row.
    [START, yearly(2021, [600, 0, 600, 600]), "2024-12-31", false, "2025-01-01", "a run broken by a gap year: no run of three in 2024"],
    [START, yearly(2021, [600, 0, 600, 600]), "2025-01-01", true, "2025-01-01", "a run broken by a gap year: in on 2025-01-01 with two"],
    // Exactly 500 qualifies; 499.9999 does not (then 2021 and 2022 qualify, 2023 does not: run 2 ending 2022 → 2025-01-01).
    [START, yearly(2021, [500, 500, 500]), "2024-01-01", true, "2024-01-01", "exactly 500 hours qualifies"],
    [START, yearly(2021, [500, 500, 499.9999]), "2024-01-01", false, "2025-01-01", "499.9999 hours does not"],
  ])("start %s, %j, as of %s: eligible %s, date %s (%s)", (start, hours, asOf, eligible, date) => {
    const result = sos({ asOf, employmentStartDate: start, hours });
    expect(result.eligible).toBe(false);
    expect(result.longTermPartTime!.eligible).toBe(eligible);
    expect(result.longTermPartTime!.eligibilityDate).toBe(date);
    expect(result.longTermPartTime!.entryDate).toBe(date);
    expect(result.mayDefer).toBe(eligible);
  });

  it("the initial period and the first plan year are consecutive although they overlap; an entry in both counts in both", () => {
    // Start 2022-03-01: initial 2022-03-01..2023-02-28; first plan year 2023 (holds 2023-03-01).
    // 400 on 2022-06-30 (initial), 250 on 2023-02-01 (both), 300 on 2023-06-30 (2023), 600 on 2024-06-30.
    // Initial 400 + 250 = 650 ✓, 2023 250 + 300 = 550 ✓, 2024 600 ✓: the run of 2 ending 2023-12-31
    // → 2025-01-01; the run of 3 ending 2024-12-31 → 2025-01-01 as well.
    const hours = [
      { date: "2022-06-30", hours: 400 },
      { date: "2023-02-01", hours: 250 },
      { date: "2023-06-30", hours: 300 },
      { date: "2024-06-30", hours: 600 },
    ];
    const result = sos({ asOf: "2025-06-30", employmentStartDate: "2022-03-01", hours });
    expect(result.longTermPartTime!.periods.map((p) => [p.start, p.end, p.hours, p.qualifies, p.run])).toEqual([
      ["2022-03-01", "2023-02-28", 650, true, 1],
      ["2023-01-01", "2023-12-31", 550, true, 2],
      ["2024-01-01", "2024-12-31", 600, true, 3],
      ["2025-01-01", "2025-12-31", 0, false, 0],
    ]);
    expect(result.longTermPartTime!.eligibilityDate).toBe("2025-01-01");
    expect(result.longTermPartTime!.metBy!.period.start).toBe("2023-01-01");
  });

  it.each([
    // 12 × 41.66 = 499.92 < 500 in every period: never.
    [41.66, null, "a steady 41.66 hours a month is 499.92 a year: never part-time eligible"],
    // 12 × 41.67 = 500.04 ≥ 500: initial, 2022 and 2023 qualify, a run of 3 ending 2023-12-31 → 2024-01-01.
    [41.67, "2024-01-01", "41.67 hours a month is 500.04 a year: in on 2024-01-01"],
  ])("%s hours at the end of each month from January 2021 → %s (%s)", (monthly, date, _why) => {
    // The initial period 2021-01-04..2022-01-03 holds the month ends 2021-01-31..2021-12-31: 12 entries;
    // each plan year from 2022 holds its 12 month ends.
    const hours: HoursEntry[] = [];
    for (let year = 2021; year <= 2025; year += 1) {
      for (let month = 1; month <= 12; month += 1) {
        const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
        hours.push({ date: `${year}-${String(month).padStart(2, "0")}-${last}`, hours: monthly });
      }
    }
    const result = sos({ asOf: "2025-12-31", employmentStartDate: START, hours });
    expect(result.longTermPartTime!.eligibilityDate).toBe(date);
    expect(result.longTermPartTime!.periods[0]!.hours).toBe(monthly === 41.66 ? 499.92 : 500.04);
    expect(result.mayDefer).toBe(date !== null);
  });
});

describe("only periods beginning on or after 2021-01-01 are counted", () => {
  it.each([
    // Start 2020-01-06: initial 2020-01-06..2021-01-05 begins in 2020 (not counted); plan years 2021,
    // 2022, 2023 counted and qualify: a run of 3 ending 2023-12-31 → 2024-01-01.
    ["2020-01-06", yearly(2020, [600, 600, 600, 600]), "2024-01-01", "2021-01-01", "the initial period begins in 2020: the three plan years after it do it"],
    // The same without 2021's hours: counted 2021 (0), 2022, 2023 → a run of 2 → 2025-01-01; the 2020 period does not help.
    ["2020-01-06", yearly(2020, [600, 0, 600, 600]), "2025-01-01", "2021-01-01", "hours in the 2020 period do not make a run"],
    // Start 2019-07-01: initial 2019-07-01..2020-06-30, plan year 2020 (holds 2020-07-01) begins
    // 2020-01-01: neither counted. 600 on 2020-12-31, 2021-06-30, 2022-06-30: counted 2021 and 2022
    // only, a run of 2 ending 2022-12-31 → 2025-01-01 (counting 2020 would have given 2024-01-01).
    ["2019-07-01", [{ date: "2020-12-31", hours: 600 }, ...yearly(2021, [600, 600])], "2025-01-01", "2021-01-01", "a plan year 2020 with 600 hours is not counted"],
  ])("start %s, %j: met on %s; the first counted period begins %s (%s)", (start, hours, date, firstCounted) => {
    const result = sos({ asOf: "2025-06-30", employmentStartDate: start, hours });
    expect(result.longTermPartTime!.eligibilityDate).toBe(date);
    expect(result.longTermPartTime!.periods[0]!.start).toBe(firstCounted);
    expect(result.longTermPartTime!.periods.every((p) => p.start >= "2021-01-01")).toBe(true);
  });

  it("with no hours, the periods listed are the counted ones through the one containing asOf, each with 0 hours", () => {
    // Start 2019-05-01: plan years 2021 to 2025 are counted; asOf 2025-06-30 is in 2025.
    const result = sos({ asOf: "2025-06-30", employmentStartDate: "2019-05-01" });
    expect(result.longTermPartTime!.periods.map((p) => [p.start, p.hours, p.qualifies])).toEqual([
      ["2021-01-01", 0, false],
      ["2022-01-01", 0, false],
      ["2023-01-01", 0, false],
      ["2024-01-01", 0, false],
      ["2025-01-01", 0, false],
    ]);
    expect(result.longTermPartTime!.eligibilityDate).toBeNull();
  });

  it("an answer for 2003 has no counted period and says nothing of the rule", () => {
    const result = sos({ asOf: "2003-06-30", employmentStartDate: "2002-03-15", hours: [{ date: "2002-04-01", hours: 600 }] });
    expect(result.longTermPartTime).toMatchObject({ eligible: false, eligibilityDate: null, entryDate: null, periods: [] });
    expect(words(result).join(" ")).not.toContain("part-time");
  });
});

describe("age 21 by the close of the run", () => {
  it.each([
    // 600 in the initial period, 2022, 2023 and 2024: runs 1, 2, 3, 4.
    // Age 21 on 2023-09-15 ≤ 2023-12-31: the run of 3 ending 2023 counts → 2024-01-01.
    ["2002-09-15", "2024-01-01", "turns 21 on 2023-09-15, in the middle of the run"],
    // 21 on 2023-12-31, the last day of the run: still by its close → 2024-01-01.
    ["2002-12-31", "2024-01-01", "turns 21 on the last day of the run"],
    // 21 on 2024-01-01, the day after: the run ending 2023 does not count; the run of 4 ending 2024-12-31 → 2025-01-01.
    ["2003-01-01", "2025-01-01", "turns 21 the day after the run closes"],
    // 21 on 2024-03-01 (born 2003-03-01): the run ending 2024 → 2025-01-01.
    ["2003-03-01", "2025-01-01", "turns 21 in 2024"],
  ])("born %s: met on %s (%s)", (birthDate, date) => {
    const result = sos({ asOf: "2025-06-30", employmentStartDate: START, birthDate, hours: yearly(2021, [600, 600, 600, 600]) });
    expect(result.longTermPartTime!.eligibilityDate).toBe(date);
  });
});

describe("a February 29 hire", () => {
  it.each([
    // Plan years: initial 2024-02-29..2025-02-28 (the first anniversary is 2025-03-01), then plan
    // year 2025. 600 on 2024-12-31 and 600 on 2025-06-30: the run of 2 ends 2025-12-31 → 2026-01-01.
    [{}, "2026-01-01", "2024-02-29", "2025-02-28", "plan years after the initial period"],
    // Anniversary years: 2024-02-29..2025-02-28, 2025-03-01..2026-02-28 → 2026-03-01.
    [{ eligibilityPeriods: "anniversaryYear" }, "2026-03-01", "2024-02-29", "2025-02-28", "anniversary years: the anniversary in a common year is March 1"],
    // Under feb28: 2024-02-29..2025-02-27, 2025-02-28..2026-02-27 → 2026-02-28.
    [{ eligibilityPeriods: "anniversaryYear", feb29Anniversary: "feb28" }, "2026-02-28", "2024-02-29", "2025-02-27", "anniversary years under feb28"],
  ] as const)("%j: met on %s; the initial period runs %s to %s (%s)", (options, date, start, end, _why) => {
    const hours = [
      { date: "2024-12-31", hours: 600 },
      { date: "2025-06-30", hours: 600 },
    ];
    const result = sos({ asOf: "2026-06-30", employmentStartDate: "2024-02-29", hours }, withOptions(options));
    expect(result.longTermPartTime!.periods[0]).toMatchObject({ start, end, hours: 600, qualifies: true });
    expect(result.longTermPartTime!.eligibilityDate).toBe(date);
  });

  it("entry follows the plan's entry option: semi-annual entry after 2026-03-01 is 2026-07-01", () => {
    const hours = [
      { date: "2024-12-31", hours: 600 },
      { date: "2025-06-30", hours: 600 },
    ];
    const result = sos({ asOf: "2026-06-30", employmentStartDate: "2024-02-29", hours }, withOptions({ eligibilityPeriods: "anniversaryYear", entry: "semiAnnual" }));
    expect(result.longTermPartTime!.eligibilityDate).toBe("2026-03-01");
    expect(result.longTermPartTime!.entryDate).toBe("2026-07-01");
    // Eligible from 2026-03-01 on or before asOf 2026-06-30.
    expect(result.longTermPartTime!.eligible).toBe(true);
  });
});

describe("regular participants, HCEs, Inteliant and the plan options", () => {
  // 600 in the initial period, 2022 and 2023 (part-time from 2024-01-01), then 1,200 in 2024:
  // regular service met at the end of plan year 2024 → 2025-01-01.
  const hours = yearly(2021, [600, 600, 600, 1200]);

  it.each([
    ["2024-06-30", false, true, true, "a part-timer in 2024 may defer as a long-term part-time employee"],
    ["2024-12-31", false, true, true, "the last day before becoming a regular participant"],
    ["2025-01-01", true, false, true, "once eligible under the regular rule, a regular participant, not a part-time one"],
  ])("a part-timer who becomes full-time, as of %s: eligible %s, part-time %s, may defer %s (%s)", (asOf, eligible, partTime, mayDefer) => {
    const result = sos({ asOf, employmentStartDate: START, hours });
    expect(result.eligible).toBe(eligible);
    expect(result.eligibilityDate).toBe("2025-01-01");
    expect(result.longTermPartTime!.eligible).toBe(partTime);
    expect(result.longTermPartTime!.eligibilityDate).toBe("2024-01-01");
    expect(result.mayDefer).toBe(mayDefer);
  });

  it("an SOS HCE is excluded this way too: the date is given, but no deferrals", () => {
    const result = sos({ asOf: "2024-06-30", employmentStartDate: START, hours, highlyCompensated: true });
    expect(result.excluded).toBe(true);
    expect(result.longTermPartTime).toMatchObject({ eligible: false, excluded: true, eligibilityDate: "2024-01-01" });
    expect(result.mayDefer).toBe(false);
    expect(words(result).join(" ")).toContain("does not let them defer either");
  });

  it("Inteliant has no part-time finding; mayDefer is its eligibility", () => {
    // 2021-01-04 + 91 days: 27 (rest of January) + 28 + 31 = 86 to March 31, + 5 = April 5, 2021.
    const result = evaluateEligibility({ asOf: "2024-06-30", employer: "Inteliant", birthDate: "1980-01-01", employmentStartDate: START, hours }, SOS_PLAN);
    expect(result.eligibilityDate).toBe("2021-04-05");
    expect(result.longTermPartTime).toBeNull();
    expect(result.mayDefer).toBe(true);
    const before = evaluateEligibility({ asOf: "2021-04-04", employer: "Inteliant", birthDate: "1980-01-01", employmentStartDate: START }, SOS_PLAN);
    expect(before.mayDefer).toBe(false);
  });

  it("no match for long-term part-time employees by default; the option gives it", () => {
    const byDefault = sos({ asOf: "2024-06-30", employmentStartDate: START, hours });
    expect(byDefault.longTermPartTime!.employerMatch).toBe(false);
    expect(words(byDefault).join(" ")).toContain("no employer match");
    const withMatch = sos({ asOf: "2024-06-30", employmentStartDate: START, hours }, withOptions({ longTermPartTimeMatch: true }));
    expect(withMatch.longTermPartTime!.employerMatch).toBe(true);
  });

  it("the option off: no part-time finding, and mayDefer is the regular eligibility", () => {
    const result = sos({ asOf: "2024-06-30", employmentStartDate: START, hours }, withOptions({ longTermPartTime: "off" }));
    expect(result.longTermPartTime).toBeNull();
    expect(result.mayDefer).toBe(false);
  });

  it("the explanation says what the rule is, the periods, the date and the match, citing the statute", () => {
    const text = words(sos({ asOf: "2024-06-30", employmentStartDate: START, hours })).join(" ");
    expect(text).toContain("500 hours or more");
    expect(text).toContain("3 in a row from 2024-01-01, 2 in a row from 2025-01-01");
    expect(text).toContain("begin on or after 2021-01-01");
    expect(text).toContain("plan year 2022, 600 hours (500 or more)");
    expect(text).toContain("the rule is met on 2024-01-01");
    expect(text).toContain("You may make your own deferrals as a long-term part-time employee on 2024-06-30");
    expect(text).toContain("(IRC 401(k)(2)(D), 401(k)(15))");
  });

  it("not met, for an employee eligible to join anyway: says it is not needed; for one who is not, only that it is not met", () => {
    // 1,200 hours in the initial period 2021-01-04..2022-01-03 → eligible the day after, 2022-01-04. Part-time: the
    // initial period qualifies (1,200 ≥ 500), plan year 2022 has none: a run of 1, not 3 → not met.
    const eligible = sos({ asOf: "2022-06-30", employmentStartDate: START, hours: [{ date: "2021-06-30", hours: 1200 }] });
    expect(eligible.eligible).toBe(true);
    expect(eligible.longTermPartTime!.eligibilityDate).toBeNull();
    expect(words(eligible)).toContain("Not met on the hours given, and not needed: the employee is eligible to join the plan on 2022-06-30.");
    // 600 hours: not eligible (600 < 1,000), and the part-time run is 1 of 3.
    const not = sos({ asOf: "2022-06-30", employmentStartDate: START, hours: [{ date: "2021-06-30", hours: 600 }] });
    expect(not.eligible).toBe(false);
    expect(words(not)).toContain("Not met on the hours given.");
    expect(words(not).join(" ")).not.toContain("not needed");
  });

  it("the rule gives the finding without sentences (the words are asked for separately)", () => {
    const result = evaluateEligibility({ asOf: "2024-06-30", employer: "SOS", birthDate: "1980-01-01", employmentStartDate: START, hours }, SOS_PLAN);
    expect(result).not.toHaveProperty("explanation");
    expect(result.longTermPartTime).not.toHaveProperty("explanation");
    expect(result.mayDefer).toBe(true);
  });

  it("a ledger built by the caller gives the same finding as the entries", () => {
    const direct = longTermPartTime(
      { asOf: "2024-06-30", employmentStartDate: START, ageMetOn: "2001-01-01", ledger: new HoursLedger(hours), excluded: false, regularlyEligible: false },
      SOS_PLAN,
    );
    const viaLedger = evaluateEligibility({ asOf: "2024-06-30", employer: "SOS", birthDate: "1980-01-01", employmentStartDate: START, ledger: new HoursLedger(hours) }, SOS_PLAN);
    expect(viaLedger.longTermPartTime).toEqual(direct);
    expect(direct!.eligibilityDate).toBe("2024-01-01");
  });
});
