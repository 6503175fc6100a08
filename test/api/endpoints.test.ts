/**
 * The five endpoints of api-v1.md over HTTP against the production build, field for field.
 * Expected figures are worked out by hand from plan-rules.md (arithmetic in the comments).
 */
import { describe, expect, it } from "vitest";
import { base, issueAt, post } from "./client";

describe("GET /api/v1/health", () => {
  it("answers a constant {status: ok}", async () => {
    const response = await fetch(`${base()}/api/v1/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });
});

describe("POST /api/v1/eligibility", () => {
  it("the contract's example: SOS, born 1980-02-29, 1,040 hours in the initial period", async () => {
    // Age 21: 2001-02-29 does not exist → March 1, 2001. Initial period 2002-03-15..2003-03-14 holds
    // 1,040 ≥ 1,000 hours; the year of service is completed at its end → met 2003-03-15.
    const { status, json } = await post("eligibility", {
      asOf: "2003-06-30", employer: "SOS", birthDate: "1980-02-29", employmentStartDate: "2002-03-15",
      hours: [{ date: "2002-03-31", hours: 520 }, { date: "2003-03-14", hours: 520 }],
      highlyCompensated: false, priorYearCompensation: "95000.00", fivePercentOwner: false,
    });
    expect(status).toBe(200);
    expect(json).toMatchObject({
      eligible: true, eligibilityDate: "2003-03-15", entryDate: "2003-03-15", excluded: false, highlyCompensated: false,
      requirements: [
        { id: "age", met: true, metOn: "2001-03-01", citation: "11-K Note 1.A" },
        { id: "service", met: true, metOn: "2003-03-15", citation: "11-K Note 1.A", periods: [{ start: "2002-03-15", end: "2003-03-14", hours: 1040 }] },
      ],
    });
    expect(json.explanation.length).toBeGreaterThan(0);
  });

  it("an entry the day after the initial period counts in the first plan year, not the initial period", async () => {
    // Start 2002-03-15: initial period ends 2003-03-14; 600 h on 2003-03-14 and 500 h on 2003-03-15.
    // Initial: 600 < 1,000. Plan year 2003 (contains the anniversary 2003-03-15): 600 + 500 = 1,100 ≥ 1,000,
    // completed at its end → met 2004-01-01.
    const { json } = await post("eligibility", {
      asOf: "2004-06-30", employer: "SOS", birthDate: "1970-01-01", employmentStartDate: "2002-03-15",
      hours: [{ date: "2003-03-14", hours: 600 }, { date: "2003-03-15", hours: 500 }],
    });
    expect(json.eligibilityDate).toBe("2004-01-01");
    expect(json.requirements[1].periods).toEqual([
      { start: "2002-03-15", end: "2003-03-14", hours: 600 },
      { start: "2003-01-01", end: "2003-12-31", hours: 1100 },
    ]);
  });

  it("Inteliant: the 91st day following the first hour, an HCE allowed", async () => {
    // 2002-01-01 + 91 days = 2002-04-02 (Jan 31 + Feb 28 + Mar 31 = 90 → April 1 is day 90, April 2 day 91).
    const { json } = await post("eligibility", {
      asOf: "2002-04-02", employer: "Inteliant", birthDate: "1960-05-05", employmentStartDate: "2002-01-01", highlyCompensated: true,
    });
    expect(json).toMatchObject({ eligible: true, eligibilityDate: "2002-04-02", excluded: false, highlyCompensated: true });
    expect(json.requirements[1]).toEqual({ id: "service", met: true, metOn: "2002-04-02", citation: "11-K Note 1.A" });
  });

  it("an HCE of SOS is excluded, whatever else holds; status from 2001 pay above $85,000", async () => {
    const { json } = await post("eligibility", {
      asOf: "2002-12-31", employer: "SOS", birthDate: "1960-05-05", employmentStartDate: "2000-01-03",
      hours: [{ date: "2000-06-30", hours: 1200 }], priorYearCompensation: "85000.01",
    });
    expect(json).toMatchObject({ eligible: false, excluded: true, highlyCompensated: true, eligibilityDate: "2001-01-03" });
  });

  it("before 2002 (plan-rules §2.3): as of 2001-03-01 with no HCE fields it answers; 1998 judges 1997 pay against $80,000; 1997 refuses a stated pay", async () => {
    // SOS, born 1970-01-01, started 1997-01-01, 1,000 hours on 1997-06-30: service met 1998-01-01.
    const early = { employer: "SOS", birthDate: "1970-01-01", employmentStartDate: "1997-01-01", hours: [{ date: "1997-06-30", hours: 1000 }] };
    const in2001 = await post("eligibility", { ...early, asOf: "2001-03-01" });
    expect(in2001.status).toBe(200);
    expect(in2001.json).toMatchObject({ eligible: true, eligibilityDate: "1998-01-01", highlyCompensated: false });
    const at = await post("eligibility", { ...early, asOf: "1998-06-30", priorYearCompensation: "80000.00" });
    const above = await post("eligibility", { ...early, asOf: "1998-06-30", priorYearCompensation: "80000.01" });
    expect([at.status, at.json.highlyCompensated, at.json.eligible]).toEqual([200, false, true]);
    expect([above.status, above.json.highlyCompensated, above.json.excluded]).toEqual([200, true, true]);
    const noPay = await post("eligibility", { ...early, asOf: "1997-06-30" });
    expect(noPay.status).toBe(200);
    expect(noPay.json).toMatchObject({ highlyCompensated: false, excluded: false });
    const withPay = await post("eligibility", { ...early, asOf: "1997-06-30", priorYearCompensation: "50000" });
    expect(withPay.status).toBe(400);
    expect(issueAt(withPay.json, "priorYearCompensation")?.message).toMatch(/state highlyCompensated instead/);
  });

  it("hours that never reach 1,000 leave the eligibility date null", async () => {
    const { json } = await post("eligibility", {
      asOf: "2003-06-30", employer: "SOS", birthDate: "1980-01-01", employmentStartDate: "2002-03-15", hours: [{ date: "2002-04-01", hours: 999.5 }],
    });
    expect(json).toMatchObject({ eligible: false, eligibilityDate: null, entryDate: null });
    expect(json.requirements[1]).toMatchObject({ met: false, metOn: null });
  });
});

describe("POST /api/v1/contribution-limit", () => {
  it("the contract's example: 2002, $80,000 at 20%", async () => {
    // 15% × 80,000 = 12,000 > 402(g) 11,000 → 402(g) binds; 20% × 80,000 = 16,000 requested; excess 5,000.
    const { status, json } = await post("contribution-limit", { planYear: 2002, compensation: "80000", birthDate: "1950-06-01", deferralPercent: 20 });
    expect(status).toBe(200);
    expect(json).toMatchObject({
      planYear: 2002, compensationCounted: "80000.00", planPercentCap: 15, planCap: "12000.00", electiveDeferralLimit: "11000.00",
      catchUp: "0.00", maxDeferral: "11000.00", bindingLimit: "402(g)", requestedDeferral: "16000.00", allowedDeferral: "11000.00",
      excess: "5000.00", limitsAssumed: false,
    });
  });

  it("without deferralPercent there is no requested/allowed/excess; a later year carries 2026 forward", async () => {
    // 2030 → 2026 values: 401(a)(17) 360,000; 15% × 50,000 = 7,500 < 24,500 → plan cap binds.
    const { json } = await post("contribution-limit", { planYear: 2030, compensation: 50000 });
    expect(json).toMatchObject({ planCap: "7500.00", electiveDeferralLimit: "24500.00", maxDeferral: "7500.00", bindingLimit: "plan15Percent", limitsAssumed: true });
    expect(json).not.toHaveProperty("requestedDeferral");
  });

  it("a plan year before 2002 is a 400 naming planYear", async () => {
    const { status, json } = await post("contribution-limit", { planYear: 2001, compensation: "1" });
    expect(status).toBe(400);
    expect(issueAt(json, "planYear")?.message).toMatch(/Plan year must be 2002 or later/);
  });
});

describe("POST /api/v1/vesting", () => {
  it("the contract's example: 3 years, match 4000.01 → 50%, 2000.01 vested, 2000.00 forfeitable", async () => {
    // 4000.01 × 0.5 = 2000.005 → half-up 2000.01; forfeitable 4000.01 − 2000.01 = 2000.00; total 10000 + 500 + 2000.01.
    const { json } = await post("vesting", { yearsOfService: 3, balances: { deferral: "10000", rollover: "500", match: "4000.01" }, planTerminated: false });
    expect(json).toMatchObject({
      yearsOfService: 3, vestedPercent: 50,
      vested: { deferral: "10000.00", rollover: "500.00", match: "2000.01", total: "12500.01" },
      forfeitable: "2000.00", nextStep: { yearsOfService: 4, vestedPercent: 75 },
    });
  });

  it("from dates: the day before the 3rd anniversary is 2 years (0%), the day of it 3 years (50%)", async () => {
    const before = await post("vesting", { employmentStartDate: "2001-03-15", asOf: "2004-03-14", balances: { match: "1000" } });
    const on = await post("vesting", { employmentStartDate: "2001-03-15", asOf: "2004-03-15", balances: { match: "1000" } });
    expect(before.json).toMatchObject({ yearsOfService: 2, vestedPercent: 0, forfeitable: "1000.00", nextStep: { yearsOfService: 3, vestedPercent: 50 } });
    expect(on.json).toMatchObject({ yearsOfService: 3, vestedPercent: 50, forfeitable: "500.00" });
  });

  it("plan termination vests 100% and there is no next step", async () => {
    const { json } = await post("vesting", { yearsOfService: 1, balances: { match: "333.33" }, planTerminated: true });
    expect(json).toMatchObject({ vestedPercent: 100, vested: { match: "333.33", total: "333.33" }, forfeitable: "0.00", nextStep: null });
  });

  it("yearsOfService that contradicts the dates is a 400", async () => {
    const { status, json } = await post("vesting", { yearsOfService: 5, employmentStartDate: "2001-03-15", asOf: "2004-03-15", balances: {} });
    expect(status).toBe(400);
    expect(issueAt(json, "yearsOfService")).toBeDefined();
  });
});

describe("POST /api/v1/forfeitures/allocate", () => {
  it("shares in exact cents, the leftover cent to the largest remainder, in input order", async () => {
    // 10,000 cents × 1/3 = 3,333 r 1 each; floors sum 9,999; the one cent left goes to the first tie (input order).
    const { json } = await post("forfeitures/allocate", {
      pool: "100.00", participants: [{ id: "A", deferrals: "1" }, { id: "B", deferrals: "1" }, { id: "C", deferrals: "1" }],
    });
    expect(json).toEqual({ allocations: [{ id: "A", amount: "33.34" }, { id: "B", amount: "33.33" }, { id: "C", amount: "33.33" }], total: "100.00" });
  });

  it("pro rata: 127,800 against 5,200 and 10,400 of deferrals", async () => {
    // 127,800 × 5,200/15,600 = 42,600.00 exactly; × 10,400/15,600 = 85,200.00; a zero-deferral participant gets 0.
    const { json } = await post("forfeitures/allocate", {
      pool: "127800.00", participants: [{ id: "A-17", deferrals: "5200.00" }, { id: "B", deferrals: "10400" }, { id: "Z", deferrals: 0 }],
    });
    expect(json.allocations).toEqual([{ id: "A-17", amount: "42600.00" }, { id: "B", amount: "85200.00" }, { id: "Z", amount: "0.00" }]);
  });

  it("a pool with nothing to share against is a 400; duplicate ids are a 400", async () => {
    const zero = await post("forfeitures/allocate", { pool: "1.00", participants: [{ id: "A", deferrals: "0" }] });
    expect(zero.status).toBe(400);
    expect(issueAt(zero.json, "participants")).toBeDefined();
    const dup = await post("forfeitures/allocate", { pool: "1.00", participants: [{ id: "A", deferrals: "1" }, { id: "A", deferrals: "2" }] });
    expect(dup.status).toBe(400);
    expect(issueAt(dup.json, "participants.1.id")?.message).toMatch(/repeats the id "A"/);
  });
});

describe("POST /api/v1/projection", () => {
  it("the contract's example, two years worked by hand", async () => {
    // 2003: pay 40,000; deferral 10% = 4,000 (< 15% 6,000 and 402(g) 12,000); match 26.2% × 4,000 = 1,048.00.
    //   deferral bal 12,000 × 1.06 + 4,000 × 1.03 = 16,840.00; match 3,000 × 1.06 + 1,048 × 1.03 = 4,259.44.
    //   3 years → 50%: vested 16,840 + 2,129.72 = 18,969.72; forfeitable 2,129.72.
    //   earnings 21,099.44 − 15,000 − 4,000 − 1,048 = 1,051.44.
    // 2004: pay 41,200; deferral 4,120; match 26.2% × 4,120 = 1,079.44.
    //   deferral 16,840 × 1.06 + 4,120 × 1.03 = 17,850.40 + 4,243.60 = 22,094.00
    //   match 4,259.44 × 1.06 + 1,079.44 × 1.03 = 4,515.0064 + 1,111.8232 = 5,626.8296 → 5,626.83
    //   4 years → 75%: 5,626.83 × 0.75 = 4,220.1225 → 4,220.12; vested 22,094 + 4,220.12 = 26,314.12; forfeitable 1,406.71
    //   total 27,720.83; earnings 27,720.83 − 21,099.44 − 4,120 − 1,079.44 = 1,421.95
    const { status, json } = await post("projection", {
      asOf: "2002-12-31", birthDate: "1970-07-04", yearsOfService: 2,
      balances: { deferral: "12000", rollover: "0", match: "3000" }, compensation: "40000", salaryGrowthPercent: 3,
      deferralPercent: 10, matchPercentOfDeferral: 26.2, annualReturnPercent: 6, years: 2,
    });
    expect(status).toBe(200);
    expect(json).toEqual({
      rows: [
        { planYear: 2003, age: 33, yearsOfService: 3, vestedPercent: 50, compensation: "40000.00", deferral: "4000.00", match: "1048.00", earnings: "1051.44",
          balances: { deferral: "16840.00", rollover: "0.00", match: "4259.44" }, total: "21099.44", vested: "18969.72", forfeitable: "2129.72" },
        { planYear: 2004, age: 34, yearsOfService: 4, vestedPercent: 75, compensation: "41200.00", deferral: "4120.00", match: "1079.44", earnings: "1421.95",
          balances: { deferral: "22094.00", rollover: "0.00", match: "5626.83" }, total: "27720.83", vested: "26314.12", forfeitable: "1406.71" },
      ],
      limitsAssumed: false,
    });
  });

  it("projecting past 2026 says the limits are assumed", async () => {
    const { json } = await post("projection", {
      asOf: "2026-06-30", birthDate: "1990-01-01", yearsOfService: 0, balances: {}, compensation: "50000", salaryGrowthPercent: 0,
      deferralPercent: 5, matchPercentOfDeferral: 0, annualReturnPercent: 0, years: 1,
    });
    // 2027: 5% × 50,000 = 2,500 deferral, 0% return → total 2,500.00, 1 year → 0% vested of 0 match.
    expect(json.limitsAssumed).toBe(true);
    expect(json.rows[0]).toMatchObject({ planYear: 2027, deferral: "2500.00", total: "2500.00", vested: "2500.00", forfeitable: "0.00" });
  });
});
