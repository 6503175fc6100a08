/**
 * The ADP and ACP tests (plan-rules §9), worked by hand. Rates are in hundredths of a percentage
 * point (583 is 5.83%), money in cents; each expected figure has its arithmetic beside it.
 */
import { describe, expect, it } from "vitest";
import { RuleInputError } from "@/lib/errors";
import { Dec } from "@/lib/money";
import { definePlan, type PlanOptions } from "@/lib/plan/definition";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { UnsupportedYearError } from "@/lib/plan/limits";
import { formatLimit, testNondiscrimination, type CensusEmployee, type NondiscriminationInput } from "@/lib/rules/nondiscrimination";
import { levelDollars, limitFor } from "@/lib/rules/nondiscrimination-core";

/** Dollars as cents, written as text so no float is involved: "235.80" → 23580. */
const c = (dollars: string) => Number(new Dec(dollars).times(100).toFixed(0));
const person = (id: string, compensation: string, deferrals: string, match = "0", more: Partial<CensusEmployee> = {}): CensusEmployee => ({
  id, employer: "Inteliant", highlyCompensated: false, compensationCents: c(compensation), deferralsCents: c(deferrals), matchCents: c(match), ...more,
});
const hce = (id: string, compensation: string, deferrals: string, match = "0", more: Partial<CensusEmployee> = {}) => person(id, compensation, deferrals, match, { highlyCompensated: true, ...more });
const run = (employees: CensusEmployee[], more: Partial<NondiscriminationInput> = {}, plan = SOS_PLAN) => testNondiscrimination({ planYear: 2002, employees, ...more }, plan);
const withOptions = (options: Partial<PlanOptions>) => definePlan({ ...SOS_PLAN, options: { ...SOS_PLAN.options, ...options } });
const cents = (amount: bigint | undefined) => (amount === undefined ? undefined : Number(amount));

/** The worked example of plan-rules §9: matches are 26.2% of deferrals. */
const WORKED = [
  person("N1", "30000", "900", "235.80"), // 900 × 0.262 = 235.80
  person("N2", "40000", "1600", "419.20"), // 1,600 × 0.262 = 419.20
  person("N3", "25000", "0"),
  person("N4", "50000", "2500", "655.00"), // 2,500 × 0.262 = 655.00
  hce("H1", "80000", "8000", "2096.00"), // 8,000 × 0.262 = 2,096.00
  hce("H2", "300000", "11000", "2882.00"), // 11,000 × 0.262 = 2,882.00
  hce("H3", "150000", "3000", "786.00"), // 3,000 × 0.262 = 786.00
];

describe("the worked example of plan-rules §9 (2002, current-year, Inteliant)", () => {
  const result = run(WORKED);
  const [line] = result.lines;

  it("rates: NHCE ADP 3.00, limit 5.00; HCE ADP 17.50 ÷ 3 = 5.83, which fails", () => {
    // NHCEs: 900/30,000 = 3.00, 1,600/40,000 = 4.00, 0, 2,500/50,000 = 5.00 → 12.00 ÷ 4 = 3.00.
    // HCEs: 8,000/80,000 = 10.00; 11,000/200,000 (300,000 capped at 401(a)(17)) = 5.50; 3,000/150,000 = 2.00.
    expect(result.employees.map((e) => e.deferralRate)).toEqual([300, 400, 0, 500, 1000, 550, 200]);
    expect(line!.counted).toEqual({ hce: 3, nhce: 4 });
    expect(line!.adp.nhce).toBe(300);
    expect(formatLimit(line!.adp.limit, 2)).toBe("5.00"); // lesser of 2 × 3 = 6 and 3 + 2 = 5; 1.25 × 3 = 3.75 is less
    expect(line!.adp.hce).toBe(583); // 1,750 ÷ 3 = 583.33 → 583
    expect(line!.adp.passed).toBe(false);
  });

  it("step 1: L = 15.00 − 5.50 − 2.00 = 7.50; H1's excess is 2.50% of 80,000 = 2,000.00", () => {
    expect(line!.adp.level?.toString()).toBe("7.5");
    expect(line!.adp.excessCents).toBe(200000n);
  });

  it("step 2: H2 (the largest deferrals, not the highest rate) is refunded 2,000.00; D = 9,000 ≥ 8,000", () => {
    expect(line!.adp.refunds.map((r) => [r.id, cents(r.amountCents)])).toEqual([["H2", 200000]]);
  });

  it("step 3: H2 forfeits 2,882 × 2,000 ÷ 11,000 = 524.00 of match", () => {
    expect(cents(line!.adp.refunds[0]!.forfeitedMatchCents)).toBe(52400);
    expect(result.employees[5]!.forfeitedMatchCents).toBe(52400);
  });

  it("step 4: ACP on the match left: NHCEs 0.79, 1.05, 0.00, 1.31 → 0.79, limit 1.58; HCEs 2.62, 1.18, 0.52 → 1.44 passes", () => {
    // 235.80/30,000 = 0.786 → 0.79; 419.20/40,000 = 1.048 → 1.05; 655/50,000 = 1.31; sum 3.15 ÷ 4 = 0.7875 → 0.79.
    // H1 2,096/80,000 = 2.62; H2 (2,882 − 524) = 2,358/200,000 = 1.179 → 1.18; H3 786/150,000 = 0.524 → 0.52; 4.32 ÷ 3 = 1.44.
    expect(result.employees.map((e) => e.contributionRate)).toEqual([79, 105, 0, 131, 262, 118, 52]);
    expect(line!.acp.nhce).toBe(79);
    expect(formatLimit(line!.acp.limit, 2)).toBe("1.58"); // 2 × 0.79 = 1.58 < 0.79 + 2
    expect(line!.acp.hce).toBe(144);
    expect(line!.acp.passed).toBe(true);
    expect(line!.acp.refunds).toEqual([]);
  });

  it("deadlines: March 15 and December 31 of 2003", () => {
    expect(result.deadlines).toEqual({ withoutExciseTax: "2003-03-15", final: "2003-12-31" });
  });
});

