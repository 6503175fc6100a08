/**
 * The annual projection (plan-rules §6), worked by hand year by year.
 *
 * Each source: open × (1 + r) + contribution × (1 + r/2); deferral = min(% × counted pay, max
 * deferral); match = match % × deferral, reduced to fit 415(c); vested % at the year's end.
 */
import { describe, expect, it } from "vitest";
import { RuleInputError } from "@/lib/errors";
import { definePlan } from "@/lib/plan/definition";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { inTodaysDollars, project, type ProjectionInput, type ProjectionRow } from "@/lib/rules/projection";
import { projectionExplanation, projectionLimitsNote } from "@/lib/words/en/projection";
import { d, PROJECTION_BASE } from "./cases";

const base: ProjectionInput = PROJECTION_BASE;

function flat(row: ProjectionRow) {
  return {
    planYear: row.planYear,
    age: row.age,
    yearsOfService: row.yearsOfService,
    vestedPercent: row.vestedPercent,
    compensation: row.compensation.toFixed(2),
    deferral: row.deferral.toFixed(2),
    match: row.match.toFixed(2),
    earnings: row.earnings.toFixed(2),
    balances: { deferral: row.balances.deferral.toFixed(2), rollover: row.balances.rollover.toFixed(2), match: row.balances.match.toFixed(2) },
    total: row.total.toFixed(2),
    vested: row.vested.toFixed(2),
    forfeitable: row.forfeitable.toFixed(2),
  };
}

