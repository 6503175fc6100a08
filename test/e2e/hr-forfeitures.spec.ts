import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, expectNoSidewaysScroll } from "./axe";
import { holdLateScripts } from "./late-scripts";

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

/** Where an element's top is on the page (not in the viewport, which scrolls as fields are filled). */
const topOf = (page: Page, label: string) => field(page, label).evaluate((element) => element.getBoundingClientRect().top + window.scrollY);

async function downloadCsv(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download allocation (CSV)" }).click()]);
  expect(download.suggestedFilename()).toBe("forfeiture-allocation.csv");
  return readFile((await download.path())!, "utf8");
}

/** "1234.56" → 123456n: the export's amounts read as whole cents, no floats. */
function cents(text: string): bigint {
  const match = /^(\d+)\.(\d{2})$/.exec(text);
  if (!match) throw new Error(`not an amount: ${text}`);
  return BigInt(match[1]!) * 100n + BigInt(match[2]!);
}

function csvRows(csv: string): string[][] {
  return csv
    .split("\r\n")
    .filter((line) => line !== "")
    .map((line) => line.split(","));
}

test.describe("a participant leaving", () => {
  test("start date and last day worked, worked by hand", async ({ page }) => {
    await page.goto("/hr/forfeitures");
    // The always-vested sources in the words module's sentence for HR (it said "Own deferrals and rollovers are always fully vested;").
    await expect(page.getByRole("main")).toContainText("Own deferrals and rollovers, with their earnings, are always 100% vested. (11-K Note 1.D) The employer match vests by years of service");
    await page.getByRole("radio", { name: "Start date and last day worked" }).check();
    await field(page, "Employment start date").fill("1999-06-15");
    await field(page, "Last day of employment").fill("2003-06-13");
    await field(page, "Employer match balance").fill("4000.01");
    await field(page, "Deferrals balance").fill("10000");
    await field(page, "Rollovers balance").fill("500");
    // The last day is worked in full: service through 2003-06-13 is the completed years at 2003-06-14.
    // Anniversaries 2000, 2001, 2002-06-15 completed; 2003-06-15 not yet: 3 years → 50%.
    // Match 4,000.01 × 50% = 2,000.005 → 2,000.01 (half-up); forfeited 4,000.01 − 2,000.01 = 2,000.00.
    // Kept: 10,000 + 500 + 2,000.01 = 12,500.01.
    const result = page.getByTestId("termination-result");
    await expect(result).toContainText("50% of the match is vested (3 completed years). Keeps $12,500.01; forfeits $2,000.00.");
    await expect(result).toContainText("On leaving on June 13, 2003, the nonvested $2,000.00 of the $4,000.01 match balance is forfeited unless the participant comes back");
    await expect(result).toContainText("(11-K Note 1.G)");
    await expect(result.getByRole("row", { name: /Employer match/ })).toContainText("$4,000.01");

    // A last day of 2003-06-14 completes the 4th year (the day after is 2003-06-15):
    // 75% of 4,000.01 = 3,000.0075 → 3,000.01; forfeited 1,000.00.
    await field(page, "Last day of employment").fill("2003-06-14");
    await expect(result).toContainText("75% of the match is vested (4 completed years). Keeps $13,500.01; forfeits $1,000.00.");

    // Plan termination vests everything (Note 5): 14,500.01 kept, nothing forfeited.
    await page.getByLabel(/The plan has been terminated/).check();
    await expect(result).toContainText("100% of the match is vested (4 completed years, plan terminated). Keeps $14,500.01; forfeits $0.00.");
    await expect(result).toContainText("(11-K Note 5)");
    await expectNoAxeViolations(page);
  });

  test("the last day counts in full: start 2001-05-14, last day 2004-05-13 is 3 completed years, half the match kept", async ({ page }) => {
    await page.goto("/hr/forfeitures");
    await page.getByRole("radio", { name: "Start date and last day worked" }).check();
    await field(page, "Employment start date").fill("2001-05-14");
    await field(page, "Last day of employment").fill("2004-05-13");
    await field(page, "Employer match balance").fill("3000");
    // Service through 2004-05-13 = completed years at 2004-05-14, the 3rd anniversary: 3 years → 50%.
    // Match 3,000 × 50% = 1,500 kept, 1,500 forfeited.
    const result = page.getByTestId("termination-result");
    await expect(result).toContainText("50% of the match is vested (3 completed years). Keeps $1,500.00; forfeits $1,500.00.");
    await expect(result).toContainText("From May 14, 2001 through the last day of employment, May 13, 2004, worked in full: 3 completed years of service.");
    await expect(result.getByRole("row", { name: /Employer match/ })).toContainText("50%");
    // One day less: the day after, 2004-05-13, is before the 3rd anniversary: 2 years → 0%, all 3,000 forfeited.
    await field(page, "Last day of employment").fill("2004-05-12");
    await expect(result).toContainText("0% of the match is vested (2 completed years). Keeps $0.00; forfeits $3,000.00.");
  });

  test("years of service: 2.9 years count as 2, nothing vests", async ({ page }) => {
    await page.goto("/hr/forfeitures");
    await field(page, "Years of service").fill("2.9");
    await field(page, "Employer match balance").fill("1,250.50");
    // 2.9 → 2 completed years: less than 3 → 0%; all 1,250.50 forfeited.
    await expect(page.getByTestId("termination-result")).toContainText("0% of the match is vested (2 completed years). Keeps $0.00; forfeits $1,250.50.");
  });

  test("bad input is named beside its field and kept", async ({ page }) => {
    await page.goto("/hr/forfeitures");
    await page.getByRole("radio", { name: "Start date and last day worked" }).check();
    await field(page, "Employment start date").fill("2003-02-29");
    await field(page, "Last day of employment").fill("2002-01-01");
    await field(page, "Employer match balance").fill("-3");
    await expect(page.locator("#term-employmentStartDate-message")).toHaveText(
      "Employment start date is not a real calendar date (for example, 2003-02-29 does not exist).",
    );
    await expect(page.locator("#term-matchBalance-message")).toHaveText("Employer match balance must not be negative.");
    await expect(field(page, "Employment start date")).toHaveValue("2003-02-29");
    await expect(field(page, "Employment start date")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByTestId("termination-result")).toContainText("Fix the fields marked above");
    await expectNoAxeViolations(page);
  });
});

