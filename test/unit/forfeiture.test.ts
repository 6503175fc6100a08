/**
 * Allocating a forfeiture pool as match (11-K Note 1.G; plan-rules §5): pro rata to deferrals,
 * each share floored to the cent, leftover cents to the largest remainders (ties: input order).
 */
import { describe, expect, it } from "vitest";
import { RuleInputError } from "@/lib/errors";
import { Dec } from "@/lib/money";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { allocateForfeitures } from "@/lib/rules/forfeiture";
import { allocationExplanation } from "@/lib/words/en/forfeiture";

function allocate(pool: string, deferrals: string[]) {
  return allocateForfeitures(
    new Dec(pool),
    deferrals.map((amount, index) => ({ id: `P${index + 1}`, deferrals: new Dec(amount) })),
    SOS_PLAN,
  );
}

describe("shares of the pool (plan-rules §5)", () => {
  it.each([
    // 100.00 / 3 = 33.333…: floors 33.33 × 3 = 99.99; 1 cent left, equal remainders, so the first gets it.
    ["100.00", ["1000", "1000", "1000"], ["33.34", "33.33", "33.33"], 1, "100.00 over three equal deferrals: the leftover cent goes to the first"],
    // 0.02 / 3 = 0.00666…: all floor to 0; 2 cents left, equal remainders, input order.
    ["0.02", ["5", "5", "5"], ["0.01", "0.01", "0.00"], 2, "two cents over three equal deferrals: the first two in input order"],
    // 10.00 × 1/7, 2/7, 4/7 = 1.428571…, 2.857142…, 5.714285…: floors 1.42 + 2.85 + 5.71 = 9.98;
    // remainders in cents .857, .714, .428: the 2 cents go to the first and second.
    ["10.00", ["1", "2", "4"], ["1.43", "2.86", "5.71"], 2, "10.00 over 1:2:4 goes to the largest remainders"],
    // Reversed order: the same shares follow their deferrals.
    ["10.00", ["4", "2", "1"], ["5.71", "2.86", "1.43"], 2, "the order of input does not change a share that is not tied"],
    // 50.00 over 0, 100, 300: 0, 12.50, 37.50 exactly.
    ["50.00", ["0", "100", "300"], ["0.00", "12.50", "37.50"], 0, "a participant with no deferrals gets nothing"],
    ["127800.00", ["487809.00"], ["127800.00"], 0, "one participant takes the whole 2002 pool"],
    ["0", ["100", "200"], ["0.00", "0.00"], 0, "an empty pool gives nothing"],
    ["0", ["0", "0"], ["0.00", "0.00"], 0, "an empty pool over no deferrals gives nothing, without error"],
    // 0.01 over 1 and 1,000,000: exact shares 0.00000099…, 0.0099999…: both floor to 0; the larger remainder is the second's.
    ["0.01", ["1", "1000000"], ["0.00", "0.01"], 1, "a single cent goes to the largest remainder, not the first"],
  ])("pool %s over deferrals %j: %j (%s)", (pool, deferrals, expected, byRemainder) => {
    const result = allocate(pool, deferrals);
    expect(result.allocations.map((a) => a.amount.toFixed(2))).toEqual(expected);
    expect(result.allocations.map((a) => a.id)).toEqual(deferrals.map((_, i) => `P${i + 1}`));
    expect(result.total.toFixed(2)).toBe(new Dec(pool).toFixed(2));
    expect(result.centsByRemainder).toBe(byRemainder);
    expect(result.citation).toBe("11-K Note 1.G");
  });

  const explain = (pool: string, deferrals: string[]) => allocationExplanation(allocate(pool, deferrals), SOS_PLAN);

  it("the explanation says how the leftover cents were handed out", () => {
    expect(explain("100.00", ["1", "1", "1"]).join(" ")).toContain("1 cent left after flooring");
    expect(explain("10.00", ["1", "2", "4"]).join(" ")).toContain("2 cents left after flooring");
    expect(explain("50.00", ["0", "100", "300"]).join(" ")).toContain("already sum to the pool");
    expect(allocate("50.00", ["0", "100", "300"]).totalDeferrals.toFixed(2)).toBe("400.00");
  });

  it("the words module says what the rule's explanation said, sentence for sentence", () => {
    // The rule's old template, filled by hand: pool $10.00, deferrals 1 + 2 + 4 = $7.00, 2 cents by remainder.
    expect(explain("10.00", ["1", "2", "4"])).toEqual([
      "Forfeitures reduce future employer contributions; here the pool of $10.00 is allocated as matching contributions. (11-K Note 1.G)",
      "Each participant's share is the pool × their deferrals ÷ all deferrals ($7.00), floored to the cent.",
      "2 cents left after flooring went one at a time to the largest remainders (ties in input order), so the shares sum to the pool exactly.",
    ]);
    // $127,800.00 over one participant's $487,809.00: nothing left after flooring.
    expect(explain("127800.00", ["487809.00"])).toEqual([
      "Forfeitures reduce future employer contributions; here the pool of $127,800.00 is allocated as matching contributions. (11-K Note 1.G)",
      "Each participant's share is the pool × their deferrals ÷ all deferrals ($487,809.00), floored to the cent.",
      "The floored shares already sum to the pool.",
    ]);
  });

  it("a pool with no deferrals to share it against is an error naming the participants", () => {
    expect(() => allocate("100.00", ["0", "0"])).toThrow(RuleInputError);
    expect(() => allocate("100.00", ["0"])).toThrow(expect.objectContaining({ path: "participants" }));
  });
});
