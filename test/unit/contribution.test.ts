/**
 * How much a participant may defer (11-K Note 1.B; plan-rules §3): 15% of counted compensation,
 * 402(g), catch-up when the plan allows it, never more than compensation.
 */
import { describe, expect, it } from "vitest";
import { UnsupportedYearError } from "@/lib/plan/limits";
import { Dec } from "@/lib/money";
import { definePlan } from "@/lib/plan/definition";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { contributionLimit } from "@/lib/rules/contribution";
import { contributionExplanation, limitsNote } from "@/lib/words/en/contribution";

const withCatchUp = definePlan({ ...SOS_PLAN, options: { ...SOS_PLAN.options, catchUp: true } });
const money = (text: string) => new Dec(text);
const cents = (amount: { toFixed(n: number): string }) => amount.toFixed(2);

describe("the 15% cap against 402(g) (plan-rules §3)", () => {
  it.each([
    // 73,333.33 × 15% = 10,999.9995 → 11,000.00 at the cent: a tie with 402(g)'s 11,000, which goes to the plan cap.
    ["73333.33", "73333.33", "11000.00", "plan15Percent", "11000.00", "15% of 73,333.33 is 10,999.9995, rounding to a tie with 402(g): the plan cap binds"],
    // 73,400 × 15% = 11,010 > 11,000.
    ["73400", "73400.00", "11010.00", "402(g)", "11000.00", "15% of 73,400 is 11,010, above 402(g)"],
    // 73,333.00 × 15% = 10,999.95.
    ["73333.00", "73333.00", "10999.95", "plan15Percent", "10999.95", "15% of 73,333.00 is 10,999.95, below 402(g)"],
    // 401(a)(17) for 2002 is 200,000: 15% of 200,000 = 30,000.
    ["250000", "200000.00", "30000.00", "402(g)", "11000.00", "compensation of 250,000 counts only 200,000 (401(a)(17))"],
    ["40000", "40000.00", "6000.00", "plan15Percent", "6000.00", "15% of 40,000 is 6,000"],
    ["0", "0.00", "0.00", "plan15Percent", "0.00", "no pay, no deferral"],
  ])("2002, compensation %s: counted %s, plan cap %s, binding %s, maximum %s (%s)", (compensation, counted, planCap, binding, max) => {
    const result = contributionLimit({ planYear: 2002, compensation: money(compensation) }, SOS_PLAN);
    expect(cents(result.compensationCounted)).toBe(counted);
    expect(cents(result.planCap)).toBe(planCap);
    expect(cents(result.electiveDeferralLimit)).toBe("11000.00");
    expect(result.bindingLimit).toBe(binding);
    expect(cents(result.maxDeferral)).toBe(max);
    expect(cents(result.catchUp)).toBe("0.00");
    expect(result.planPercentCap).toBe(15);
    expect(result.requested).toBeNull();
    expect(result.limitsAssumed).toBe(false);
    expect(result.citation).toBe("11-K Note 1.B");
  });

  it("the explanation says which cap binds and why compensation counted is less", () => {
    const result = contributionLimit({ planYear: 2002, compensation: money("250000") }, SOS_PLAN);
    const text = contributionExplanation(result, SOS_PLAN).join(" ");
    expect(text).toContain("401(a)(17)");
    expect(text).toContain("$200,000.00");
    expect(text).toContain("The IRS limit is lower");
    const tie = contributionLimit({ planYear: 2002, compensation: money("73333.33") }, SOS_PLAN);
    expect(contributionExplanation(tie, SOS_PLAN).join(" ")).toContain("cap is the lower of the two");
  });
});

describe("requested, allowed and excess (plan-rules §3)", () => {
  it.each([
    // api-v1's example: 20% of 80,000 = 16,000; maximum min(12,000, 11,000) = 11,000; excess 5,000.
    [2002, "80000", 20, "16000.00", "11000.00", "5000.00", "20% of 80,000 asks 16,000; 11,000 is allowed"],
    // 10% of counted 200,000 = 20,000.
    [2002, "250000", 10, "20000.00", "11000.00", "9000.00", "10% of the counted 200,000 asks 20,000"],
    [2002, "40000", 10, "4000.00", "4000.00", "0.00", "10% of 40,000 is within every cap"],
    // 3.3% of 100.10 = 3.3033 → 3.30.
    [2002, "100.10", 3.3, "3.30", "3.30", "0.00", "3.3% of 100.10 is 3.3033, reported as 3.30"],
    // 15% of 73,333.33 = 10,999.9995 → 11,000.00 both asked and allowed.
    [2002, "73333.33", 15, "11000.00", "11000.00", "0.00", "the 15% asked of 73,333.33 rounds to the cap itself"],
    [2002, "80000", 0, "0.00", "0.00", "0.00", "0% asks nothing"],
  ])("%i, compensation %s at %s%%: requested %s, allowed %s, excess %s (%s)", (planYear, compensation, percent, requested, allowed, excess) => {
    const result = contributionLimit({ planYear, compensation: money(compensation), deferralPercent: percent }, SOS_PLAN);
    expect(cents(result.requested!.requestedDeferral)).toBe(requested);
    expect(cents(result.requested!.allowedDeferral)).toBe(allowed);
    expect(cents(result.requested!.excess)).toBe(excess);
  });

  it("the excess is reported in words", () => {
    const result = contributionLimit({ planYear: 2002, compensation: money("80000"), deferralPercent: 20 }, SOS_PLAN);
    expect(contributionExplanation(result, SOS_PLAN).join(" ")).toContain("$5,000.00 more than the maximum of $11,000.00");
  });
});