describe("three years worked by hand (asOf 2002-12-31, born 1970-07-04, 2 years, 12,000 / 0 / 3,000)", () => {
  // Every figure is carried exact from year to year; only what a row reports is rounded (half-up, cents).
  // 2003: pay 40,000; deferral 10% = 4,000 (15% = 6,000, 402(g) 12,000); match 26.2% × 4,000 = 1,048.
  //   deferral 12,000 × 1.06 + 4,000 × 1.03 = 12,720 + 4,120 = 16,840
  //   match    3,000 × 1.06 + 1,048 × 1.03 = 3,180 + 1,079.44 = 4,259.44
  //   total 21,099.44; 3 years → 50%: vested 16,840 + 4,259.44 × 0.5 = 18,969.72; forfeitable 21,099.44 − 18,969.72 = 2,129.72
  //   earnings 21,099.44 − 15,000 − 4,000 − 1,048 = 1,051.44; age 33 on 2003-12-31.
  // 2004: pay 40,000 × 1.03 = 41,200; deferral 4,120 (15% = 6,180; 402(g) 13,000); match 26.2% × 4,120 = 1,079.44.
  //   deferral 16,840 × 1.06 + 4,120 × 1.03 = 17,850.40 + 4,243.60 = 22,094
  //   match 4,259.44 × 1.06 + 1,079.44 × 1.03 = 4,515.0064 + 1,111.8232 = 5,626.8296 (reported 5,626.83)
  //   total 22,094 + 5,626.8296 = 27,720.8296 → 27,720.83; 4 years → 75%:
  //   vested 22,094 + 5,626.8296 × 0.75 (4,220.1222) = 26,314.1222 → 26,314.12; forfeitable 27,720.83 − 26,314.12 = 1,406.71
  //   earnings 27,720.8296 − 21,099.44 − 4,120 − 1,079.44 = 1,421.9496 → 1,421.95; age 34.
  // 2005: pay 41,200 × 1.03 = 42,436; deferral 4,243.60; match 26.2% × 4,243.60 = 1,111.8232 (reported 1,111.82,
  //   carried exact).
  //   deferral 22,094 × 1.06 + 4,243.60 × 1.03 = 23,419.64 + 4,370.908 = 27,790.548 → 27,790.55
  //   match 5,626.8296 × 1.06 + 1,111.8232 × 1.03 = 5,964.439376 + 1,145.177896 = 7,109.617272 → 7,109.62
  //   (rounding the match to 1,111.82 first would give 7,109.613976 → 7,109.61: a cent off)
  //   total 27,790.548 + 7,109.617272 = 34,900.165272 → 34,900.17; 5 years → 100%; forfeitable 0
  //   earnings 34,900.165272 − 27,720.8296 − 4,243.60 − 1,111.8232 = 1,823.912472 → 1,823.91; age 35.
  const expected = [
    {
      planYear: 2003, age: 33, yearsOfService: 3, vestedPercent: 50, compensation: "40000.00", deferral: "4000.00", match: "1048.00",
      earnings: "1051.44", balances: { deferral: "16840.00", rollover: "0.00", match: "4259.44" }, total: "21099.44", vested: "18969.72", forfeitable: "2129.72",
    },
    {
      planYear: 2004, age: 34, yearsOfService: 4, vestedPercent: 75, compensation: "41200.00", deferral: "4120.00", match: "1079.44",
      earnings: "1421.95", balances: { deferral: "22094.00", rollover: "0.00", match: "5626.83" }, total: "27720.83", vested: "26314.12", forfeitable: "1406.71",
    },
    {
      planYear: 2005, age: 35, yearsOfService: 5, vestedPercent: 100, compensation: "42436.00", deferral: "4243.60", match: "1111.82",
      earnings: "1823.91", balances: { deferral: "27790.55", rollover: "0.00", match: "7109.62" }, total: "34900.17", vested: "34900.17", forfeitable: "0.00",
    },
  ];

  it.each(expected.map((row, index) => [row.planYear, index, row] as const))("plan year %i", (_year, index, row) => {
    const result = project(base, SOS_PLAN);
    expect(flat(result.rows[index]!)).toEqual(row);
  });

  it("the same rows follow from a start date whose 3rd anniversary falls in 2003 (2000-07-01)", () => {
    const result = project({ ...base, yearsOfService: undefined, employmentStartDate: "2000-07-01" }, SOS_PLAN);
    expect(result.rows.map(flat)).toEqual(expected);
  });

  it("a first year that stays at today's % is not a step (4 years today: 75%, 5 at the end of year 1: 100%, then none)", () => {
    const result = project({ ...base, yearsOfService: 4 }, SOS_PLAN);
    expect(result.rows.map((row) => [row.vestedPercent, row.vestingStep])).toEqual([[100, true], [100, false], [100, false]]);
    const still = project({ ...base, yearsOfService: 0 }, SOS_PLAN);
    // 0 today (0%), 1 and 2 at the ends of 2003 and 2004 (0%), 3 at the end of 2005 (50%).
    expect(still.rows.map((row) => row.vestingStep)).toEqual([false, false, true]);
  });

  it("marks the vesting steps, the first against today's %, and carries no assumed limits", () => {
    // Today 2 years (0%); end of 2003: 3 years (50%), a step; 2004: 75%; 2005: 100%.
    const result = project(base, SOS_PLAN);
    expect(result.rows.map((row) => row.vestingStep)).toEqual([true, true, true]);
    expect(result.rows.map((row) => row.matchReducedBy.toFixed(2))).toEqual(["0.00", "0.00", "0.00"]);
    expect(result.limitsAssumed).toBe(false);
    expect(projectionLimitsNote(result)).toBeNull();
    expect(projectionExplanation(result, SOS_PLAN)[0]).toContain("Year 1 is 2003");
  });

  it("a rollover grows with no new contributions: 1,000 at 6% is 1,060.00 then 1,123.60", () => {
    const result = project({ ...base, balances: { ...base.balances, rollover: d("1000") }, years: 2 }, SOS_PLAN);
    expect(result.rows.map((row) => row.balances.rollover.toFixed(2))).toEqual(["1060.00", "1123.60"]);
  });

  it("plan termination vests every row fully", () => {
    const result = project({ ...base, events: ["planTermination"] }, SOS_PLAN);
    expect(result.rows.map((row) => [row.vestedPercent, row.forfeitable.toFixed(2)])).toEqual([
      [100, "0.00"],
      [100, "0.00"],
      [100, "0.00"],
    ]);
  });
});

