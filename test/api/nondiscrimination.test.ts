/**
 * POST /api/v1/nondiscrimination over HTTP against the production build (api-v1; plan-rules §9).
 * Every answer is checked against the served OpenAPI document's schema by `post`.
 */
import { describe, expect, it } from "vitest";
import { issueAt, post } from "./client";

const WORKED = {
  planYear: 2002,
  employees: [
    { id: "I-101", employer: "Inteliant", highlyCompensated: true, compensation: "300000", deferrals: "11000", match: "2882" },
    { id: "I-102", employer: "Inteliant", priorYearCompensation: "40000", compensation: "30000", deferrals: "900", match: "235.80" },
    { id: "I-103", employer: "Inteliant", highlyCompensated: true, compensation: "80000", deferrals: "8000", match: "2096" },
    { id: "I-104", employer: "Inteliant", highlyCompensated: true, compensation: "150000", deferrals: "3000", match: "786" },
    { id: "I-105", employer: "Inteliant", compensation: "40000", deferrals: "1600", match: "419.20" },
    { id: "I-106", employer: "Inteliant", compensation: "25000", deferrals: "0" },
    { id: "I-107", employer: "Inteliant", compensation: "50000", deferrals: "2500", match: "655" },
    { id: "S-9", employer: "SOS", highlyCompensated: true, compensation: "120000", deferrals: "5000" },
  ],
};

describe("POST /api/v1/nondiscrimination", () => {
  it("the worked example: I-101 refunded 2,000.00 and forfeits 524.00; ACP 1.44 against 1.58 passes", async () => {
    // ADP 5.83 > 5.00; L = 7.50; 2.50% × 80,000 = 2,000 from the largest deferrals (11,000); 2,882 × 2,000 ÷ 11,000 = 524.
    const { status, json } = await post("nondiscrimination", WORKED);
    expect(status).toBe(200);
    expect(json.lines[0]).toMatchObject({
      line: "Inteliant",
      adp: { hce: "5.83", nhce: "3.00", limit: "5.00", passed: false, excess: "2000.00", refunds: [{ id: "I-101", amount: "2000.00", forfeitedMatch: "524.00" }] },
      acp: { hce: "1.44", nhce: "0.79", limit: "1.58", passed: true, excess: "0.00", refunds: [] },
    });
    expect(json.notCounted).toEqual([{ id: "S-9", reason: "excluded-hce" }]);
    expect(json.deadlines).toEqual({ withoutExciseTax: "2003-03-15", final: "2003-12-31" });
  });

  it("a bad field is a 400 naming it, and a repeated id names the repeat", async () => {
    const employees = Array.from({ length: 14 }, (_, i) => ({ id: `E-${i}`, employer: "Inteliant", compensation: "50000", deferrals: "1000" }));
    employees[12] = { ...employees[12]!, deferrals: "10.001" };
    employees[13] = { ...employees[13]!, id: "E-3" };
    const { status, json } = await post("nondiscrimination", { planYear: 2002, employees });
    expect(status).toBe(400);
    expect(issueAt(json, "employees.12.deferrals")?.message).toBe("Employee 13: deferrals must have at most 2 decimals (whole cents); if you mean 10,001 dollars, write 10001 or 10,001.");
    expect(issueAt(json, "employees.13.id")?.message).toMatch(/repeats the id "E-3" of employees\.3/);
  });

  it("100,000 employees in one call", async () => {
    const employees = Array.from({ length: 100_000 }, (_, i) => ({
      id: `E-${i}`, employer: i % 3 === 0 ? "SOS" : "Inteliant", highlyCompensated: i % 10 === 0, compensation: "60000", deferrals: i % 10 === 0 ? "6000" : "1800",
    }));
    // Inteliant NHCEs 1,800/60,000 = 3.00 → limit 5.00; its HCEs (i % 10 = 0, i % 3 ≠ 0) 10.00 → fail, excess 5.00% × 60,000 = 3,000 each.
    const { status, json } = await post("nondiscrimination", { planYear: 2002, employees });
    expect(status).toBe(200);
    const inteliant = json.lines.find((line: any) => line.line === "Inteliant");
    expect(inteliant.adp).toMatchObject({ hce: "10.00", nhce: "3.00", limit: "5.00", passed: false });
    expect(inteliant.adp.refunds[0]).toMatchObject({ amount: "3000.00" });
    // SOS HCEs (i % 30 = 0): 3,334 of them excluded.
    expect(json.notCounted).toHaveLength(3334);
  }, 30_000);

  it("a body over 16 MiB is 413", async () => {
    const { status } = await post("nondiscrimination", `{"planYear":2002,"employees":[],"pad":"${"x".repeat(16 * 1024 * 1024)}"}`, true);
    expect(status).toBe(413);
  });
});