test.describe("a leaving participant's service from hours", () => {
  async function tempWorker(page: Page) {
    await page.goto("/hr/forfeitures");
    await page.getByRole("radio", { name: "Hours in each plan year" }).check();
    await field(page, "Employment start date").fill("05/14/2001");
    await field(page, "Last day of employment").fill("2006-08-18");
    // 2001: 1,100 · 2002: 1,250 · 2003: 300 · 2004: none (a gap) · 2005: 1,040 · 2006: 620 through the last day.
    for (const [year, hours] of [["2001", "1,100"], ["2002", "1250"], ["2003", "300"], ["2005", "1040"], ["2006", "620"]] as const) {
      await field(page, `Hours in ${year}`).fill(hours);
    }
    await field(page, "Employer match balance").fill("2345.67");
    await field(page, "Deferrals balance").fill("3000");
  }

  test("a temp worker with a gap: the record year by year, 3 years, 50%, forfeited on January 1, 2012", async ({ page }) => {
    await tempWorker(page);
    // The dates are read in words beside the fields.
    await expect(page.getByText("May 14, 2001", { exact: true })).toBeVisible();
    // A box for each plan year from 2001 to 2006; the last runs to the last day.
    await expect(page.getByTestId("hours-by-year").getByRole("textbox")).toHaveCount(6);
    await expect(page.getByText("January 1 to August 18")).toBeVisible();
    const result = page.getByTestId("termination-result");
    // 2001, 2002, 2005 have 1,000 hours or more: 3 years → 50%. Match 2,345.67 × 50% = 1,172.835 → 1,172.84 kept;
    // 1,172.83 forfeitable; kept 3,000 + 1,172.84 = 4,172.84. The last year with more than 500 hours is 2006 (620):
    // breaks 2007–2011, the fifth ends 2011-12-31, forfeited the day after.
    await expect(result).toContainText(
      "50% of the match is vested (3 years of service from the hours). Keeps $4,172.84; forfeits $1,172.83 on January 1, 2012 if not back at work before then.",
    );
    const record = page.getByTestId("service-record");
    const rows = [
      ["2001", "1,100", "Year of service"],
      ["2002", "1,250", "Year of service"],
      ["2003", "300", "Break in service (500 hours or fewer)"],
      ["2004", "0", "Break in service (500 hours or fewer)"],
      ["2005", "1,040", "Year of service"],
      ["2006", "620", "Neither, when it ends on December 31, 2006"],
    ];
    await expect(record.locator("tbody tr")).toHaveCount(rows.length);
    for (const [index, cells] of rows.entries()) await expect(record.locator("tbody tr").nth(index).locator("th, td")).toHaveText(cells);
    await expect(result).toContainText("The plan year of leaving, 2006, has 620 hours through the last day: 380 short of a year of service.");
    await expect(result).toContainText(
      "stays in the account until December 31, 2011, the end of the 5th break in service in a row (plan years 2007 to 2011). It is forfeited on January 1, 2012. Back at work before then, the participant can still vest it.",
    );
    await expectNoAxeViolations(page);
  });

  test("the last day counts in full: the 1,000th hour on the last day makes the third year", async ({ page }) => {
    await page.goto("/hr/forfeitures");
    await page.getByRole("radio", { name: "Hours in each plan year" }).check();
    await page.getByRole("radio", { name: "Paste lines from a spreadsheet" }).check();
    await field(page, "Employment start date").fill("2003-01-06");
    await field(page, "Last day of employment").fill("07/01/2005");
    // 2003: 1,200 and 2004: 1,100 (years 1 and 2); 2005: 960 + 40 on the last day = 1,000 → year 3, 50%.
    await field(page, "Hours, one line each").fill("date\thours\n2003\t1200\n2004\t1,100\n2005-06-24\t960\n07/01/2005\t40");
    await field(page, "Employer match balance").fill("1000");
    const result = page.getByTestId("termination-result");
    // 1,000 × 50% = 500 kept and 500 forfeited; the last year over 500 hours is 2005: breaks 2006–2010.
    await expect(result).toContainText("50% of the match is vested (3 years of service from the hours). Keeps $500.00; forfeits $500.00 on January 1, 2011");
    await expect(page.getByTestId("service-record").locator("tbody tr").nth(2).locator("th, td")).toHaveText(["2005", "1,000", "Year of service"]);

    // One day earlier, the hours of July 1 are after the last day: refused at their line, nothing worked out.
    const below = await topOf(page, "Employer match balance");
    await field(page, "Last day of employment").fill("2005-06-30");
    await expect(page.locator("#term-hours-message")).toHaveText(
      "Line 5: July 1, 2005 is after the last day of employment, June 30, 2005 (date such hours on the last day).",
    );
    await expect(result).toContainText("Fix the fields marked above");
    // The message has its own line: the field below did not move.
    expect(await topOf(page, "Employer match balance")).toBe(below);
    // 39 hours on the last day instead: 999 in 2005, 2 years, nothing vests.
    await field(page, "Last day of employment").fill("2005-07-01");
    await field(page, "Hours, one line each").fill("date\thours\n2003\t1200\n2004\t1,100\n2005-06-24\t960\n07/01/2005\t39");
    await expect(result).toContainText("0% of the match is vested (2 years of service from the hours). Keeps $0.00; forfeits $1,000.00 on January 1, 2011");
    await expectNoAxeViolations(page);
  });

  test("a date's error appears on blur without moving the fields below", async ({ page }) => {
    await page.goto("/hr/forfeitures");
    await page.getByRole("radio", { name: "Start date and last day worked" }).check();
    const below = await topOf(page, "Employer match balance");
    await field(page, "Employment start date").fill("14/05/2001");
    await field(page, "Employment start date").blur();
    await expect(page.locator("#term-employmentStartDate-message")).toHaveText(
      "Employment start date is not a real calendar date: a date written with slashes is read month first (MM/DD/YYYY), and there is no month 14.",
    );
    expect(await topOf(page, "Employer match balance")).toBe(below);
    await expect(page.getByText("MM/DD/YYYY or YYYY-MM-DD").first()).toBeVisible();
  });
});