describe("the 415(c) reduction of the match (plan-rules §3, §6)", () => {
  it.each([
    // Pay 10,000: deferral 15% = 1,500; match 1,000% = 15,000 wanted; room min(40,000, 10,000) − 1,500 = 8,500.
    ["10000", 15, 1000, "1500.00", "8500.00", "6500.00", "100% of pay binds: the match is cut to 8,500"],
    // Pay 200,000: deferral 6% = 12,000 (= 402(g) 2003); match 300% = 36,000; room 40,000 − 12,000 = 28,000.
    ["200000", 6, 300, "12000.00", "28000.00", "8000.00", "the 415(c) dollar limit of 40,000 binds: the match is cut to 28,000"],
    // Pay 40,000, 10%, 26.2%: 4,000 + 1,048 = 5,048, well inside.
    ["40000", 10, 26.2, "4000.00", "1048.00", "0.00", "inside the limit nothing is cut"],
  ])("2003 pay %s, deferral %s%%, match %s%%: deferral %s, match %s, cut %s (%s)", (pay, deferralPercent, matchPercent, deferral, match, cut) => {
    const result = project(
      {
        ...base,
        balances: { deferral: d("0"), rollover: d("0"), match: d("0") },
        compensation: d(pay),
        deferralPercent,
        matchPercentOfDeferral: matchPercent,
        annualReturnPercent: 0,
        years: 1,
      },
      SOS_PLAN,
    );
    const row = result.rows[0]!;
    expect(row.deferral.toFixed(2)).toBe(deferral);
    expect(row.match.toFixed(2)).toBe(match);
    expect(row.matchReducedBy.toFixed(2)).toBe(cut);
    // At 0% return the balances are the contributions themselves and there are no earnings.
    expect(row.balances.deferral.toFixed(2)).toBe(deferral);
    expect(row.balances.match.toFixed(2)).toBe(match);
    expect(row.earnings.toFixed(2)).toBe("0.00");
  });

  it("the deferral itself is capped by 402(g): 20% of 100,000 in 2003 asks 20,000, 15% cap 15,000, 402(g) 12,000", () => {
    const result = project({ ...base, compensation: d("100000"), deferralPercent: 20, years: 1 }, SOS_PLAN);
    expect(result.rows[0]!.deferral.toFixed(2)).toBe("12000.00");
    // 26.2% × 12,000 = 3,144.
    expect(result.rows[0]!.match.toFixed(2)).toBe("3144.00");
  });
});

