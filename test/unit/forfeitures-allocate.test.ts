import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { allocatePool, allocationCsv, readPool } from "@/lib/pages/hr-forfeitures/allocate-pool";
import { forfeitureContext2002 } from "@/lib/pages/hr-forfeitures/context-2002";
import { SOS_PLAN } from "@/lib/plan/sos-plan";

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
    ["1.234", "Forfeiture pool must have at most 2 decimals (whole cents)."],
  ])("pool %j → %s", (text, message) => {
    expect(readPool(text).issue).toBe(message);
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
    expect(readPool("1,23").issue).toBe(
      "Forfeiture pool has a comma that does not separate thousands; write cents after a point (1.23) and group thousands by three (1,234.50).",
    );
    expect(readPool("$43,700.00").pool?.toFixed(2)).toBe("43700.00");
  });
});