test.describe("sharing a forfeiture pool", () => {
  test("three equal deferrals share $100.00 as 33.34, 33.33, 33.33, and the export says so", async ({ page }) => {
    await page.goto("/hr/forfeitures");
    await field(page, "Forfeiture pool (USD)").fill("100.00");
    await field(page, "Participants' deferrals").fill("id,deferrals\nA,50\nB,50\nC,50");
    // 10000 cents / 3 = 3333 r1 each; the leftover cent goes to the first tie in input order (A).
    await expect(page.getByTestId("allocation-result")).toContainText("The shares add up to $100.00, the pool exactly.");
    const csv = await downloadCsv(page);
    expect(csv).toBe("id,deferrals,allocation\r\nA,50.00,33.34\r\nB,50.00,33.33\r\nC,50.00,33.33\r\n");
  });

  test("a CSV file of 250 participants: the export sums to the pool to the cent", async ({ page }) => {
    // Deferrals in cents: 100 + (i × 7919 mod 1,000,000) for i = 1..250, so they are uneven.
    const deferralCents = Array.from({ length: 250 }, (_, index) => 100n + ((BigInt(index + 1) * 7919n) % 1_000_000n));
    const money = (value: bigint) => `${value / 100n}.${String(value % 100n).padStart(2, "0")}`;
    const file = ["id,deferrals", ...deferralCents.map((value, index) => `E-${String(index + 1).padStart(4, "0")},${money(value)}`)].join("\n");

    await page.goto("/hr/forfeitures");
    await field(page, "Forfeiture pool (USD)").fill("43,700.00");
    await page.getByLabel("Or choose a CSV file (id,deferrals)").setInputFiles({ name: "deferrals.csv", mimeType: "text/csv", buffer: Buffer.from(file) });
    await expect(page.getByText("Read deferrals.csv in your browser (251 non-blank lines); it was not uploaded.")).toBeVisible();
    await expect(page.getByTestId("shares-total")).toHaveText("$43,700.00");

    const rows = csvRows(await downloadCsv(page));
    expect(rows[0]).toEqual(["id", "deferrals", "allocation"]);
    const data = rows.slice(1);
    expect(data).toHaveLength(250);
    // The shares add up to the pool: 43,700.00 = 4,370,000 cents.
    expect(data.reduce((sum, row) => sum + cents(row[2]!), 0n)).toBe(4_370_000n);
    // Each share is its pro-rata amount floored, or one cent more (largest remainders), in input order.
    const total = deferralCents.reduce((sum, value) => sum + value, 0n);
    data.forEach((row, index) => {
      expect(row[0]).toBe(`E-${String(index + 1).padStart(4, "0")}`);
      expect(cents(row[1]!)).toBe(deferralCents[index]);
      const floor = (4_370_000n * deferralCents[index]!) / total;
      expect([floor, floor + 1n]).toContain(cents(row[2]!));
    });

    // Back to the text box: what was typed there (nothing) is used again, and the file no longer is.
    await page.getByRole("button", { name: "Use the text box instead of deferrals.csv" }).click();
    await expect(page.getByTestId("allocation-result")).toContainText("Enter the pool and the deferrals to see each share.");
  });

  test("warns when the match is above 100% of deferrals and a share is above 415(c), beside the 2002 reference", async ({ page }) => {
    await page.goto("/hr/forfeitures");
    await field(page, "Forfeiture pool (USD)").fill("43,700.00");
    await field(page, "Participants' deferrals").fill("A-17,5200.00\nB-03,1028.50");
    // 43,700 / 6,228.50 = 7.016… → a match of about 701.61%. Shares: 4,370,000 cents × 5,200/6,228.50 = 3,648,390 r288,500,
    // × 1,028.50/6,228.50 = 721,609 r334,350; the cent left goes to B: 36,483.90 and 7,216.10.
    // A: 5,200.00 + 36,483.90 = 41,683.90, over the 2002 limit of 40,000 by 1,683.90.
    const result = page.getByTestId("allocation-result");
    await expect(result).toContainText("a match of about 701.61% of deferrals");
    const warnings = page.getByTestId("pool-warnings");
    await expect(page.getByTestId("warning-match")).toContainText("The pool, $43,700.00, is more than all the deferrals, $6,228.50: a match of about 701.61% of deferrals, more than 100%.");
    await expect(page.getByTestId("warning-415c")).toContainText("For 1 participant, deferrals plus the share come to more than the 2002 limit on annual additions, $40,000.00 (IRC 415(c))");
    await expect(page.getByTestId("warning-415c")).toContainText("line 1, A-17: $5,200.00 + $36,483.90 = $41,683.90, $1,683.90 over");
    // 127,800 / 487,809 = 26.198… → about 26.2%.
    await expect(page.getByTestId("pool-reference")).toHaveText(
      "For comparison, in 2002 about $127,800 of forfeitures was allocated as matching contributions against $487,809 of participant contributions: about 26.2% of contributions (11-K Note 1.B, Note 1.G; statement of changes in net assets, 2002).",
    );
    // A warning, not a refusal: the shares are there and can be downloaded.
    await expect(page.getByTestId("shares-total")).toHaveText("$43,700.00");
    await expect(page.getByRole("button", { name: "Download allocation (CSV)" })).toBeVisible();
    // In 2026 the limit is 72,000: 41,683.90 is under it; the match warning stays.
    await field(page, "Plan year of the allocation").fill("2026");
    await expect(page.getByTestId("warning-415c")).toHaveCount(0);
    await expect(warnings).toContainText("more than 100%");
    // A year before the table is named at its field; the allocation stands.
    await field(page, "Plan year of the allocation").fill("2001");
    await expect(page.locator("#alloc-year-message")).toHaveText("Plan year must be at least 2002 (the IRS limits table starts in 2002).");
    await expect(page.getByTestId("shares-total")).toHaveText("$43,700.00");
    await expectNoAxeViolations(page);
  });

  test("the match warning starts a cent above 100% of deferrals", async ({ page }) => {
    await page.goto("/hr/forfeitures");
    await field(page, "Participants' deferrals").fill("A,60\nB,40");
    // Deferrals 60 + 40 = 100.00: a pool of 100.00 is a match of exactly 100%, no warning.
    await field(page, "Forfeiture pool (USD)").fill("100.00");
    await expect(page.getByTestId("shares-total")).toHaveText("$100.00");
    await expect(page.getByTestId("pool-warnings")).toHaveCount(0);
    // 100.01 is above it: 100.01%.
    await field(page, "Forfeiture pool (USD)").fill("100.01");
    await expect(page.getByTestId("warning-match")).toContainText("a match of about 100.01% of deferrals, more than 100%");
  });

  test("the 415(c) warning starts a cent above the year's limit", async ({ page }) => {
    await page.goto("/hr/forfeitures");
    await field(page, "Participants' deferrals").fill("A,10000\nB,10000");
    // 60,000.00 in halves: 30,000.00 each; 10,000 + 30,000 = 40,000.00, exactly the 2002 limit: no 415(c) warning.
    await field(page, "Forfeiture pool (USD)").fill("60000.00");
    await expect(page.getByTestId("shares-total")).toHaveText("$60,000.00");
    await expect(page.getByTestId("warning-match")).toBeVisible();
    await expect(page.getByTestId("warning-415c")).toHaveCount(0);
    // 60,000.02: 3,000,001 cents each, 40,000.01, a cent over, for both.
    await field(page, "Forfeiture pool (USD)").fill("60000.02");
    const over = page.getByTestId("warning-415c");
    await expect(over).toContainText("For 2 participants, deferrals plus the share come to more than the 2002 limit on annual additions, $40,000.00");
    await expect(over).toContainText("line 1, A: $10,000.00 + $30,000.01 = $40,000.01, $0.01 over");
    await expect(over).toContainText("line 2, B: $10,000.00 + $30,000.01 = $40,000.01, $0.01 over");
  });

  test("errors in a chosen file name its line numbers", async ({ page }) => {
    await page.goto("/hr/forfeitures");
    await field(page, "Forfeiture pool (USD)").fill("10");
    const file = "id,deferrals\r\nA,1\r\nB,minus two\r\n\r\nC,1,5\r\n";
    await page.getByLabel("Or choose a CSV file (id,deferrals)").setInputFiles({ name: "payroll.csv", mimeType: "text/csv", buffer: Buffer.from(file) });
    const errors = page.getByTestId("deferrals-errors");
    await expect(errors).toContainText("2 problems in the deferrals of payroll.csv");
    await expect(errors).toContainText('Line 3: deferrals must be an amount in dollars, such as "1234.50" (it reads "minus two").');
    // Line 4 is blank and skipped; line 5 has three values.
    await expect(errors).toContainText("Line 5 has 3 values");
    await expectNoAxeViolations(page);
  });

  test("ids that look like formulas are neutralised in the export", async ({ page }) => {
    await page.goto("/hr/forfeitures");
    await field(page, "Forfeiture pool (USD)").fill("1");
    await field(page, "Participants' deferrals").fill('"=HYPERLINK(""x"")",1\n@SUM,1');
    // 100 cents over two equal deferrals: 50 each.
    const csv = await downloadCsv(page);
    expect(csv).toBe('id,deferrals,allocation\r\n"\'=HYPERLINK(""x"")",1.00,0.50\r\n\'@SUM,1.00,0.50\r\n');
  });

  test("bad lines are reported by line number; what was typed is kept", async ({ page }) => {
    await page.goto("/hr/forfeitures");
    await field(page, "Forfeiture pool (USD)").fill("-5");
    const text = "id,deferrals\nA-17,5200.00\nB-03,abc\nA-17,3\nE,1,200.00\nF";
    await field(page, "Participants' deferrals").fill(text);
    await expect(page.locator("#alloc-pool-message")).toHaveText("Forfeiture pool must not be negative.");
    const errors = page.getByTestId("deferrals-errors");
    await expect(errors).toContainText("4 problems in the deferrals");
    await expect(errors).toContainText('Line 3: deferrals must be an amount in dollars, such as "1234.50" (it reads "abc").');
    await expect(errors).toContainText('Line 4: id "A-17" repeats line 2; list each participant once.');
    await expect(errors).toContainText("Line 5 has 3 values; each line needs exactly two, the id and the deferrals. If the amount has a thousands comma");
    await expect(errors).toContainText("Line 6 has no deferrals");
    await expect(field(page, "Participants' deferrals")).toHaveValue(text);
    await expect(page.getByRole("button", { name: "Download allocation (CSV)" })).toHaveCount(0);
    await expectNoAxeViolations(page);

    // Fixing the lines brings the allocation back.
    await field(page, "Forfeiture pool (USD)").fill("10");
    await field(page, "Participants' deferrals").fill("id,deferrals\nA,1\nB,2\nC,4");
    // Lines 2–4. 1000 cents over 1:2:4 (7): 142 r6, 285 r5, 571 r3 = 998; 2 cents to A then B → 1.43, 2.86, 5.71.
    const result = page.getByTestId("allocation-result");
    await expect(result.getByRole("row", { name: /^2 A / })).toContainText("$1.43");
    await expect(result.getByRole("row", { name: /^3 B / })).toContainText("$2.86");
    await expect(result.getByRole("row", { name: /^4 C / })).toContainText("$5.71");
    await expectNoAxeViolations(page);
  });

  test("works with the keyboard alone", async ({ page }) => {
    await page.goto("/hr/forfeitures");
    await field(page, "Forfeiture pool (USD)").focus();
    await page.keyboard.type("0.03");
    await page.keyboard.press("Tab");
    await expect(field(page, "Plan year of the allocation")).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(field(page, "Participants' deferrals")).toBeFocused();
    await page.keyboard.type("A,1");
    await page.keyboard.press("Enter");
    await page.keyboard.type("B,1");
    // The shares follow the text as it is typed; wait for both lines before moving on.
    const result = page.getByTestId("allocation-result");
    await expect(result.getByRole("row", { name: /^2 B / })).toContainText("$0.01");
    await page.keyboard.press("Tab"); // the file chooser
    await page.keyboard.press("Tab"); // the download button
    await expect(page.getByRole("button", { name: "Download allocation (CSV)" })).toBeFocused();
    const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    // 3 cents over two equal deferrals: 1 r1 each; the leftover cent to A (first tie).
    expect(await readFile((await download.path())!, "utf8")).toBe("id,deferrals,allocation\r\nA,1.00,0.02\r\nB,1.00,0.01\r\n");
  });
});

