/**
 * Who is a highly compensated employee (IRC 414(q); plan-rules §2.3): a 5% owner in Y or Y − 1,
 * or pay in Y − 1 above the look-back year's threshold; or stated.
 */
import { describe, expect, it } from "vitest";
import { RuleInputError } from "@/lib/errors";
import { Dec } from "@/lib/money";
import { highlyCompensatedStatus, undecidablePay } from "@/lib/rules/hce";
import { eligibilityRequestSchema } from "@/lib/api/schemas";
import { hceSentence } from "@/lib/words/en/hce";

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
    expect(hceSentence(result)).toContain(hce ? "above the" : "not above the");
  });

  it("no pay stated counts as no pay: not an HCE", () => {
    const result = highlyCompensatedStatus({}, 2002);
    expect(result.highlyCompensated).toBe(false);
    expect(hceSentence(result)).toContain("no pay stated");
  });

  it("a 5% owner is an HCE whatever the pay", () => {
    const result = highlyCompensatedStatus({ fivePercentOwner: true, priorYearCompensation: new Dec("1000") }, 2002);
    expect(result).toMatchObject({ highlyCompensated: true, basis: "fivePercentOwner", threshold: null });
    expect(hceSentence(result)).toContain("5% owner");
  });

  it.each([
    [true, "Stated as a highly"],
    [false, "Stated as not a highly"],
  ])("a stated status (%s) decides over pay and ownership", (stated, words) => {
    const result = highlyCompensatedStatus({ highlyCompensated: stated, fivePercentOwner: !stated, priorYearCompensation: new Dec(stated ? "0" : "999999") }, 2002);
    expect(result.highlyCompensated).toBe(stated);
    expect(result.basis).toBe("stated");
    expect(hceSentence(result)).toContain(words);
  });

});

describe("plan years 1998 to 2002 look back to the thresholds before the table (plan-rules §2.3)", () => {
  it.each([
    [1998, 1997, "80000.00", false, "plan year 1998 looks back to 1997's $80,000: exactly $80,000.00 is not above"],
    [1998, 1997, "80000.01", true, "plan year 1998: a cent above 1997's $80,000"],
    [1999, 1998, "80000.00", false, "plan year 1999 looks back to 1998's $80,000: exactly at it"],
    [1999, 1998, "80000.01", true, "plan year 1999: a cent above"],
    [2000, 1999, "80000.00", false, "plan year 2000 looks back to 1999's $80,000: exactly at it"],
    [2000, 1999, "80000.01", true, "plan year 2000: a cent above"],
    [2001, 2000, "85000.00", false, "plan year 2001 looks back to 2000's $85,000: exactly at it"],
    [2001, 2000, "85000.01", true, "plan year 2001: a cent above"],
    [2002, 2001, "85000.00", false, "plan year 2002 looks back to 2001's $85,000: exactly at it"],
    [2002, 2001, "85000.01", true, "plan year 2002: a cent above"],
  ])("plan year %i (look-back %i), pay %s: HCE %s (%s)", (planYear, lookBackYear, pay, hce) => {
    const result = highlyCompensatedStatus({ priorYearCompensation: new Dec(pay) }, planYear);
    expect(result).toMatchObject({ highlyCompensated: hce, basis: "compensation", lookBackYear });
    expect(result.threshold!.toFixed(2)).toBe(lookBackYear >= 2000 ? "85000.00" : "80000.00");
    expect(hceSentence(result)).toContain(`the ${lookBackYear} threshold of $${lookBackYear >= 2000 ? "85" : "80"},000.00`);
  });

  it("plan year 1998 with no pay stated: not an HCE by pay against 1997's $80,000", () => {
    const result = highlyCompensatedStatus({}, 1998);
    expect(result).toMatchObject({ highlyCompensated: false, basis: "compensation", lookBackYear: 1997 });
    expect(result.threshold!.toFixed(2)).toBe("80000.00");
  });
});

describe("plan years before 1998: the look-back year has no threshold (plan-rules §2.3)", () => {
  it("plan year 1997 (look-back 1996) with no pay stated: pay decides nothing, so not an HCE", () => {
    const result = highlyCompensatedStatus({}, 1997);
    expect(result).toMatchObject({ highlyCompensated: false, basis: "compensation", lookBackYear: 1996, threshold: null, priorYearCompensation: null });
    expect(hceSentence(result)).toBe(
      "No 1996 pay stated, and no threshold for 1996: pay does not make an employee highly compensated for plan year 1997 (IRC 414(q)(1)(B)).",
    );
  });

  it.each([["0.00"], ["80000.00"], ["500000.00"]])("plan year 1997 with pay %s stated: an error naming priorYearCompensation", (pay) => {
    const call = () => highlyCompensatedStatus({ priorYearCompensation: new Dec(pay) }, 1997);
    expect(call).toThrow(RuleInputError);
    expect(call).toThrow(expect.objectContaining({ path: "priorYearCompensation", issue: expect.objectContaining({ code: "noHceThreshold", planYear: 1997, lookBackYear: 1996 }) }));
  });

  it("the caller may name its own field for the pay", () => {
    expect(() => highlyCompensatedStatus({ priorYearCompensation: new Dec("1") }, 1990, "pay")).toThrow(expect.objectContaining({ path: "pay" }));
  });

  it("a 5% owner is still an HCE, and a stated status still decides, pay or no pay", () => {
    expect(highlyCompensatedStatus({ fivePercentOwner: true }, 1997)).toMatchObject({ highlyCompensated: true, basis: "fivePercentOwner" });
    expect(highlyCompensatedStatus({ fivePercentOwner: true, priorYearCompensation: new Dec("90000") }, 1997).highlyCompensated).toBe(true);
    expect(highlyCompensatedStatus({ highlyCompensated: false, priorYearCompensation: new Dec("90000") }, 1996)).toMatchObject({ highlyCompensated: false, basis: "stated" });
    expect(highlyCompensatedStatus({ highlyCompensated: true }, 1850).highlyCompensated).toBe(true);
  });
});