describe("the limit: the greater of 1.25 × n and the lesser of 2 × n and n + 2", () => {
  it.each([
    [300, "5.00", "alternativeSpread", "n = 3.00: 1.25 × 3 = 3.75; min(6.00, 5.00) = 5.00"],
    [150, "3.00", "alternativeMultiple", "n = 1.50: 1.25 × 1.5 = 1.875; min(3.00, 3.50) = 3.00"],
    [1000, "12.50", "basic", "n = 10.00: 1.25 × 10 = 12.50 > min(20, 12) = 12"],
    [833, "10.4125", "basic", "n = 8.33: 1.25 × 8.33 = 10.4125 exactly, not rounded; min(16.66, 10.33) = 10.33"],
    [200, "4.00", "alternativeMultiple", "n = 2.00: 2 × 2 = 2 + 2 = 4 (tie: the multiple); 1.25 × 2 = 2.50"],
    [800, "10.00", "basic", "n = 8.00: 1.25 × 8 = 10 = min(16, 10) (tie: basic)"],
    [801, "10.0125", "basic", "n = 8.01: 1.25 × 8.01 = 10.0125 > 10.01"],
    [799, "9.99", "alternativeSpread", "n = 7.99: 7.99 + 2 = 9.99 > 1.25 × 7.99 = 9.9875"],
    [0, "0.00", "basic", "n = 0: every branch is 0"],
  ] as const)("n = %i → %s (%s: %s)", (n, limit, branch, _why) => {
    const exact = limitFor(n, SOS_PLAN.nondiscrimination.limit, 2);
    expect(formatLimit(exact, 2)).toBe(limit);
    expect(exact.branch).toBe(branch);
  });

  // One NHCE at n, one HCE at the rate given: passes when the HCE rate is at most the limit.
  it.each([
    ["3000", "5000", true, "NHCE 3.00 → limit 5.00; HCE 5.00 is at the limit: passes"],
    ["3000", "5001", true, "HCE 5,001 ÷ 100,000 = 5.001 rounds to 5.00: passes"],
    ["3000", "5005", false, "HCE 5.005 rounds half-up to 5.01, one hundredth above 5.00: fails"],
    ["8330", "10410", true, "NHCE 8.33 → limit 10.4125; HCE 10.41 passes"],
    ["8330", "10420", false, "HCE 10.42 > 10.4125 fails"],
    ["1500", "3000", true, "NHCE 1.50 → limit 3.00; HCE 3.00 passes"],
    ["1500", "3010", false, "HCE 3.01 fails"],
    ["10000", "12500", true, "NHCE 10.00 → limit 12.50; HCE 12.50 passes"],
    ["10000", "12510", false, "HCE 12.51 fails"],
  ] as const)("NHCE deferring %s and HCE %s of 100,000: passes %s (%s)", (nhce, hceDeferrals, passes, _why) => {
    const [line] = run([person("N", "100000", nhce), hce("H", "100000", hceDeferrals)]).lines;
    expect(line!.adp.passed).toBe(passes);
  });

  it("the exact limit 10.4125 levels to it exactly: an HCE at 10.50 of 100,000 refunds (10.50 − 10.4125)% = 87.50", () => {
    const [line] = run([person("N", "100000", "8330"), hce("H", "100000", "10500")]).lines;
    expect(formatLimit(line!.adp.limit, 2)).toBe("10.4125");
    expect(line!.adp.level?.toString()).toBe("10.4125");
    // 0.0875% × 100,000 = 87.50
    expect(line!.adp.excessCents).toBe(8750n);
    expect(line!.adp.refunds.map((r) => cents(r.amountCents))).toEqual([8750]);
  });
});

