/**
 * Who is a highly compensated employee (IRC 414(q); plan-rules §2.3): a 5% owner in Y or Y − 1,
 * or pay in Y − 1 above the look-back year's threshold; or stated.
 */
import { describe, expect, it } from "vitest";
import { RuleInputError } from "@/lib/errors";
import { Dec } from "@/lib/money";
import { explainHce, highlyCompensatedStatus } from "@/lib/rules/hce";

describe("HCE status for a plan year", () => {
  it.each([
    [2002, "85000.00", false, "85000", "2002 looks back to 2001's $85,000: $85,000.00 is not above"],
    [2002, "85000.01", true, "85000", "2002: $85,000.01 is above"],
    [2003, "90000.00", false, "90000", "2003 looks back to 2002's $90,000: not above"],
    [2003, "90000.01", true, "90000", "2003: one cent above"],
    [2006, "95000.01", true, "95000", "2006 looks back to 2005's $95,000"],
    [2027, "160000.00", false, "160000", "2027 looks back to 2026's $160,000"],
  ])("plan year %i, prior-year pay %s: HCE %s against %s (%s)", (year, pay, hce, threshold) => {
    const result = highlyCompensatedStatus({ priorYearCompensation: new Dec(pay) }, year);
    expect(result.highlyCompensated).toBe(hce);
    expect(result.basis).toBe("compensation");
    expect(result.lookBackYear).toBe(year - 1);
    expect(result.threshold?.toString()).toBe(threshold);
    expect(result.citation).toBe("IRC 414(q)");
    expect(explainHce(result)).toContain(hce ? "above the" : "not above the");
  });

  it("no pay stated counts as no pay: not an HCE", () => {
    const result = highlyCompensatedStatus({}, 2002);
    expect(result.highlyCompensated).toBe(false);
    expect(explainHce(result)).toContain("no pay stated");
  });

  it("a 5% owner is an HCE whatever the pay", () => {
    const result = highlyCompensatedStatus({ fivePercentOwner: true, priorYearCompensation: new Dec("1000") }, 2002);
    expect(result).toMatchObject({ highlyCompensated: true, basis: "fivePercentOwner", threshold: null });
    expect(explainHce(result)).toContain("5% owner");
  });

  it.each([
    [true, "Stated as a highly"],
    [false, "Stated as not a highly"],
  ])("a stated status (%s) decides over pay and ownership", (stated, words) => {
    const result = highlyCompensatedStatus({ highlyCompensated: stated, fivePercentOwner: !stated, priorYearCompensation: new Dec(stated ? "0" : "999999") }, 2002);
    expect(result.highlyCompensated).toBe(stated);
    expect(result.basis).toBe("stated");
    expect(explainHce(result)).toContain(words);
  });

  it("a plan year looking back before 2001 needs a stated status, and the error names the field", () => {
    expect(() => highlyCompensatedStatus({}, 2001, "planYear")).toThrow(RuleInputError);
    expect(() => highlyCompensatedStatus({}, 2001, "planYear")).toThrow(expect.objectContaining({ path: "planYear" }));
    expect(highlyCompensatedStatus({ fivePercentOwner: true }, 2001).highlyCompensated).toBe(true);
  });
});