test.describe("the rules load once the page is up (issue 18)", () => {
  test("what is typed before they arrive is kept, and answered when they do", async ({ page }) => {
    const { held, release } = await holdLateScripts(page, "/hr/forfeitures");
    await page.goto("/hr/forfeitures");
    // The page is up (hydrated: its effect asked for the rules) and the rules are held back.
    await expect.poll(() => held.length).toBeGreaterThan(0);
    await field(page, "Years of service").fill("3");
    await field(page, "Employer match balance").fill("1000");
    await field(page, "Deferrals balance").fill("200");
    await field(page, "Forfeiture pool (USD)").fill("100.00");
    await field(page, "Participants' deferrals").fill("id,deferrals\nA,50\nB,50\nC,50");
    const leaving = page.getByTestId("termination-result");
    const pool = page.getByTestId("allocation-result");
    // Without the rules, the forms answer as for an empty form: nothing worked out yet, nothing lost.
    await expect(leaving).toContainText("Enter the service and the match balance to see what vests and what is forfeited.");
    await expect(pool).not.toContainText("The shares add up to");
    await expect(field(page, "Years of service")).toHaveValue("3");
    release();
    // 3 years → 50% (11-K Note 1.D): match 1,000.00 → 500.00 kept, 500.00 forfeited; kept 200 + 500 = 700.00.
    await expect(leaving).toContainText("50% of the match is vested (3 completed years). Keeps $700.00; forfeits $500.00.");
    // 10000 cents / 3 = 3333 r1 each; the leftover cent to A, the first tie.
    await expect(pool).toContainText("The shares add up to $100.00, the pool exactly.");
  });

  test("the plan year's limit is in its hint from the first screen, without the rules", async ({ page }) => {
    const { held } = await holdLateScripts(page, "/hr/forfeitures");
    await page.goto("/hr/forfeitures");
    await expect.poll(() => held.length).toBeGreaterThan(0);
    // The reference year 2002: the 415(c) limit of its row in the limits table, $40,000.00.
    await expect(page.locator("#alloc-year-hint")).toContainText("2002, $40,000.00");
  });
});