describe("leveling", () => {
  it("a mean that fails only once rounded has nothing to level: 10.42 and 10.43 average 10.425 = the limit of n = 8.34", () => {
    // 1.25 × 8.34 = 10.425; (10.42 + 10.43) ÷ 2 = 10.425 rounds half-up to 10.43 > 10.425: fails, yet at the limit exactly.
    const [line] = run([person("N", "100000", "8340"), hce("H1", "100000", "10420"), hce("H2", "100000", "10430")]).lines;
    expect(line!.adp).toMatchObject({ hce: 1043, passed: false, failedOnRounding: true, level: null, levelExact: null, excessCents: 0n, refunds: [] });
  });

  it("two rates capped: 10.00 and 9.00 come down to L = (15 − 2) ÷ 2 = 6.50; the dollars to D = 4,875", () => {
    // NHCE 3.00 → limit 5.00 (3 HCEs: target 15.00). k = 1: L = 15 − 11 = 4 < 9: invalid; k = 2: L = 6.50 ≥ 2.
    // Excess: 3.50% × 50,000 = 1,750 + 2.50% × 100,000 = 2,500 → 4,250.00.
    // Dollars 5,000, 9,000, 2,000: D = 9,000 − 4,250 = 4,750 < 5,000: invalid; D = (14,000 − 4,250) ÷ 2 = 4,875 ≥ 2,000.
    const [line] = run([person("N", "100000", "3000"), hce("H1", "50000", "5000"), hce("H2", "100000", "9000"), hce("H3", "100000", "2000")]).lines;
    expect(line!.adp.level?.toString()).toBe("6.5");
    expect(line!.adp.excessCents).toBe(425000n);
    expect(line!.adp.refunds.map((r) => [r.id, cents(r.amountCents)])).toEqual([
      ["H1", 12500], // 5,000 − 4,875
      ["H2", 412500], // 9,000 − 4,875
    ]);
  });

  it("cents that do not split: 4,000.01 over two equal deferrals is 2,000.01 to the first listed and 2,000.00 to the second", () => {
    // NHCE 1,000/50,000 = 2.00 → limit 4.00. H1 6,000/100,000 = 6.00; H2 6,000/100,000.25 = 5.99998… → 6.00.
    // Both capped at L = 8 ÷ 2 = 4.00: 2% × 100,000 = 2,000 + 2% × 100,000.25 = 2,000.005 → 4,000.005 → 4,000.01 (half-up).
    // D = (12,000 − 4,000.01) ÷ 2 = 3,999.995: each 2,000.005, floored 2,000.00; the cent left goes to the first (tie).
    const employees = [person("N", "50000", "1000"), hce("H1", "100000", "6000"), hce("H2", "100000.25", "6000")];
    const [line] = run(employees).lines;
    expect(line!.adp.excessCents).toBe(400001n);
    expect(line!.adp.refunds.map((r) => [r.id, cents(r.amountCents)])).toEqual([["H1", 200001], ["H2", 200000]]);
    const [reversed] = run([employees[0]!, employees[2]!, employees[1]!]).lines;
    expect(reversed!.adp.refunds.map((r) => [r.id, cents(r.amountCents)])).toEqual([["H2", 200001], ["H1", 200000]]);
  });

  it("levelDollars alone: 0.10 over three equal amounts is 0.04, 0.03, 0.03 (ties in input order)", () => {
    // D = (3 × 1,000 − 0.10) ÷ 3 = 999.9666…; each refund 0.0333… → 0.03, one cent left to the first.
    expect(levelDollars([100000, 100000, 100000], 10n)).toEqual([4n, 3n, 3n]);
    // 25.00 over 100, 50, 10: D = 100 − 25 = 75 ≥ 50: only the largest.
    expect(levelDollars([10000, 5000, 1000], 2500n)).toEqual([2500n, 0n, 0n]);
  });

  it("compensation above 401(a)(17) counts only the limit: 2002's 200,000, 2024's 345,000", () => {
    // 23,000 ÷ 200,000 = 11.50 in 2002; 23,000 ÷ 345,000 = 6.6667 → 6.67 in 2024.
    const employees = [hce("H", "400000", "23000")];
    expect(run(employees).employees[0]!.deferralRate).toBe(1150);
    expect(run(employees, { planYear: 2024 }).employees[0]!.deferralRate).toBe(667);
  });

  it.each([
    [2002, 20000000], [2005, 21000000], [2009, 24500000], [2011, 24500000], [2012, 25000000], [2023, 33000000], [2025, 35000000], [2026, 36000000],
  ])("401(a)(17) by year: %i counts at most %i cents (plan-rules §7)", (planYear, limit) => {
    expect(run([person("N", "1", "0")], { planYear }).compensationLimitCents).toBe(limit);
  });
});

