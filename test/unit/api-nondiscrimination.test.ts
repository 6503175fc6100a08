/**
 * POST /api/v1/nondiscrimination in process (api-v1; plan-rules §9): the contract's answer to the
 * worked example, field for field, and a 400 naming each bad field.
 */
import { describe, expect, it } from "vitest";
import { nondiscriminationAnswer } from "@/lib/api/answers";
import { nondiscriminationEndpoint } from "@/lib/api/nondiscrimination";
import { batchEndpoint } from "@/lib/api/batch";

/** The worked example of plan-rules §9 with its H2 as I-101, and an excluded SOS HCE. */
const WORKED = {
  planYear: 2002,
  method: "current-year",
  employees: [
    { id: "I-101", employer: "Inteliant", highlyCompensated: true, compensation: "300000", deferrals: "11000", match: "2882" },
    { id: "I-102", employer: "Inteliant", priorYearCompensation: "40000", compensation: "30000", deferrals: "900", match: "235.80" },
    { id: "I-103", employer: "Inteliant", highlyCompensated: true, compensation: "80000", deferrals: "8000", match: "2096" },
    { id: "I-104", employer: "Inteliant", highlyCompensated: true, compensation: 150000, deferrals: 3000, match: 786 },
    { id: "I-105", employer: "Inteliant", compensation: "40000", deferrals: "1600", match: "419.20" },
    { id: "I-106", employer: "Inteliant", compensation: "25000", deferrals: "0" },
    { id: "I-107", employer: "Inteliant", compensation: "50000", deferrals: "2500", match: "655" },
    { id: "S-9", employer: "SOS", highlyCompensated: true, compensation: "120000", deferrals: "5000" },
  ],
};

const issues = (body: unknown) => (nondiscriminationEndpoint(body).body as { issues: { path: string; message: string }[] }).issues;

