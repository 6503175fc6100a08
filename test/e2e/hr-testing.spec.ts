/**
 * /hr/testing end to end: the worked example of plan-rules §9 (Inteliant line) with an SOS line, an
 * SOS highly compensated employee (excluded from the plan), a long-term part-time employee and a
 * row in error, tested for plan years 2002 and 2024; the verdicts, figures, refunds, deadlines and
 * the results file, each worked out by hand from §9 and §7; a file with no header and an unknown
 * employer; accessibility (axe-core), tap targets and a phone's width.
 */
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, expectNoSidewaysScroll } from "./axe";

const HEADER = "id,employer,highlyCompensated,priorYearCompensation,fivePercentOwner,compensation,deferrals,match,longTermPartTime";
const EXPORT_HEADER = "line,employeeId,testingLine,counted,reason,highlyCompensated,deferralRate,contributionRate,adpRefund,forfeitedMatch,acpExcess,message";

/**
 * The census, file line numbers beside each row. The Inteliant rows are §9's worked example (H2, H1 and
 * H3 are I-101, I-103 and I-104), each match 26.2% of deferrals; I-102 is an NHCE worked out from last
 * year's pay (40,000, below any year's HCE threshold in §7).
 */
const CENSUS = [
  HEADER,
  "I-101,Inteliant,true,,,300000.00,11000.00,2882.00,", // line 2: H2
  "I-102,Inteliant,,40000.00,false,30000.00,900.00,235.80,", // line 3
  "I-103,Inteliant,true,,,80000.00,8000.00,2096.00,", // line 4: H1
  "I-104,Inteliant,true,,,150000.00,3000.00,786.00,", // line 5: H3
  "I-105,Inteliant,false,,,40000.00,1600.00,419.20,", // line 6
  "I-106,Inteliant,false,,,25000.00,0.00,0.00,", // line 7
  "I-107,Inteliant,false,,,50000.00,2500.00,655.00,", // line 8
  "S-1,SOS,false,,,40000.00,800.00,209.60,", // line 9: an SOS NHCE
  "S-9,SOS,true,,,120000.00,5000.00,0.00,", // line 10: an SOS HCE, excluded from the plan
  "S-20,SOS,false,,,12000.00,600.00,,true", // line 11: long-term part-time
  "I-108,Inteliant,false,,,20000.00,12.345,0.00,", // line 12: three decimals of deferrals
].join("\n");

const csvFile = (name: string, text: string) => ({ name, mimeType: "text/csv", buffer: Buffer.from(text, "utf8") });

async function open(page: Page) {
  await page.goto("/hr/testing");
  await expect(page.getByTestId("testing-status")).toHaveText("No file chosen yet.");
}

