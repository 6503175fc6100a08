/**
 * The /hr/testing page's adapter (lib/pages/hr-testing): the contributions file read row by row,
 * the tests on its good rows, the view's figures and sentences, and the export, worked by hand.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CsvRecordReader } from "@/lib/pages/hr-eligibility/csv-reader";
import { ContributionsReader, type ContributionsFile } from "@/lib/pages/hr-testing/census";
import { EXPORT_COLUMNS } from "@/lib/pages/hr-testing/export";
import { evaluateContributions, type TestingOptions } from "@/lib/pages/hr-testing/evaluate";
import { readPriorFigure } from "@/lib/pages/hr-testing/form";
import { CONTRIBUTIONS_TEMPLATE, CONTRIBUTIONS_TEMPLATE_FILE } from "@/lib/pages/hr-testing/template";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { longDate } from "@/lib/dates";
import * as sentences from "@/lib/words/en/nondiscrimination";
import * as fileWords from "@/lib/words/en/testing-file";
import * as pageWords from "@/lib/words/en/testing-page";

/** The page's English words, as the English worker and form are given them. */
const WORDS = { sentences, file: fileWords, longDate };

/** A contributions file held as text, read as the worker reads a File's stream (the same two readers). */
function readContributions(text: string): ContributionsFile {
  const reader = new ContributionsReader(fileWords);
  const csv = new CsvRecordReader(reader.record);
  csv.push(text);
  csv.end();
  return reader.finish();
}

const Y2002: TestingOptions = { planYear: 2002, method: "current-year" };
const test = (text: string, options = Y2002) => evaluateContributions(readContributions(text), options, SOS_PLAN, WORDS);

describe("the contributions template: the worked example of plan-rules §9 and an SOS line", () => {
  const view = test(CONTRIBUTIONS_TEMPLATE);

  it("is the file in public/templates, byte for byte (rewrite it with npx tsx scripts/templates.ts)", () => {
    expect(readFileSync(`public${CONTRIBUTIONS_TEMPLATE_FILE}`, "utf8")).toBe(CONTRIBUTIONS_TEMPLATE);
  });

  it("Inteliant fails the ADP test at 5.83 against 5.00; I-101 is refunded $2,000.00 and forfeits $524.00", () => {
    const inteliant = view.lines.find((line) => line.line === "Inteliant")!;
    expect(inteliant.adp.verdict).toBe("Inteliant fails the ADP test: highly paid employees deferred 5.83% on average; the limit is 5.00%.");
    expect(inteliant.adp.refunds).toEqual([{ line: 2, id: "I-101", amount: "$2,000.00", forfeitedMatch: "$524.00" }]);
    expect(inteliant.acp).toMatchObject({ hce: "1.44", limit: "1.58", passed: true });
    expect(view.deadlines?.map((d) => d.date)).toEqual(["March 15, 2003", "December 31, 2003"]);
    expect(view.earnings).toMatch(/earnings/);
  });

  it("the SOS line counts no HCE (S-9 is excluded), passes, and says why", () => {
    const sos = view.lines.find((line) => line.line === "SOS")!;
    // S-1: 800 ÷ 40,000 = 2.00 → limit 4.00.
    expect(sos).toMatchObject({ hce: 0, nhce: 1, adp: { hce: null, nhce: "2.00", limit: "4.00", passed: true } });
    expect(sos.noHce).toMatch(/^Highly paid employees of SOS Staffing or a subsidiary are excluded from the plan \(11-K Note 1\.A\)/);
    expect(view.notCounted).toEqual([{ line: 10, id: "S-9", reason: "excluded-hce", sentence: expect.stringMatching(/^Highly compensated, and SOS Staffing or a subsidiary excludes/) }]);
  });

  it("exports every row in census order with the issue's columns", () => {
    const lines = view.csv.trim().split("\r\n");
    expect(lines[0]).toBe(EXPORT_COLUMNS.join(","));
    expect(lines[0]).toBe("line,employeeId,testingLine,counted,reason,highlyCompensated,deferralRate,contributionRate,adpRefund,forfeitedMatch,acpExcess,message");
    // I-101: 11,000 ÷ 200,000 = 5.50; match left 2,882 − 524 = 2,358 ÷ 200,000 = 1.18.
    expect(lines[1]).toBe("2,I-101,Inteliant,true,,true,5.50,1.18,2000.00,524.00,0.00,");
    expect(lines[9]).toBe("10,S-9,SOS,false,excluded-hce,true,,,0.00,0.00,0.00,");
    expect(lines).toHaveLength(10);
  });
});