describe("exact values carried, rounded only where reported (plan-rules §1, §6)", () => {
  // 0% return, no opening balances, 15% deferral, 1,000% match, pay 20,000.01 falling 50% a year.
  // 2003: pay 20,000.01; deferral 15% = 3,000.0015 (402(g) 12,000) → 3,000.00;
  //   match wanted 30,000.015; 415(c) room min(40,000, 20,000.01) − 3,000.0015 = 17,000.0085 → match 17,000.0085 → 17,000.01,
  //   cut 30,000.015 − 17,000.0085 = 13,000.0065 → 13,000.01.
  //   balances: 3,000.0015 → 3,000.00; 17,000.0085 → 17,000.01; total 20,000.01; 3 years → 50%:
  //   vested 3,000.0015 + 17,000.0085 × 0.5 = 11,500.00575 → 11,500.01; forfeitable 20,000.01 − 11,500.01 = 8,500.00.
  // 2004: pay 20,000.01 × 0.5 = 10,000.005 → 10,000.01; deferral 15% = 1,500.00075 → 1,500.00;
  //   room min(41,000, 10,000.005) − 1,500.00075 = 8,500.00425 → match 8,500.00425 → 8,500.00
  //   (from pay rounded first, 10,000.01 − 1,500.00 = 8,500.01: a cent too much);
  //   cut 15,000.0075 − 8,500.00425 = 6,500.00325 → 6,500.00.
  //   balances: 3,000.0015 + 1,500.00075 = 4,500.00225 → 4,500.00; 17,000.0085 + 8,500.00425 = 25,500.01275 → 25,500.01;
  //   total 4,500.00225 + 25,500.01275 = 30,000.015 → 30,000.02, a cent more than the printed balances' sum
  //   (4,500.00 + 25,500.01 = 30,000.01), which would be 0.5 cent from the exact total;
  //   4 years → 75%: vested 4,500.00225 + 25,500.01275 × 0.75 (19,125.0095625) = 23,625.0118125 → 23,625.01;
  //   forfeitable as printed 30,000.02 − 23,625.01 = 6,375.01 (exact 25,500.01275 × 0.25 = 6,375.0031875, within
  //   a cent). Earnings 0 both years (0% return).
  const result = project(
    {
      ...base,
      balances: { deferral: d("0"), rollover: d("0"), match: d("0") },
      compensation: d("20000.01"),
      salaryGrowthPercent: -50,
      deferralPercent: 15,
      matchPercentOfDeferral: 1000,
      annualReturnPercent: 0,
      years: 2,
    },
    SOS_PLAN,
  );
  it.each([
    [
      2003,
      0,
      { compensation: "20000.01", deferral: "3000.00", match: "17000.01", cut: "13000.01", deferralBalance: "3000.00", matchBalance: "17000.01", total: "20000.01", vested: "11500.01", forfeitable: "8500.00", earnings: "0.00" },
    ],
    [
      2004,
      1,
      { compensation: "10000.01", deferral: "1500.00", match: "8500.00", cut: "6500.00", deferralBalance: "4500.00", matchBalance: "25500.01", total: "30000.02", vested: "23625.01", forfeitable: "6375.01", earnings: "0.00" },
    ],
  ])("plan year %i", (_year, index, expected) => {
    const row = result.rows[index]!;
    expect({
      compensation: row.compensation.toFixed(2),
      deferral: row.deferral.toFixed(2),
      match: row.match.toFixed(2),
      cut: row.matchReducedBy.toFixed(2),
      deferralBalance: row.balances.deferral.toFixed(2),
      matchBalance: row.balances.match.toFixed(2),
      total: row.total.toFixed(2),
      vested: row.vested.toFixed(2),
      forfeitable: row.forfeitable.toFixed(2),
      earnings: row.earnings.toFixed(2),
    }).toEqual(expected);
  });

  it("the 15% cap is compared with 402(g) exactly and carried with its fraction of a cent", () => {
    // Pay 80,000.03 every year, 15% requested, 100% match, 0% return.
    // 2003: cap 15% × 80,000.03 = 12,000.0045 > 12,000 (402(g)), so the deferral is 12,000 exactly; match 12,000.
    // 2004 (402(g) 13,000) and 2005 (14,000): the cap binds, 12,000.0045 (reported 12,000.00), carried as it is;
    //   match 100% = 12,000.0045 as well.
    // Deferral balance: 12,000 → 24,000.0045 → 24,000.00 → 36,000.009 → 36,000.01 (the same for the match);
    // a deferral rounded to 12,000.00 before it is carried would print 36,000.00.
    // Totals: 24,000; 48,000.009 → 48,000.01; 72,000.018 → 72,000.02.
    const rows = project(
      {
        ...base,
        balances: { deferral: d("0"), rollover: d("0"), match: d("0") },
        compensation: d("80000.03"),
        salaryGrowthPercent: 0,
        deferralPercent: 15,
        matchPercentOfDeferral: 100,
        annualReturnPercent: 0,
        years: 3,
      },
      SOS_PLAN,
    ).rows;
    expect(rows.map((row) => [row.deferral.toFixed(2), row.match.toFixed(2), row.balances.deferral.toFixed(2), row.balances.match.toFixed(2), row.total.toFixed(2)])).toEqual([
      ["12000.00", "12000.00", "12000.00", "12000.00", "24000.00"],
      ["12000.00", "12000.00", "24000.00", "24000.00", "48000.01"],
      ["12000.00", "12000.00", "36000.01", "36000.01", "72000.02"],
    ]);
  });
});