describe("the match forfeited with a refund, and the ACP test after it", () => {
  // NHCEs: 2,500/50,000 = 5.00 each, match 250/50,000 = 0.50 → ADP limit min(10, 7) = 7.00; ACP limit min(1.00, 2.50) = 1.00.
  const nhces = [person("N1", "50000", "2500", "250"), person("N2", "50000", "2500", "250")];

  it("ADP 8.00 → refund 1.00% × 100,000 = 1,000; match 4,000 × 1,000 ÷ 8,000 = 500 forfeited; ACP on 3,500 = 3.50 → excess 2.50% × 100,000 = 2,500", () => {
    const result = run([...nhces, hce("H", "100000", "8000", "4000")]);
    const [line] = result.lines;
    expect(line!.adp.excessCents).toBe(100000n);
    expect(cents(line!.adp.refunds[0]!.forfeitedMatchCents)).toBe(50000);
    expect(line!.acp.hce).toBe(350);
    expect(line!.acp.passed).toBe(false);
    expect(line!.acp.excessCents).toBe(250000n);
    expect(line!.acp.refunds.map((r) => [r.id, cents(r.amountCents)])).toEqual([["H", 250000]]);
    expect(result.employees[2]).toMatchObject({ adpRefundCents: 100000, forfeitedMatchCents: 50000, acpExcessCents: 250000, contributionRate: 350 });
  });

  it("without forfeiture (forfeitMatchOnRefund off) the match stays: ACP 4.00 → excess 3.00% × 100,000 = 3,000", () => {
    const result = run([...nhces, hce("H", "100000", "8000", "4000")], {}, withOptions({ forfeitMatchOnRefund: false }));
    expect(cents(result.lines[0]!.adp.refunds[0]!.forfeitedMatchCents)).toBe(0);
    expect(result.lines[0]!.acp.excessCents).toBe(300000n);
  });
});