describe("bad rows, by line and column with the value found", () => {
  const header = "id,employer,highlyCompensated,priorYearCompensation,fivePercentOwner,compensation,deferrals,match,longTermPartTime";

  it("a file with no header says so, and nothing is tested", () => {
    const view = test("I-1,Inteliant,true,,,1000,10,0,\r\n");
    expect(view.fatal?.line).toBe(1);
    expect(view.fatal?.message).toMatch(/^the first line must be the header id,employer,compensation,deferrals/);
  });

  it("an unknown employer and three decimals of money are each a message; the other rows are tested", () => {
    const view = test(`${header}\nA,Acme,false,,,1000,10,0,\nB,Inteliant,false,,,1000,10.123,0,\nC,Inteliant,false,,,1000,10,0,\n`);
    expect(view.problems).toEqual([
      { line: 2, column: "employer", message: 'must be "SOS" (the sponsor and its subsidiaries other than Inteliant) or "Inteliant" (found "Acme")' },
      { line: 3, column: "deferrals", message: 'must have at most 2 decimals (whole cents); if you mean 10,123 dollars, write 10123 or 10,123 (found "10.123")' },
    ]);
    expect(view.counted).toBe(1);
    const lines = view.csv.trim().split("\r\n");
    expect(lines[2]).toBe('3,B,,false,error,,,,,,,"column deferrals: must have at most 2 decimals (whole cents); if you mean 10,123 dollars, write 10123 or 10,123 (found ""10.123"")"');
  });

  it("a repeated id, and a long-term part-timer before 2024, are errors on their rows", () => {
    const view = test(`${header}\nA,Inteliant,false,,,1000,10,0,\nA,Inteliant,false,,,1000,10,0,\nP,SOS,false,,,1000,10,0,true\n`);
    expect(view.problems.map((p) => [p.line, p.column])).toEqual([
      [3, "id"],
      [4, "longTermPartTime"],
    ]);
    const in2024 = test(`${header}\nP,SOS,false,,,1000,10,0,true\nN,SOS,false,,,1000,10,0,\n`, { planYear: 2024, method: "current-year" });
    expect(in2024.notCounted.map((entry) => entry.reason)).toEqual(["long-term-part-time"]);
  });

  it("prior-year without a line's figures is a form error, and every row is exported as not tested", () => {
    const view = test(CONTRIBUTIONS_TEMPLATE, { planYear: 2002, method: "prior-year", priorYear: { Inteliant: { nhceAdp: 4, nhceAcp: 1 } } });
    expect(view.formError?.path).toBe("priorYear.SOS");
    expect(view.csv.trim().split("\r\n")).toHaveLength(10);
  });
});

describe("the prior-year figures as typed", () => {
  it.each([
    ["3.1", { ok: true, value: 3.1 }],
    ["0", { ok: true, value: 0 }],
    ["4.25%", { ok: true, value: 4.25 }],
    ["3.125", { ok: false, problem: "must have at most 2 decimals (hundredths of a percentage point)" }],
    ["101", { ok: false, problem: "must be at most 100" }],
    ["", { ok: false, problem: "is required under the prior-year method" }],
  ])("%j", (text, read) => {
    expect(readPriorFigure(text, pageWords)).toMatchObject(read);
  });
});