describe("POST /api/v1/nondiscrimination", () => {
  it("answers the worked example as the contract writes it", () => {
    const answer = nondiscriminationEndpoint(WORKED);
    expect(answer.status).toBe(200);
    const body = answer.body as any;
    expect({ ...body, lines: body.lines.map(({ explanation: _e, ...line }: any) => line) }).toEqual({
      planYear: 2002,
      method: "current-year",
      lines: [
        {
          line: "Inteliant",
          counted: { hce: 3, nhce: 4 },
          // ADP 17.50 ÷ 3 = 5.83 > 3.00 + 2 = 5.00; L = 7.50; 2.50% × 80,000 = 2,000 refunded from I-101's 11,000; 2,882 × 2,000 ÷ 11,000 = 524.
          adp: { hce: "5.83", nhce: "3.00", limit: "5.00", passed: false, excess: "2000.00", refunds: [{ id: "I-101", amount: "2000.00", forfeitedMatch: "524.00" }] },
          // ACP 2.62 + 1.18 + 0.52 = 4.32 ÷ 3 = 1.44 ≤ 2 × 0.79 = 1.58.
          acp: { hce: "1.44", nhce: "0.79", limit: "1.58", passed: true, excess: "0.00", refunds: [] },
        },
      ],
      notCounted: [{ id: "S-9", reason: "excluded-hce" }],
      deadlines: { withoutExciseTax: "2003-03-15", final: "2003-12-31" },
      citation: "IRC 401(k)(3), 401(m)(2); Treas. Reg. 1.401(k)-2, 1.401(m)-2; 11-K Note 1.A",
    });
    expect(body.lines[0].explanation[0]).toBe("Inteliant fails the ADP test: highly paid employees deferred 5.83% on average; the limit is 5.00%.");
    expect(body.lines[0].explanation).toContain("By March 15, 2003: refunds paid by then spare the employer an excise tax on the excess (IRC 4979(f)).");
    expect(() => nondiscriminationAnswer.parse(body)).not.toThrow();
  });

  it("the SOS line with no HCE counted: hce null, passes, and says why", () => {
    const body = nondiscriminationEndpoint({ planYear: 2002, employees: [{ id: "S-1", employer: "SOS", compensation: "40000", deferrals: "800" }, WORKED.employees[7]] }).body as any;
    expect(body.lines).toHaveLength(1);
    expect(body.lines[0]).toMatchObject({ line: "SOS", counted: { hce: 0, nhce: 1 }, adp: { hce: null, nhce: "2.00", limit: "4.00", passed: true } });
    expect(body.lines[0].explanation[0]).toMatch(/^SOS passes the ADP test: it counts no highly paid employee/);
  });

  it("the exact limit 10.4125 is written with all its decimals", () => {
    const body = nondiscriminationEndpoint({ planYear: 2010, employees: [{ id: "N", employer: "Inteliant", compensation: "100000", deferrals: "8330" }] }).body as any;
    expect(body.lines[0].adp.limit).toBe("10.4125"); // 1.25 × 8.33
  });

  it("is the same as a batch item", () => {
    const batch = batchEndpoint({ requests: [{ id: "t", endpoint: "nondiscrimination", body: WORKED }] }).body as any;
    expect(batch.responses[0]).toEqual({ id: "t", ...nondiscriminationEndpoint(WORKED) });
  });

  it.each([
    [{ ...WORKED, employees: WORKED.employees.map((e, i) => (i === 5 ? { ...e, deferrals: "12.345" } : e)) }, "employees.5.deferrals", "three decimals of money"],
    [{ ...WORKED, employees: [...WORKED.employees, { ...WORKED.employees[0] }] }, "employees.8.id", "a repeated id names the repeat"],
    [{ ...WORKED, employees: WORKED.employees.map((e, i) => (i === 2 ? { ...e, employer: "Acme" } : e)) }, "employees.2.employer", "an unknown employer"],
    [{ ...WORKED, employees: WORKED.employees.map((e, i) => (i === 1 ? { ...e, compensation: "0" } : e)) }, "employees.1.compensation", "deferrals with compensation 0"],
    [{ ...WORKED, planYear: 2001 }, "planYear", "a plan year before the table"],
    [{ ...WORKED, planYear: 2027 }, "planYear", "a plan year after the table"],
    [{ ...WORKED, method: "prior-year" }, "priorYear", "prior-year without figures"],
    [{ ...WORKED, method: "prior-year", priorYear: { SOS: { nhceAdp: 3, nhceAcp: 1 } } }, "priorYear.Inteliant", "prior-year without a tested line's figures"],
    [{ ...WORKED, method: "prior-year", priorYear: { Inteliant: { nhceAdp: 3.123, nhceAcp: 1 } } }, "priorYear.Inteliant.nhceAdp", "three decimals of a prior-year figure"],
    [{ ...WORKED, employees: [{ ...WORKED.employees[0], longTermPartTime: true }] }, "employees.0.longTermPartTime", "a part-timer in 2002"],
    [{ ...WORKED, employees: [] }, "employees", "no employees"],
  ])("%#: a 400 naming %s (%s)", (body, path, _why) => {
    const answer = nondiscriminationEndpoint(body);
    expect(answer.status).toBe(400);
    expect(issues(body).map((issue) => issue.path)).toContain(path);
  });

  describe("a prior-year figure with three decimals", () => {
    const body = { ...WORKED, method: "prior-year", priorYear: { Inteliant: { nhceAdp: 3.125, nhceAcp: 1 } } };

    it("is the one issue: priorYear is there, so it is not also 'required'", () => {
      // 3.125 has 3 decimals; the figures allow at most 2 (plan-rules §9.3).
      expect(issues(body).map((issue) => issue.path)).toEqual(["priorYear.Inteliant.nhceAdp"]);
    });

    it("names the field as a person would: the line as written, NHCE ADP in capitals", () => {
      expect(issues(body)[0]!.message).toBe("Prior year, Inteliant: NHCE ADP must have at most 2 decimals (hundredths of a percentage point).");
    });

    it("a missing line is named the same way", () => {
      const missing = { ...WORKED, method: "prior-year", priorYear: { SOS: { nhceAdp: 3, nhceAcp: 1 } } };
      expect(issues(missing)).toEqual([
        { path: "priorYear.Inteliant", message: "Prior year, Inteliant is required under the prior-year method: the Inteliant line's prior-year NHCE ADP and ACP." },
      ]);
    });

    it("priorYear truly absent is still 'required'", () => {
      expect(issues({ ...WORKED, method: "prior-year" }).map((issue) => issue.message)).toEqual([
        "Prior year is required with the prior-year method: each tested line's prior-year NHCE ADP and ACP.",
      ]);
    });
  });

  it("names every bad field at once", () => {
    const body = { ...WORKED, employees: WORKED.employees.map((e, i) => (i === 12 % 8 ? { ...e, deferrals: -1 } : i === 6 ? { ...e, match: "x" } : e)) };
    expect(issues(body).map((issue) => issue.path).sort()).toEqual(["employees.4.deferrals", "employees.6.match"]);
    expect(issues(body)[0]!.message).toBe("Employee 5: deferrals must not be negative.");
  });
});