describe("method, lines and who is counted", () => {
  it("prior-year: the prior NHCE ADP 4.00 gives a limit of 6.00, so 5.83 passes; the ACP uses the prior 1.00 → 2.00", () => {
    const result = run(WORKED, { method: "prior-year", priorYear: { Inteliant: { nhceAdp: 4, nhceAcp: 1 } } });
    const [line] = result.lines;
    expect(result.method).toBe("prior-year");
    expect(line!.adp.nhce).toBe(400);
    expect(formatLimit(line!.adp.limit, 2)).toBe("6.00"); // min(8, 6); 1.25 × 4 = 5
    expect(line!.adp.passed).toBe(true);
    expect(formatLimit(line!.acp.limit, 2)).toBe("2.00");
  });

  it("prior-year without a tested line's figures is an error naming priorYear.SOS", () => {
    const sos = person("S1", "40000", "800", "0", { employer: "SOS" });
    expect(() => run([...WORKED, sos], { method: "prior-year", priorYear: { Inteliant: { nhceAdp: 4, nhceAcp: 1 } } })).toThrow(
      expect.objectContaining({ path: "priorYear.SOS" }),
    );
  });

  it("the SOS line: an SOS HCE is excluded and not counted, so the line counts no HCE and passes both tests", () => {
    const result = run([person("S1", "40000", "800", "0", { employer: "SOS" }), hce("S2", "150000", "11000", "0", { employer: "SOS" }), ...WORKED]);
    expect(result.lines.map((line) => line.line)).toEqual(["SOS", "Inteliant"]);
    const [sos] = result.lines;
    expect(sos!.counted).toEqual({ hce: 0, nhce: 1 });
    expect(sos!.adp).toMatchObject({ hce: null, nhce: 200, passed: true }); // 800 ÷ 40,000 = 2.00
    expect(sos!.acp).toMatchObject({ hce: null, passed: true });
    expect(result.notCounted).toEqual([{ index: 1, id: "S2", reason: "excluded-hce" }]);
    expect(result.employees[1]).toMatchObject({ counted: false, reason: "excluded-hce", deferralRate: null });
  });

  it("HCE status from the HCE rule: 2001 pay of 85,000.01 is above 2001's 85,000; 85,000.00 is not; a 5% owner is", () => {
    const result = run([
      person("A", "90000", "0", "0", { highlyCompensated: undefined, priorYearCompensation: new Dec("85000.01") }),
      person("B", "90000", "0", "0", { highlyCompensated: undefined, priorYearCompensation: new Dec("85000") }),
      person("C", "90000", "0", "0", { highlyCompensated: undefined, fivePercentOwner: true }),
    ]);
    expect(result.employees.map((e) => e.highlyCompensated)).toEqual([true, false, true]);
  });

  it("combined: everyone in one line named Plan, the SOS HCE still excluded", () => {
    const result = run([person("S1", "40000", "800", "0", { employer: "SOS" }), hce("S2", "150000", "11000", "0", { employer: "SOS" }), ...WORKED], {}, withOptions({ testingLines: "combined" }));
    expect(result.lines.map((line) => [line.line, line.counted])).toEqual([["Plan", { hce: 3, nhce: 5 }]]);
    // NHCEs 2.00, 3.00, 4.00, 0, 5.00 → 14 ÷ 5 = 2.80; limit min(5.60, 4.80) = 4.80.
    expect(formatLimit(result.lines[0]!.adp.limit, 2)).toBe("4.80");
  });

  it("a line with HCEs and no NHCE takes n = 0: limit 0.00, any deferral fails and is refunded in full", () => {
    const [line] = run([hce("H", "100000", "1000")]).lines;
    expect(line!.adp.nhce).toBe(0);
    expect(line!.adp.excessCents).toBe(100000n); // (1.00 − 0)% × 100,000 = 1,000, the whole deferral
  });

  it("long-term part-time employees (2024 on) are not counted; counted when the plan tests them", () => {
    const employees = [person("P", "20000", "2000", "0", { longTermPartTime: true }), person("N", "50000", "1500"), hce("H", "100000", "5000")];
    const result = run(employees, { planYear: 2024 });
    expect(result.notCounted).toEqual([{ index: 0, id: "P", reason: "long-term-part-time" }]);
    // N alone: 3.00 → limit 5.00; H 5.00 passes.
    expect(result.lines[0]!.adp).toMatchObject({ nhce: 300, hce: 500, passed: true });
    const tested = run(employees, { planYear: 2024 }, withOptions({ testLongTermPartTime: true }));
    // With P: (10.00 + 3.00) ÷ 2 = 6.50 → limit 8.50.
    expect(tested.lines[0]!.adp.nhce).toBe(650);
    expect(tested.notCounted).toEqual([]);
  });

  it("a long-term part-time employee stated for 2023 (before the rule) is an error naming the field", () => {
    expect(() => run([person("P", "20000", "2000", "0", { longTermPartTime: true })], { planYear: 2023 })).toThrow(expect.objectContaining({ path: "employees.0.longTermPartTime" }));
  });

  it.each([
    [[person("A", "1", "0"), person("A", "2", "0")], "employees.1.id", "a repeated id names the repeat"],
    [[person("A", "1", "0", "0", { employer: "Acme" })], "employees.0.employer", "an unknown employer"],
    [[person("A", "0", "10")], "employees.0.compensation", "deferrals above 0 with compensation 0"],
    [[person("A", "0", "0", "5")], "employees.0.compensation", "match above 0 with compensation 0"],
  ])("%#: errors name the field (%s)", (employees, path, _why) => {
    expect(() => run(employees)).toThrow(RuleInputError);
    expect(() => run(employees)).toThrow(expect.objectContaining({ path }));
  });

  it("someone with compensation and no deferrals counts at 0.00; compensation 0 with nothing counts at 0.00 too", () => {
    expect(run([person("A", "0", "0"), person("B", "100", "0")]).employees.map((e) => e.deferralRate)).toEqual([0, 0]);
  });

  it.each([2001, 2027])("plan year %i is outside 2002–2026", (planYear) => {
    expect(() => run([person("A", "1", "0")], { planYear })).toThrow(UnsupportedYearError);
  });
});
