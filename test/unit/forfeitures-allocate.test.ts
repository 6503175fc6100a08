import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { allocateParsed, allocationCsv, poolWarnings, readPlanYear, readPool } from "@/lib/pages/hr-forfeitures/allocate-pool";
import { forfeitureContext2002 } from "@/lib/pages/hr-forfeitures/context-2002";
import { parseDeferrals } from "@/lib/pages/hr-forfeitures/parse-deferrals";
import type { PlanDefinition } from "@/lib/plan/definition";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { overLimitClosing } from "@/lib/words/en/annual-additions";
import { EN_WORDS } from "./forfeitures-words";

/** The page's allocation of a pool typed and deferrals pasted (the page parses the deferrals once, then allocates). */
const allocatePool = (pool: string, deferrals: string, plan: PlanDefinition) => allocateParsed(pool, parseDeferrals(deferrals, EN_WORDS), plan, EN_WORDS);

const shares = (pool: string, text: string) => allocatePool(pool, text, SOS_PLAN).result?.rows.map((row) => row.share.toFixed(2));

describe("sharing a pool pro rata to deferrals, to the cent (plan-rules §5)", () => {
  it("three equal deferrals share $100.00 as 33.34, 33.33, 33.33", () => {
    // 10000 cents × 1/3 = 3333 r1 each; the 1 leftover cent goes to the first tie in input order.
    expect(shares("100.00", "A,50\nB,50\nC,50")).toEqual(["33.34", "33.33", "33.33"]);
  });

  it("uneven deferrals: the leftover cent goes to the largest remainder", () => {
    // pool 1000 cents; deferrals 1, 2, 4 (total 7).
    // A: 1000×1/7 = 142 r6; B: 1000×2/7 = 285 r5; C: 1000×4/7 = 571 r3. Floors 998; 2 cents left:
    // to A (r6) then B (r5) → 143, 286, 571 = 1000.
    expect(shares("10", "A,1\nB,2\nC,4")).toEqual(["1.43", "2.86", "5.71"]);
  });

  it("a participant with no deferrals gets nothing", () => {
    // pool 500 cents over 3 and 0: A gets 500, B 0.
    expect(shares("5", "A,3\nB,0")).toEqual(["5.00", "0.00"]);
  });

  it("reports the totals and the effective match rate", () => {
    // pool 127800 over deferrals 487809: 127800 × 100 / 487809 = 26.198...% → 26.20 to two decimals.
    const outcome = allocatePool("127,800", "all,487809", SOS_PLAN);
    expect(outcome.result?.totalShares.toFixed(2)).toBe("127800.00");
    expect(outcome.result?.totalDeferrals.toFixed(2)).toBe("487809.00");
    expect(outcome.result?.matchRatePercent.toFixed(2)).toBe("26.20");
  });

  it("a pool of 0 gives everyone 0", () => {
    expect(shares("0", "A,0\nB,0")).toEqual(["0.00", "0.00"]);
  });

  it("shares always sum to the pool and are never negative (property)", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10_000_000_00n }),
        fc.array(fc.bigInt({ min: 0n, max: 1_000_000_00n }), { minLength: 1, maxLength: 30 }),
        (poolCents, deferralCents) => {
          fc.pre(deferralCents.some((cents) => cents > 0n));
          const cents = (value: bigint) => `${value / 100n}.${String(value % 100n).padStart(2, "0")}`;
          const text = deferralCents.map((value, index) => `P${index},${cents(value)}`).join("\n");
          const outcome = allocatePool(cents(poolCents), text, SOS_PLAN);
          const rows = outcome.result!.rows;
          const total = rows.reduce((sum, row) => sum + BigInt(row.share.times(100).toFixed(0)), 0n);
          return total === poolCents && rows.every((row) => !row.share.isNegative());
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("what the form reports when the input is wrong", () => {
  it.each([
    ["", "Forfeiture pool is required: enter an amount such as 43700.00."],
    ["abc", 'Forfeiture pool must be an amount in dollars, such as "1234.50".'],
    ["-5", "Forfeiture pool must not be negative."],
    ["1.234", "Forfeiture pool must have at most 2 decimals (whole cents); if you mean 1,234 dollars, write 1234 or 1,234."],
  ])("pool %j → %s", (text, message) => {
    expect(readPool(text, EN_WORDS).issue).toBe(message);
  });

  it("keeps line issues and gives no result while a line is bad", () => {
    const outcome = allocatePool("100", "A,5\nB,five", SOS_PLAN);
    expect(outcome.result).toBeNull();
    expect(outcome.rowCount).toBe(1);
    expect(outcome.lineIssues.map((issue) => issue.line)).toEqual([2]);
  });

  it("asks for at least one line", () => {
    const outcome = allocatePool("100", "id,deferrals\n", SOS_PLAN);
    expect(outcome.lineIssues).toEqual([{ line: 0, field: "line", message: "Deferrals: paste at least one line such as A-17,5200.00, or choose a CSV file." }]);
  });

  it("refuses a pool with no deferrals to share against", () => {
    const outcome = allocatePool("100", "A,0\nB,0", SOS_PLAN);
    expect(outcome.result).toBeNull();
    expect(outcome.lineIssues[0]?.message).toBe("Deferrals total $0.00, so there is nothing to share a pool of $100.00 against.");
  });

  it("gives no result when only the pool is wrong", () => {
    const outcome = allocatePool("x", "A,1", SOS_PLAN);
    expect(outcome.result).toBeNull();
    expect(outcome.poolIssue).not.toBeNull();
    expect(outcome.lineIssues).toEqual([]);
  });
});

describe("the CSV export", () => {
  it("lists id, deferrals and allocation in input order, amounts as plain decimals", () => {
    const rows = allocatePool("100", "A,50\nB,50\nC,50", SOS_PLAN).result!.rows;
    expect(allocationCsv(rows)).toBe("id,deferrals,allocation\r\nA,50.00,33.34\r\nB,50.00,33.33\r\nC,50.00,33.33\r\n");
  });

  it("neutralises ids that a spreadsheet would read as formulas", () => {
    const rows = allocatePool("1", '"=SUM(A1)",1\n@x,1\n+y,1\n-z,1', SOS_PLAN).result!.rows;
    // 100 cents / 4 = 25 each.
    expect(allocationCsv(rows)).toBe("id,deferrals,allocation\r\n'=SUM(A1),1.00,0.25\r\n'@x,1.00,0.25\r\n'+y,1.00,0.25\r\n'-z,1.00,0.25\r\n");
  });
});

describe("the 2002 figures of Note 1.G", () => {
  it("$127,800 allocated against $487,809 of contributions is about 26.2%; $43,700 remained", () => {
    // 127800 / 487809 = 0.261987... → 26.2% to one decimal.
    const context = forfeitureContext2002();
    expect(context.allocatedAsMatch.toFixed(0)).toBe("127800");
    expect(context.participantContributions.toFixed(0)).toBe("487809");
    expect(context.remainingAtYearEnd.toFixed(0)).toBe("43700");
    expect(context.matchRatePercent.toFixed(1)).toBe("26.2");
  });
});

describe("a pool with a comma in the wrong place", () => {
  it("is refused rather than read as 123", () => {
    expect(readPool("1,23", EN_WORDS).issue).toBe(
      "Forfeiture pool has a comma that does not separate thousands; write cents after a point (1.23) and group thousands by three (1,234.50).",
    );
    expect(readPool("$43,700.00", EN_WORDS).pool?.toFixed(2)).toBe("43700.00");
  });
});

describe("warnings that do not stop the allocation (plan-rules §3, §5)", () => {
  const warn = (pool: string, text: string, year = "2002") => {
    const result = allocatePool(pool, text, SOS_PLAN).result!;
    return { result, warnings: poolWarnings(result, readPlanYear(year, EN_WORDS).lookup) };
  };

  it("$43,700 over $6,228.50 of deferrals: a match of about 701.61%, and one share over the 2002 limit", () => {
    // 4,370,000 cents × 520,000 / 622,850 = 3,648,390 r288,500; × 102,850 / 622,850 = 721,609 r334,350.
    // One cent left goes to the larger remainder (B): A 36,483.90, B 7,216.10.
    // A: 5,200.00 + 36,483.90 = 41,683.90 > 40,000 (415(c), 2002) by 1,683.90. B: 1,028.50 + 7,216.10 = 8,244.60.
    // 43,700 × 100 / 6,228.50 = 701.6135… → 701.61%.
    const { result, warnings } = warn("43,700.00", "A-17,5200.00\nB-03,1028.50");
    expect(result.rows.map((row) => row.share.toFixed(2))).toEqual(["36483.90", "7216.10"]);
    expect(result.matchRatePercent.toFixed(2)).toBe("701.61");
    expect(warnings.matchAbove100).toBe(true);
    expect(warnings.overLimit.map((over) => [over.row.id, over.additions.toFixed(2), over.excess.toFixed(2)])).toEqual([["A-17", "41683.90", "1683.90"]]);
  });

  it.each([
    ["100.00", false, "a pool equal to the deferrals (60 + 40 = 100) is a match of exactly 100%: no warning"],
    ["100.01", true, "a cent more is above 100%"],
    ["99.99", false, "a cent less is below"],
  ])("pool %s over deferrals of 100.00 → warned %s (%s)", (pool, warned, _why) => {
    expect(warn(pool, "A,60\nB,40").warnings.matchAbove100).toBe(warned);
  });

  it.each([
    ["60000.00", "2002", [], "shares 30,000.00 each: 10,000 + 30,000 = 40,000.00, exactly the 2002 limit: no warning"],
    ["60000.02", "2002", [["A", "40000.01", "0.01"], ["B", "40000.01", "0.01"]], "6,000,002 cents ÷ 2 = 3,000,001 each: 40,000.01, a cent over"],
    ["60000.02", "2026", [], "the 2026 limit is 72,000: no warning"],
    ["124000.02", "2026", [["A", "72000.01", "0.01"], ["B", "72000.01", "0.01"]], "12,400,002 ÷ 2 = 6,200,001 cents: 10,000 + 62,000.01 = 72,000.01, a cent over 2026's 72,000"],
  ] as const)("pool %s in plan year %s → %j (%s)", (pool, year, over, _why) => {
    const { warnings } = warn(pool, "A,10000\nB,10000", year);
    expect(warnings.overLimit.map((o) => [o.row.id, o.additions.toFixed(2), o.excess.toFixed(2)])).toEqual(over);
  });

  it("a plan year after the table carries the last limits forward and says so", () => {
    const lookup = readPlanYear("2030", EN_WORDS).lookup!;
    expect(lookup.limits.annualAdditions.amount.toFixed(0)).toBe("72000");
    // 12,400,002 cents ÷ 2: 10,000 + 62,000.01 = 72,000.01, a cent over 2026's 72,000 carried to 2030.
    const { warnings } = warn("124000.02", "A,10000\nB,10000", "2030");
    expect(warnings.overLimit).toHaveLength(2);
    expect(overLimitClosing(warnings.annualAdditions!)).toMatch(/ IRS limits for 2030 are not yet in the table; the 2026 limits are carried forward\.$/);
  });

  it.each([
    ["", "Plan year is required to check the 415(c) limit: enter a year such as 2002."],
    ["2001", "Plan year must be at least 2002 (the IRS limits table starts in 2002)."],
    ["2002.5", "Plan year must be a whole number from 2002 to 2200, such as 2002 or 2026."],
    ["next", "Plan year must be a whole number from 2002 to 2200, such as 2002 or 2026."],
  ])("plan year %j → %s", (text, message) => {
    expect(readPlanYear(text, EN_WORDS)).toEqual({ lookup: null, issue: message });
  });

  it("without a plan year the 415(c) check is skipped, the match warning still given", () => {
    const result = allocatePool("200", "A,100", SOS_PLAN).result!;
    expect(poolWarnings(result, null)).toEqual({ matchAbove100: true, limits: null, annualAdditions: null, overLimit: [] });
  });
});