test.describe("at phone width (390 px)", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("nothing scrolls sideways, with results on screen", async ({ page }) => {
    await page.goto("/hr/forfeitures");
    await expectNoSidewaysScroll(page);
    await field(page, "Years of service").fill("3");
    await field(page, "Employer match balance").fill("4000.01");
    await field(page, "Forfeiture pool (USD)").fill("43700");
    await field(page, "Participants' deferrals").fill("a-very-long-participant-identifier-0001,5200.00\nB,4100.50");
    await expect(page.getByTestId("shares-total")).toHaveText("$43,700.00");
    await expectNoSidewaysScroll(page);
    await expectNoAxeViolations(page);
  });
  test("the hours record and the warnings fit the phone", async ({ page }) => {
    await page.goto("/hr/forfeitures");
    await page.getByRole("radio", { name: "Hours in each plan year" }).check();
    await field(page, "Employment start date").fill("05/14/2001");
    await field(page, "Last day of employment").fill("2006-08-18");
    for (const [year, hours] of [["2001", "1,100"], ["2002", "1250"], ["2003", "300"], ["2005", "1040"], ["2006", "620"]] as const) {
      await field(page, `Hours in ${year}`).fill(hours);
    }
    await field(page, "Employer match balance").fill("2345.67");
    await expect(page.getByTestId("service-record")).toBeVisible();
    // The by-source table shows every column without scrolling its box.
    const bySource = page.getByRole("region", { name: "Vested and forfeited by source" });
    const { scrollWidth, clientWidth } = await bySource.evaluate((element) => ({ scrollWidth: element.scrollWidth, clientWidth: element.clientWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await field(page, "Forfeiture pool (USD)").fill("43,700.00");
    await field(page, "Participants' deferrals").fill("A-17,5200.00\nB-03,1028.50");
    await expect(page.getByTestId("warning-415c")).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectNoAxeViolations(page);
  });
});

test("a CSV file of 100,000 participants is shared in the browser", async ({ page }) => {
  test.setTimeout(60_000);
  // Deferrals of 1.00 each: 100,000 equal shares of a $1,000.00 pool are 1 cent each (100,000 cents).
  const file = ["id,deferrals", ...Array.from({ length: 100_000 }, (_, index) => `P${index + 1},1.00`)].join("\n");
  await page.goto("/hr/forfeitures");
  await field(page, "Forfeiture pool (USD)").fill("1000");
  const started = Date.now();
  await page.getByLabel("Or choose a CSV file (id,deferrals)").setInputFiles({ name: "big.csv", mimeType: "text/csv", buffer: Buffer.from(file) });
  await expect(page.getByTestId("shares-total")).toHaveText("$1,000.00", { timeout: 20_000 });
  const elapsed = Date.now() - started;
  await expect(page.getByText("Shares (the first 500 of 100,000; the download has all)")).toBeVisible();
  const rows = csvRows(await downloadCsv(page)).slice(1);
  expect(rows).toHaveLength(100_000);
  expect(rows.every((row) => row[2] === "0.01")).toBe(true);
  test.info().annotations.push({ type: "timing", description: `100,000 rows on screen in ${elapsed} ms` });
});
