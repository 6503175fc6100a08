/**
 * The nondiscrimination explanation in words (lib/words/en/nondiscrimination.ts), through
 * POST /api/v1/nondiscrimination: how the limit came from n (plan-rules §9.4). Each census is
 * one NHCE, so n is that NHCE's rate; every figure is worked by hand beside it.
 */
import { describe, expect, it } from "vitest";
import { nondiscriminationEndpoint } from "@/lib/api/nondiscrimination";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { limitFor } from "@/lib/rules/nondiscrimination-core";

/** One Inteliant NHCE paid $100,000 who deferred `deferrals`: n = deferrals ÷ 1,000 percent. */
const explanationAt = (deferrals: string) => {
  const body = { planYear: 2002, employees: [{ id: "N", employer: "Inteliant", compensation: "100000", deferrals }] };
  const answer = nondiscriminationEndpoint(body) as { status: number; body: { lines: { explanation: string[] }[] } };
  expect(answer.status).toBe(200);
  return answer.body.lines[0]!.explanation;
};
const adpLimit = (deferrals: string) => explanationAt(deferrals)[1];

describe("the limit's two alternative ways: equal, or one less than the other", () => {
  it("n = 2.00: 2 × 2.00 = 4.00 and 2.00 + 2 = 4.00 are equal, so the sentence says so", () => {
    // 2,000 ÷ 100,000 = 2.00%. 1.25 × 2.00 = 2.50 < 4.00, so the limit is 4.00.
    expect(adpLimit("2000")).toBe(
      "The other employees deferred 2.00% of pay on average, so the limit is 4.00%: 2 times 2.00%, which is equal to 2.00% plus 2 points, whichever of the two ways allows more (IRC 401(k)(3); Treas. Reg. 1.401(k)-2).",
    );
  });

  it("n = 1.99: 2 × 1.99 = 3.98 is less than 1.99 + 2 = 3.99", () => {
    // 1,990 ÷ 100,000 = 1.99%. 1.25 × 1.99 = 2.4875 < 3.98, so the limit is 3.98.
    expect(adpLimit("1990")).toBe(
      "The other employees deferred 1.99% of pay on average, so the limit is 3.98%: 2 times 1.99%, which is less than 1.99% plus 2 points, whichever of the two ways allows more (IRC 401(k)(3); Treas. Reg. 1.401(k)-2).",
    );
  });

  it("n = 2.01: 2.01 + 2 = 4.01 is less than 2 × 2.01 = 4.02", () => {
    // 2,010 ÷ 100,000 = 2.01%. 1.25 × 2.01 = 2.5125 < 4.01, so the limit is 4.01.
    expect(adpLimit("2010")).toBe(
      "The other employees deferred 2.01% of pay on average, so the limit is 4.01%: 2.01% plus 2 points, which is less than 2 times 2.01%, whichever of the two ways allows more (IRC 401(k)(3); Treas. Reg. 1.401(k)-2).",
    );
  });
});

describe("the limit says whether the two alternative ways are equal", () => {
  it.each([
    [200, true, "n = 2.00: 2 × 2.00 = 4.00 = 2.00 + 2"],
    [199, false, "n = 1.99: 3.98 < 3.99"],
    [201, false, "n = 2.01: 4.02 > 4.01"],
    [1000, false, "n = 10.00: 20.00 > 12.00 (the basic way wins, 12.50)"],
  ] as const)("n = %i → %s (%s)", (n, equal, _why) => {
    expect(limitFor(n, SOS_PLAN.nondiscrimination.limit, 2).alternativesEqual).toBe(equal);
  });
});

describe("a failed ACP test: its correction cites the ACP rule and says what happens to the excess", () => {
  // One NHCE and one HCE, each paid $100,000 and deferring $3,000 (3.00%): the ADP test passes
  // (HCE 3.00 ≤ the limit 3.00 + 2 = 5.00). Match: NHCE $1,000 (1.00%), HCE $4,000 (4.00%).
  // ACP: n = 1.00, limit the greater of 1.25 × 1.00 = 1.25 and the lesser of 2.00 and 3.00, so 2.00;
  // 4.00 > 2.00 fails. Step 1: L = 2.00, excess (4.00 − 2.00)% × 100,000 = $2,000.00.
  // Step 2: one HCE, D = 4,000 − 2,000 = 2,000, so the HCE's excess is $2,000.00.
  const body = {
    planYear: 2002,
    employees: [
      { id: "N", employer: "Inteliant", compensation: "100000", deferrals: "3000", match: "1000" },
      { id: "H", employer: "Inteliant", highlyCompensated: true, compensation: "100000", deferrals: "3000", match: "4000" },
    ],
  };
  const answer = nondiscriminationEndpoint(body) as { status: number; body: { lines: { acp: { passed: boolean; excess: string }; explanation: string[] }[] } };
  const line = answer.body.lines[0]!;

  it("fails the ACP test with $2,000.00 of excess", () => {
    expect(answer.status).toBe(200);
    expect(line.acp).toMatchObject({ passed: false, excess: "2000.00" });
  });

  it("cites Treas. Reg. 1.401(m)-2(b)(2), not the ADP's 1.401(k)-2(b)(2)", () => {
    expect(line.explanation).toContain("To correct it, the highest rates are brought down to 2.00% until the average meets the limit: $2,000.00 of excess matching contributions in all (Treas. Reg. 1.401(m)-2(b)(2)).");
  });

  it("says the excess match is distributed, or forfeited where not vested, not refunded", () => {
    expect(line.explanation).toContain(
      "That amount is taken from the largest matching contributions first, not the highest rates: 1 highly paid employee has excess matching contributions, which are distributed, or forfeited where not vested (Treas. Reg. 1.401(m)-2(b)(2)).",
    );
    expect(line.explanation).toContain("This calculator works out each one's excess, not how much of it is vested: that split is the plan administrator's.");
    const acp = line.explanation.slice(line.explanation.findIndex((sentence) => sentence.includes("ACP test")));
    expect(acp.join(" ")).not.toMatch(/refunded|1\.401\(k\)-2\(b\)\(2\)/);
  });
});