/** Chooses the file; tried again until the page has hydrated and reacts to it. */
async function choose(page: Page, name: string, text: string) {
  await expect(async () => {
    await page.getByLabel("Contributions CSV").setInputFiles(csvFile(name, text));
    await expect(page.getByTestId("testing-status")).not.toHaveText("No file chosen yet.", { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}

async function download(page: Page): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download results (CSV)" }).click()]);
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, "utf8") };
}

const figureRows = (page: Page, line: string) => page.getByRole("region", { name: `${line}: ADP and ACP figures` }).locator("tbody tr");

test.describe("the §9 worked example with an SOS line", () => {
  test("plan year 2002: Inteliant fails the ADP test, H2 is refunded $2,000.00 and forfeits $524.00", async ({ page }) => {
    await open(page);
    await choose(page, "contributions-2002.csv", CENSUS);
    // 11 rows: 7 Inteliant and S-1 counted (8); S-9 not counted; S-20 (part-time before 2024) and I-108 in error.
    await expect(page.getByTestId("testing-summary")).toHaveText("11 rows read for plan year 2002: 8 counted, 1 not counted, 2 in error.");

    const inteliant = page.getByTestId("line-Inteliant");
    await expect(inteliant.getByRole("heading", { level: 2 })).toHaveText("Inteliant: 3 highly paid and 4 other employees counted");
    // NHCE ADP: 900 ÷ 30,000 = 3.00, 1,600 ÷ 40,000 = 4.00, 0.00, 2,500 ÷ 50,000 = 5.00 → 12.00 ÷ 4 = 3.00;
    // limit: the greater of 1.25 × 3.00 = 3.75 and the lesser of 2 × 3.00 = 6.00 and 3.00 + 2 = 5.00 → 5.00.
    // HCE ADP: H1 8,000 ÷ 80,000 = 10.00; H2 11,000 ÷ 200,000 (300,000 capped at 2002's 200,000) = 5.50;
    // H3 3,000 ÷ 150,000 = 2.00 → 17.50 ÷ 3 = 5.833 → 5.83 > 5.00: fails.
    // ACP after the forfeiture: NHCEs 235.80 ÷ 30,000 = 0.786 → 0.79, 419.20 ÷ 40,000 = 1.048 → 1.05, 0.00,
    // 655 ÷ 50,000 = 1.31 → 3.15 ÷ 4 = 0.7875 → 0.79; limit: max(1.25 × 0.79 = 0.9875, min(1.58, 2.79)) = 1.58.
    // HCEs: H1 2,096 ÷ 80,000 = 2.62; H2 (2,882 − 524) ÷ 200,000 = 1.179 → 1.18; H3 786 ÷ 150,000 = 0.524 → 0.52
    // → 4.32 ÷ 3 = 1.44 ≤ 1.58: passes.
    await expect(figureRows(page, "Inteliant").nth(0).locator("th, td")).toHaveText(["ADP (deferrals)", "5.83%", "3.00%", "5.00%", "fails"]);
    await expect(figureRows(page, "Inteliant").nth(1).locator("th, td")).toHaveText(["ACP (match)", "1.44%", "0.79%", "1.58%", "passes"]);
    await expect(inteliant).toContainText("Inteliant fails the ADP test: highly paid employees deferred 5.83% on average; the limit is 5.00%.");
    await expect(inteliant).toContainText("The other employees deferred 3.00% of pay on average, so the limit is 5.00%: 3.00% plus 2 points");
    await expect(inteliant).toContainText("Inteliant passes the ACP test: highly paid employees received matching contributions of 1.44% on average; the limit is 1.58%.");
    // Step 1: L with min(10.00, L) + 5.50 + 2.00 = 3 × 5.00 → L = 7.50; H1's excess (10.00 − 7.50)% × 80,000 = 2,000.00.
    await expect(inteliant).toContainText("the highest rates are brought down to 7.50% until the average meets the limit: $2,000.00 of excess deferrals in all");
    await expect(inteliant).toContainText("1 highly paid employee is refunded.");
    // Step 3: 2,882 × 2,000 ÷ 11,000 = 524.00.
    await expect(inteliant).toContainText("The match on refunded deferrals is forfeited with them: $524.00");
    // Step 2: D = 11,000 − 2,000 = 9,000, above the next largest (8,000): H2 (I-101, line 2) alone is refunded.
    await expect(inteliant.getByRole("heading", { name: "Inteliant: refunds of deferrals, $2,000.00 in all" })).toBeVisible();
    const refunds = page.getByTestId("adp-refunds-Inteliant").locator("tbody tr");
    await expect(refunds).toHaveCount(1);
    await expect(refunds.first().locator("td")).toHaveText(["2", "I-101", "$2,000.00", "$524.00"]);
    await expect(page.getByTestId("acp-refunds-Inteliant")).toHaveCount(0);

    const sos = page.getByTestId("line-SOS");
    await expect(sos.getByRole("heading", { level: 2 })).toHaveText("SOS: 0 highly paid and 1 other employee counted");
    // S-1: 800 ÷ 40,000 = 2.00 → limit max(2.50, min(4.00, 4.00)) = 4.00; 209.60 ÷ 40,000 = 0.524 → 0.52 → max(0.65, min(1.04, 2.52)) = 1.04.
    await expect(figureRows(page, "SOS").nth(0).locator("th, td")).toHaveText(["ADP (deferrals)", "none counted", "2.00%", "4.00%", "passes"]);
    await expect(figureRows(page, "SOS").nth(1).locator("th, td")).toHaveText(["ACP (match)", "none counted", "0.52%", "1.04%", "passes"]);
    await expect(sos).toContainText("SOS passes the ADP test: it counts no highly paid employee, so there is no one whose deferrals could be too high.");
    await expect(sos).toContainText("Highly paid employees of SOS Staffing or a subsidiary are excluded from the plan (11-K Note 1.A)");

    // §9 step 5: March 15 and December 31 of the year after 2002.
    await expect(page.getByTestId("deadlines").locator("dt")).toHaveText(["March 15, 2003", "December 31, 2003"]);
    await expect(page.getByText("earnings on it, which this calculator does not work out")).toBeVisible();
    await expect(page.getByTestId("not-counted").locator("li")).toHaveText([/^Line 10, S-9: Highly compensated, and SOS Staffing or a subsidiary excludes highly compensated employees from the plan/]);
    await expect(page.getByTestId("testing-problems").locator("li")).toHaveText([
      "Line 11, column longTermPartTime: is true, but plan year 2002 is before 2024, when the long-term part-time rule starts.",
      'Line 12, column deferrals: must have at most 2 decimals (whole cents); if you mean 12,345 dollars, write 12345 or 12,345 (found "12.345").',
    ]);

    const file = await download(page);
    expect(file.name).toBe("nondiscrimination-2002.csv");
    // Rates as above; each match rate is the match ÷ counted pay (H2's after its 524.00 forfeiture).
    expect(file.text.split("\r\n")).toEqual([
      EXPORT_HEADER,
      "2,I-101,Inteliant,true,,true,5.50,1.18,2000.00,524.00,0.00,",
      "3,I-102,Inteliant,true,,false,3.00,0.79,0.00,0.00,0.00,",
      "4,I-103,Inteliant,true,,true,10.00,2.62,0.00,0.00,0.00,",
      "5,I-104,Inteliant,true,,true,2.00,0.52,0.00,0.00,0.00,",
      "6,I-105,Inteliant,true,,false,4.00,1.05,0.00,0.00,0.00,",
      "7,I-106,Inteliant,true,,false,0.00,0.00,0.00,0.00,0.00,",
      "8,I-107,Inteliant,true,,false,5.00,1.31,0.00,0.00,0.00,",
      "9,S-1,SOS,true,,false,2.00,0.52,0.00,0.00,0.00,",
      "10,S-9,SOS,false,excluded-hce,true,,,0.00,0.00,0.00,",
      '11,S-20,,false,error,,,,,,,"column longTermPartTime: is true, but plan year 2002 is before 2024, when the long-term part-time rule starts"',
      '12,I-108,,false,error,,,,,,,"column deferrals: must have at most 2 decimals (whole cents); if you mean 12,345 dollars, write 12345 or 12,345 (found ""12.345"")"',
      "",
    ]);
  });

  test("plan year 2024: the pay limit no longer caps H2, the refund is $536.00, and the part-timer is not counted", async ({ page }) => {
    await open(page);
    await page.getByLabel("Plan year").selectOption("2024");
    await choose(page, "contributions-2024.csv", CENSUS);
    // S-20 is now long-term part-time, not counted (§9): 8 counted, S-9 and S-20 not counted, I-108 in error.
    await expect(page.getByTestId("testing-summary")).toHaveText("11 rows read for plan year 2024: 8 counted, 2 not counted, 1 in error.");

    const inteliant = page.getByTestId("line-Inteliant");
    // 2024's 401(a)(17) limit is 345,000 (§7), so H2's 300,000 counts in full: 11,000 ÷ 300,000 = 3.667 → 3.67.
    // HCE ADP: 10.00 + 3.67 + 2.00 = 15.67 ÷ 3 = 5.223 → 5.22 > 5.00 (NHCEs and limit as in 2002): fails.
    // Step 1: L + 3.67 + 2.00 = 15.00 → L = 9.33; H1's excess (10.00 − 9.33)% × 80,000 = 536.00.
    // Step 2: D = 11,000 − 536 = 10,464, above 8,000: H2 is refunded 536.00. Step 3: 2,882 × 536 ÷ 11,000 = 140.432 → 140.43.
    // ACP: H2 (2,882 − 140.43) ÷ 300,000 = 0.9139 → 0.91; 2.62 + 0.91 + 0.52 = 4.05 ÷ 3 = 1.35 ≤ 1.58: passes.
    await expect(figureRows(page, "Inteliant").nth(0).locator("th, td")).toHaveText(["ADP (deferrals)", "5.22%", "3.00%", "5.00%", "fails"]);
    await expect(figureRows(page, "Inteliant").nth(1).locator("th, td")).toHaveText(["ACP (match)", "1.35%", "0.79%", "1.58%", "passes"]);
    await expect(inteliant).toContainText("Inteliant fails the ADP test: highly paid employees deferred 5.22% on average; the limit is 5.00%.");
    await expect(inteliant).toContainText("Inteliant passes the ACP test: highly paid employees received matching contributions of 1.35% on average; the limit is 1.58%.");
    await expect(inteliant).toContainText("brought down to 9.33% until the average meets the limit: $536.00 of excess deferrals in all");
    await expect(inteliant).toContainText("The match on refunded deferrals is forfeited with them: $140.43");
    await expect(inteliant.getByRole("heading", { name: "Inteliant: refunds of deferrals, $536.00 in all" })).toBeVisible();
    await expect(page.getByTestId("adp-refunds-Inteliant").locator("tbody tr td")).toHaveText(["2", "I-101", "$536.00", "$140.43"]);

    // March 15 and December 31 of 2025.
    await expect(page.getByTestId("deadlines").locator("dt")).toHaveText(["March 15, 2025", "December 31, 2025"]);
    await expect(page.getByTestId("not-counted").locator("li")).toHaveText([
      /^Line 10, S-9: Highly compensated, and SOS Staffing or a subsidiary excludes highly compensated employees/,
      /^Line 11, S-20: A long-term part-time employee: the plan leaves them out of the tests/,
    ]);
    await expect(page.getByTestId("testing-problems").locator("li")).toHaveText(['Line 12, column deferrals: must have at most 2 decimals (whole cents); if you mean 12,345 dollars, write 12345 or 12,345 (found "12.345").']);

    const file = await download(page);
    expect(file.name).toBe("nondiscrimination-2024.csv");
    const rows = file.text.split("\r\n");
    expect(rows[0]).toBe(EXPORT_HEADER);
    expect(rows).toHaveLength(13); // the header, 11 rows, and the empty string after the last line end
    expect(rows[1]).toBe("2,I-101,Inteliant,true,,true,3.67,0.91,536.00,140.43,0.00,");
    expect(rows[4]).toBe("5,I-104,Inteliant,true,,true,2.00,0.52,0.00,0.00,0.00,"); // 150,000 under the cap either year
    expect(rows[9]).toBe("10,S-9,SOS,false,excluded-hce,true,,,0.00,0.00,0.00,");
    expect(rows[10]).toBe("11,S-20,SOS,false,long-term-part-time,false,,,0.00,0.00,0.00,");
    expect(rows[11]).toBe('12,I-108,,false,error,,,,,,,"column deferrals: must have at most 2 decimals (whole cents); if you mean 12,345 dollars, write 12345 or 12,345 (found ""12.345"")"');

    // Back to 2002 on the same file: tested again at once.
    await page.getByLabel("Plan year").selectOption("2002");
    await expect(page.getByTestId("deadlines").locator("dt")).toHaveText(["March 15, 2003", "December 31, 2003"]);
  });
});

test.describe("files in error", () => {
  test("a file with no header says so, and nothing is tested", async ({ page }) => {
    await open(page);
    await choose(page, "no-header.csv", "I-101,Inteliant,true,,,300000.00,11000.00,2882.00,\n");
    await expect(page.getByTestId("testing-fatal")).toContainText("Contributions CSV, line 1: the first line must be the header id,employer,compensation,deferrals");
    await expect(page.getByTestId("testing-fatal")).toContainText("Nothing was tested; fix the file and choose it again.");
    await expect(page.getByRole("button", { name: "Download results (CSV)" })).toHaveCount(0);
  });

  test("an unknown employer is named by line and column with the value; the other row is tested", async ({ page }) => {
    await open(page);
    await choose(page, "acme.csv", `${HEADER}\nA-1,Acme,false,,,40000.00,800.00,0.00,\nS-1,SOS,false,,,40000.00,800.00,209.60,\n`);
    await expect(page.getByTestId("testing-problems").locator("li")).toHaveText([
      'Line 2, column employer: must be "SOS" (the sponsor and its subsidiaries other than Inteliant) or "Inteliant" (found "Acme").',
    ]);
    await expect(page.getByTestId("testing-summary")).toHaveText("2 rows read for plan year 2002: 1 counted, 0 not counted, 1 in error.");
    await expect(page.getByTestId("line-SOS")).toBeVisible();
  });
});

test.describe("on a phone and a desktop", () => {
  for (const width of [390, 1280]) {
    test(`at ${width} px: no sideways scroll, axe clean, with results on screen`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await open(page);
      await expectNoSidewaysScroll(page);
      await expectNoAxeViolations(page);
      await choose(page, "contributions.csv", CENSUS);
      await expect(page.getByTestId("deadlines")).toBeVisible();
      await expectNoSidewaysScroll(page);
      await expectNoAxeViolations(page);
      // The figures tables fit, every column in view (a larger text size scrolls them inside their own box, which a keyboard can reach).
      for (const line of ["SOS", "Inteliant"]) {
        const box = page.getByRole("region", { name: `${line}: ADP and ACP figures` });
        await expect(box).toHaveAttribute("tabindex", "0");
        const { scrollWidth, clientWidth } = await box.evaluate((element) => ({ scrollWidth: element.scrollWidth, clientWidth: element.clientWidth }));
        expect(scrollWidth, `${line} figures at ${width} px`).toBeLessThanOrEqual(clientWidth);
      }
      await expect(page.getByTestId("deadlines").locator("dd").first()).toHaveText(/^Refunds paid by then spare the employer an excise tax/);
      await page.screenshot({ path: `/tmp/hr-testing-${width}.png`, fullPage: true });
    });
  }

  test("at 390 px the buttons, fields and choices are at least 44 px tall", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await open(page);
    await choose(page, "contributions.csv", CENSUS);
    await expect(page.getByRole("button", { name: "Download results (CSV)" })).toBeVisible();
    const controls = page.locator("main button, main select, main input[type=file], main input[type=text], main label:has(input[type=radio])");
    const short = () => controls.evaluateAll((elements) => elements.map((element) => ({ name: element.textContent?.trim() || element.id, height: element.getBoundingClientRect().height })).filter((size) => size.height < 44 - 0.01));
    await expect(controls).toHaveCount(5); // the download button, the plan year, the two choices and the file
    expect(await short()).toEqual([]);
    // The prior-year method adds a field for each figure of each line (2 lines × ADP and ACP).
    await page.getByLabel("the other employees' figures of the year before (prior year)").check();
    await expect(controls).toHaveCount(8);
    expect(await short()).toEqual([]);
  });
});