describe("years past the limits table", () => {
  it("2026 is in the table; 2027 carries it forward and says so", () => {
    const result = project({ ...base, asOf: "2025-12-31", years: 2 }, SOS_PLAN);
    expect(result.rows.map((row) => [row.planYear, row.limitsAssumed])).toEqual([
      [2026, false],
      [2027, true],
    ]);
    expect(result.limitsAssumed).toBe(true);
    expect(projectionLimitsNote(result)).toContain("2026");
    expect(projectionExplanation(result, SOS_PLAN).join(" ")).toContain(projectionLimitsNote(result)!);
  });

  it("a projection that starts past the table says the 2026 limits are carried, not the year before it starts", () => {
    // asOf 2029-12-31: year 1 is 2030. The table ends in 2026, so 2027, 2028 and 2029 are not known either.
    const result = project({ ...base, asOf: "2029-12-31", birthDate: "1990-07-04", years: 1 }, SOS_PLAN);
    expect(result.limitsAssumed).toBe(true);
    expect(projectionLimitsNote(result)).toContain("2026");
    expect(projectionLimitsNote(result)).not.toContain("2029");
    // 2026's 402(g) is 24,500: 10% of 40,000 = 4,000 is within it either way.
    expect(result.rows[0]!.deferral.toFixed(2)).toBe("4000.00");
  });
});

describe("another plan's schedule drives the projection", () => {
  it("under a 3-year cliff, 3 years at the end of 2003 vest the match 100%", () => {
    const cliff = definePlan({ ...SOS_PLAN, id: "cliff", vesting: { ...SOS_PLAN.vesting, schedule: [{ years: 0, percent: 0 }, { years: 3, percent: 100 }] } });
    const row = project({ ...base, years: 1 }, cliff).rows[0]!;
    expect(row.vestedPercent).toBe(100);
    expect(row.vested.toFixed(2)).toBe("21099.44");
    expect(row.forfeitable.toFixed(2)).toBe("0.00");
  });
});

describe("input the projection refuses", () => {
  it("neither years of service nor a start date", () => {
    expect(() => project({ ...base, yearsOfService: undefined }, SOS_PLAN)).toThrow(expect.objectContaining({ path: "yearsOfService" }));
  });

  it("a birth date after the start date", () => {
    expect(() => project({ ...base, employmentStartDate: "1969-01-01" }, SOS_PLAN)).toThrow(RuleInputError);
  });
});

describe("today's dollars", () => {
  it.each([
    // 1,000 / 1.03² = 1,000 / 1.0609 = 942.5959… → 942.60.
    ["1000", 3, 2, "942.60"],
    ["1000", 0, 10, "1000.00"],
    ["1000", 3, 0, "1000.00"],
  ])("%s at %s%% inflation over %i years is %s", (amount, inflation, years, expected) => {
    expect(inTodaysDollars(d(amount), inflation, years).toFixed(2)).toBe(expected);
  });
});

describe("sources vested by the schedule or at once, as the plan says", () => {
  it("a plan that vests rollovers by the schedule and the match at once", () => {
    // 0% return, no contributions: balances stay 1,000 / 1,000 / 1,000. 3 years → 50%:
    // deferral 1,000 (immediate) + rollover 500 (schedule) + match 1,000 (immediate) = 2,500.
    const plan = definePlan({ ...SOS_PLAN, vesting: { ...SOS_PLAN.vesting, immediatelyVested: ["deferral", "match"] } });
    const row = project(
      { ...base, balances: { deferral: d("1000"), rollover: d("1000"), match: d("1000") }, deferralPercent: 0, annualReturnPercent: 0, years: 1 },
      plan,
    ).rows[0]!;
    expect(row.vestedPercent).toBe(50);
    expect(row.vested.toFixed(2)).toBe("2500.00");
    expect(row.forfeitable.toFixed(2)).toBe("500.00");
  });

  it("a plan that vests deferrals by the schedule", () => {
    // 1,000 deferral at 50% = 500; rollover and match 0.
    const plan = definePlan({ ...SOS_PLAN, vesting: { ...SOS_PLAN.vesting, immediatelyVested: ["rollover"] } });
    const row = project(
      { ...base, balances: { deferral: d("1000"), rollover: d("0"), match: d("0") }, deferralPercent: 0, annualReturnPercent: 0, years: 1 },
      plan,
    ).rows[0]!;
    expect(row.vested.toFixed(2)).toBe("500.00");
  });
});