describe("the HCE finding in words (lib/words/en/hce), as the rule's sentence read", () => {
  it("pay above the look-back year's threshold", () => {
    const result = highlyCompensatedStatus({ priorYearCompensation: new Dec("90000.01") }, 2003);
    expect(hceSentence(result)).toBe("2002 pay of $90,000.01 is above the 2002 threshold of $90,000.00, so a highly compensated employee for plan year 2003 (IRC 414(q)(1)(B)).");
  });

  it("no pay stated, with a threshold", () => {
    expect(hceSentence(highlyCompensatedStatus({}, 2002))).toBe(
      "2001 no pay stated is not above the 2001 threshold of $85,000.00, so not a highly compensated employee for plan year 2002 (IRC 414(q)(1)(B)).",
    );
  });

  it("a 5% owner, and a stated status", () => {
    expect(hceSentence(highlyCompensatedStatus({ fivePercentOwner: true }, 2002))).toBe(
      "A 5% owner in 2002 or 2001 is a highly compensated employee for plan year 2002 (IRC 414(q)(1)(A)).",
    );
    expect(hceSentence(highlyCompensatedStatus({ highlyCompensated: true }, 2002))).toBe("Stated as a highly compensated employee for plan year 2002.");
    expect(hceSentence(highlyCompensatedStatus({ highlyCompensated: false }, 2002))).toBe("Stated as not a highly compensated employee for plan year 2002.");
  });
});

describe("one place decides that pay cannot decide (lib/rules/hce undecidablePay): the schema and the rule agree", () => {
  const body = (year: number, extra: Record<string, unknown>) => ({ asOf: `${year}-06-30`, employer: "SOS", birthDate: `${year - 40}-01-01`, employmentStartDate: `${year}-01-15`, ...extra });
  const schemaRefuses = (year: number, extra: Record<string, unknown>) => {
    const parsed = eligibilityRequestSchema.safeParse(body(year, extra));
    return !parsed.success && parsed.error.issues.some((issue) => issue.path.join(".") === "priorYearCompensation");
  };
  const ruleRefuses = (year: number, input: Parameters<typeof highlyCompensatedStatus>[0]) => {
    try {
      highlyCompensatedStatus(input, year);
      return false;
    } catch (error) {
      if (error instanceof RuleInputError && error.path === "priorYearCompensation") return true;
      throw error;
    }
  };
  const cases: [string, Record<string, unknown>, Parameters<typeof highlyCompensatedStatus>[0]][] = [
    ["pay stated", { priorYearCompensation: "90000" }, { priorYearCompensation: new Dec("90000") }],
    ["no pay", {}, {}],
    ["pay and a 5% owner", { priorYearCompensation: "90000", fivePercentOwner: true }, { priorYearCompensation: new Dec("90000"), fivePercentOwner: true }],
    ["pay and not a 5% owner", { priorYearCompensation: "90000", fivePercentOwner: false }, { priorYearCompensation: new Dec("90000"), fivePercentOwner: false }],
    ["pay and a stated status", { priorYearCompensation: "90000", highlyCompensated: false }, { priorYearCompensation: new Dec("90000"), highlyCompensated: false }],
  ];
  // Plan years 1996 to 1999 cross the limits table's first look-back year (1997, plan year 1998).
  for (const year of [1850, 1996, 1997, 1998, 1999, 2003]) {
    it.each(cases)(`plan year ${year}, %s`, (what, json, input) => {
      const refused = ruleRefuses(year, input);
      expect(schemaRefuses(year, json)).toBe(refused);
      expect(undecidablePay(input, year) !== null).toBe(refused);
      // Worked out by hand: only pay alone is refused, and only before plan year 1998.
      expect(refused).toBe(year < 1998 && (what === "pay stated" || what === "pay and not a 5% owner"));
    });
  }

  it("the schema's message for plan year 1997 is the API's, word for word", () => {
    const parsed = eligibilityRequestSchema.safeParse(body(1997, { priorYearCompensation: "90000" }));
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.find((issue) => issue.path.join(".") === "priorYearCompensation")!.message).toBe(
      "is 1996 pay, but this calculator has highly compensated thresholds only from 1997 (plan year 1998) on; state highlyCompensated instead",
    );
    expect(undecidablePay({ priorYearCompensation: new Dec("1") }, 1997)).toEqual({ planYear: 1997, lookBackYear: 1996, firstLookBackYear: 1997, firstPlanYear: 1998 });
  });
});
