/**
 * Annual additions against the IRC 415(c) dollar limit (lib/rules/annual-additions.ts; plan-rules
 * §3, §5, §7) and the forfeiture page's sentences about it (lib/words/en/annual-additions.ts).
 * The limits are the table's (plan-rules §7): 2002 $40,000, 2004 $41,000, 2026 $72,000; a year
 * after 2026 carries 2026's forward.
 */
import { describe, expect, it } from "vitest";
import { Dec } from "@/lib/money";
import { limitsFor } from "@/lib/plan/limits";
import { checkAnnualAdditions } from "@/lib/rules/annual-additions";
import { moreOverLimit, overLimitClosing, overLimitHeading, overLimitLine, planYearHint } from "@/lib/words/en/annual-additions";

const entry = (deferrals: string, share: string) => ({ deferrals: new Dec(deferrals), employerContribution: new Dec(share) });
const over = (planYear: number, deferrals: string, share: string) =>
  checkAnnualAdditions(planYear, [entry(deferrals, share)]).over.map((o) => [o.index, o.additions.toFixed(), o.excess.toFixed()]);

describe("more than the plan year's 415(c) dollar limit is over; exactly at it is not", () => {
  it.each([
    [2002, "10000.00", "30000.00", [], "10,000 + 30,000 = 40,000.00: exactly 2002's limit"],
    [2002, "10000.00", "30000.01", [[0, "40000.01", "0.01"]], "40,000.01: a cent over 2002's 40,000"],
    [2002, "10000.00", "29999.99", [], "39,999.99: a cent under"],
    [2004, "13000.00", "28000.00", [], "13,000 + 28,000 = 41,000.00: exactly 2004's limit"],
    [2004, "13000.00", "28000.01", [[0, "41000.01", "0.01"]], "41,000.01: a cent over 2004's 41,000"],
    [2026, "24500.00", "47500.00", [], "24,500 + 47,500 = 72,000.00: exactly 2026's limit"],
    [2026, "24500.00", "47500.01", [[0, "72000.01", "0.01"]], "72,000.01: a cent over 2026's 72,000"],
    [2030, "24500.00", "47500.01", [[0, "72000.01", "0.01"]], "2030 carries 2026's 72,000 forward"],
  ] as const)("%i: %s + %s → %j (%s)", (planYear, deferrals, share, expected, _why) => {
    expect(over(planYear, deferrals, share)).toEqual(expected);
  });

  it("adds and compares the amounts exactly, without rounding them to cents first", () => {
    // 20,000.004 + 20,000.001 = 40,000.005: over 2002's 40,000 by 0.005 (rounded to cents first, 20,000.00 + 20,000.00 would not be).
    expect(over(2002, "20000.004", "20000.001")).toEqual([[0, "40000.005", "0.005"]]);
  });

  it("lists those over in the order given, with the limit, its row, and the citation", () => {
    // 2002: 40,000 not over; 40,000.50 over by 0.50; 1,000 not; 45,000 over by 5,000.
    const check = checkAnnualAdditions(2002, [entry("10000", "30000"), entry("5000", "35000.50"), entry("1000", "0"), entry("0", "45000")]);
    expect(check.over.map((o) => [o.index, o.excess.toFixed(2)])).toEqual([
      [1, "0.50"],
      [3, "5000.00"],
    ]);
    expect(check.limit.toFixed(2)).toBe("40000.00");
    expect(check.limits).toBe(limitsFor(2002).limits);
    expect(check.limitsAssumed).toBe(false);
    expect(check.citation).toBe("IRC 415(c)");
    const late = checkAnnualAdditions(2030, []);
    expect([late.limitsAssumed, late.limits.year, late.limit.toFixed(0), late.over]).toEqual([true, 2026, "72000", []]);
  });
});

describe("the 415(c) warning in words", () => {
  it("one participant in 2002: the heading, the line and the closing", () => {
    // 5,200.00 + 36,483.90 = 41,683.90, 1,683.90 over 40,000.
    const check = checkAnnualAdditions(2002, [entry("5200.00", "36483.90")]);
    expect(overLimitHeading(check)).toBe(
      "For 1 participant, deferrals plus the share come to more than the 2002 limit on annual additions, $40,000.00 (IRC 415(c)):",
    );
    const [first] = check.over;
    expect(overLimitLine({ line: 2, id: "A-17", deferrals: new Dec("5200.00"), share: new Dec("36483.90"), additions: first!.additions, excess: first!.excess })).toBe(
      "line 2, A-17: $5,200.00 + $36,483.90 = $41,683.90, $1,683.90 over",
    );
    expect(overLimitClosing(check)).toBe(
      "What is over the limit cannot stay in those accounts. The limit is also at most 100% of each participant's pay, which this page does not ask for.",
    );
  });

  it("1,234 participants in 2030: the count grouped, and the 2026 limits said to be carried forward", () => {
    const check = checkAnnualAdditions(2030, Array.from({ length: 1234 }, () => entry("24500", "48000")));
    expect(overLimitHeading(check)).toBe(
      "For 1,234 participants, deferrals plus the share come to more than the 2030 limit on annual additions, $72,000.00 (IRC 415(c)):",
    );
    expect(overLimitClosing(check)).toBe(
      "What is over the limit cannot stay in those accounts. The limit is also at most 100% of each participant's pay, which this page does not ask for. IRS limits for 2030 are not yet in the table; the 2026 limits are carried forward.",
    );
    expect(moreOverLimit(1224)).toBe("…and 1,224 more.");
  });

  it("the plan year hint: without a year, the report's year by default, another year", () => {
    expect(planYearHint(null, false)).toBe("Each participant's deferrals plus share are checked against this plan year's IRC 415(c) limit.");
    expect(planYearHint(limitsFor(2002), true)).toBe(
      "Deferrals plus each share are checked against the IRC 415(c) limit for 2002, $40,000.00. 2002 is the year of the plan's report: change it to the year you are allocating for.",
    );
    expect(planYearHint(limitsFor(2026), false)).toBe("Deferrals plus each share are checked against the IRC 415(c) limit for 2026, $72,000.00.");
  });
});