describe("catch-up (plan-rules §3; IRC 414(v))", () => {
  it("is off by default: age 52 gets none under the SOS plan", () => {
    const result = contributionLimit({ planYear: 2002, compensation: money("80000"), birthDate: "1950-06-01", deferralPercent: 20 }, SOS_PLAN);
    expect(cents(result.catchUp)).toBe("0.00");
    expect(cents(result.maxDeferral)).toBe("11000.00");
  });

  it.each([
    // born 1950-06-01: 52 by 2002-12-31 → 1,000; max 11,000 + 1,000.
    [2002, "1950-06-01", "80000", "1000.00", "12000.00", "age 52 in 2002: 1,000 on top of 402(g)"],
    [2002, "1952-12-31", "80000", "1000.00", "12000.00", "born 1952-12-31: 50 on December 31, 2002"],
    [2002, "1953-01-01", "80000", "0.00", "11000.00", "born 1953-01-01: still 49 on December 31, 2002"],
    // 2002, compensation 40,000: min(6,000, 11,000) + 1,000 = 7,000.
    [2002, "1950-06-01", "40000", "1000.00", "7000.00", "catch-up sits on top of the 15% cap when that is lower"],
    // 2025: ages 60–63 by December 31 use 11,250.
    [2025, "1965-12-31", "300000", "11250.00", "34750.00", "born 1965-12-31: 60 by 2025-12-31, 23,500 + 11,250"],
    [2025, "1966-01-01", "300000", "7500.00", "31000.00", "born 1966-01-01: 59 by 2025-12-31, 23,500 + 7,500"],
    [2025, "1962-12-31", "300000", "11250.00", "34750.00", "born 1962-12-31: 63 by 2025-12-31"],
    [2025, "1961-12-31", "300000", "7500.00", "31000.00", "born 1961-12-31: 64 by 2025-12-31, back to 7,500"],
    [2024, "1963-06-01", "300000", "7500.00", "30500.00", "2024 has no 60–63 catch-up: age 61 gets 7,500"],
    [2026, "1964-06-01", "300000", "11250.00", "35750.00", "2026: age 62, 24,500 + 11,250"],
  ])("%i, born %s, compensation %s: catch-up %s, maximum %s (%s)", (planYear, birthDate, compensation, catchUp, max) => {
    const result = contributionLimit({ planYear, compensation: money(compensation), birthDate }, withCatchUp);
    expect(cents(result.catchUp)).toBe(catchUp);
    expect(cents(result.maxDeferral)).toBe(max);
  });

  it("api-v1's example with catch-up on: 16,000 asked, 12,000 allowed, 4,000 excess", () => {
    const result = contributionLimit({ planYear: 2002, compensation: money("80000"), birthDate: "1950-06-01", deferralPercent: 20 }, withCatchUp);
    expect(cents(result.requested!.allowedDeferral)).toBe("12000.00");
    expect(cents(result.requested!.excess)).toBe("4000.00");
    expect(contributionExplanation(result, withCatchUp).join(" ")).toContain("Age 52 by December 31, 2002");
  });

  it("needs a birth date", () => {
    const result = contributionLimit({ planYear: 2002, compensation: money("80000") }, withCatchUp);
    expect(cents(result.catchUp)).toBe("0.00");
    expect(contributionExplanation(result, withCatchUp).join(" ")).toContain("needs a birth date");
  });

  it("a deferral never exceeds compensation: 1,000 of pay, age 55, 15% (150) + 1,000 catch-up is cut to 1,000", () => {
    const result = contributionLimit({ planYear: 2002, compensation: money("1000"), birthDate: "1947-01-01", deferralPercent: 100 }, withCatchUp);
    expect(cents(result.maxDeferral)).toBe("1000.00");
    expect(result.compensationBinds).toBe(true);
    expect(cents(result.requested!.requestedDeferral)).toBe("1000.00");
    expect(cents(result.requested!.allowedDeferral)).toBe("1000.00");
    expect(contributionExplanation(result, withCatchUp).join(" ")).toContain("never exceed compensation");
  });
});

describe("years outside the table (plan-rules §7)", () => {
  it("2027 carries the 2026 values and says so", () => {
    // 2026: 402(g) 24,500; 401(a)(17) 360,000. 15% of 200,000 = 30,000 > 24,500.
    const result = contributionLimit({ planYear: 2027, compensation: money("200000") }, SOS_PLAN);
    expect(result.limitsAssumed).toBe(true);
    expect(cents(result.electiveDeferralLimit)).toBe("24500.00");
    expect(cents(result.compensationCounted)).toBe("200000.00");
    expect(cents(result.maxDeferral)).toBe("24500.00");
    expect(limitsNote(result)).toContain("2026");
    expect(contributionExplanation(result, SOS_PLAN).join(" ")).toContain("carried forward");
  });

  it("a year before 2002 is refused", () => {
    expect(() => contributionLimit({ planYear: 2001, compensation: money("50000") }, SOS_PLAN)).toThrow(UnsupportedYearError);
  });
});
