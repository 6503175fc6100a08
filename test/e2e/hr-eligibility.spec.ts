/**
 * /hr/eligibility end to end: one employee (answers by hand from plan-rules §2), a generated roster
 * of 300 employees whose answers the fixture works out from the rules, rows in error with their line
 * numbers, the export, accessibility (axe-core), the keyboard and a phone's width.
 */
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, expectNoSidewaysScroll } from "./axe";
import { AS_OF, generatedRoster, parseCsv } from "./fixtures/roster-generated";

const csvFile = (name: string, text: string) => ({ name, mimeType: "text/csv", buffer: Buffer.from(text, "utf8") });

async function open(page: Page) {
  await page.goto("/hr/eligibility");
  // Hydrated once the as-of dates default to today.
  await expect(page.getByLabel("Roster as-of date")).not.toHaveValue("");
}

test.describe("one employee", () => {
  test("plan-rules' example, then fewer hours, an HCE, Inteliant, and a mistyped date", async ({ page }) => {
    await open(page);
    await page.getByLabel("Birth date").fill("1980-02-29");
    await page.getByLabel("Employment start date").fill("2002-03-15");
    await page.getByLabel("As-of date", { exact: true }).fill("2003-06-30");
    await page.getByLabel("Row 1 date").fill("2002-09-30");
    await page.getByLabel("Row 1 hours").fill("520");
    await page.getByLabel("Row 2 date").fill("2003-03-14");
    await page.getByLabel("Row 2 hours").fill("520");
    // 520 + 520 = 1,040 hours in 2002-03-15..2003-03-14 → met the day after the period, 2003-03-15;
    // born 1980-02-29 → 21 on 2001-03-01 (March 1 in a common year). Eligibility date: the later, 2003-03-15.
    const answer = page.getByTestId("one-answer");
    await expect(answer.getByTestId("verdict")).toHaveText("Eligible on 2003-06-30.");
    await expect(answer.getByTestId("eligibility-date")).toHaveText("2003-03-15");
    await expect(answer.getByTestId("entry-date")).toHaveText("2003-03-15");
    await expect(answer.getByTestId("requirement-age")).toContainText("2001-03-01");
    await expect(answer.getByTestId("requirement-age")).toContainText("11-K Note 1.A");
    await expect(answer.getByTestId("requirement-service")).toContainText("2003-03-15");
    await expect(answer.getByTestId("periods")).toContainText("Initial period 2002-03-15 to 2003-03-14: 1,040 of 1,000 hours: met");

    // 520 + 120 = 640 hours: 360 to go in the initial period. Plan year 2003 overlaps it (29 CFR 2530.202-2(b)) and
    // holds the 2003-03-14 entry: 120 of 1,000, 880 to go.
    await page.getByLabel("Row 2 hours").fill("120");
    await expect(answer.getByTestId("periods")).toContainText("640 of 1,000 hours in the period ending 2003-03-14: 360 to go.");
    await expect(answer.getByTestId("periods")).toContainText("Plan year 2003-01-01 to 2003-12-31: 120 of 1,000 hours in the period ending 2003-12-31: 880 to go.");
    await expect(answer.getByTestId("verdict")).toHaveText("Not eligible on 2003-06-30 on the hours given.");

    // Back to 1,040 hours, but a highly compensated employee of SOS: excluded, with the reason.
    await page.getByLabel("Row 2 hours").fill("520");
    await page.getByLabel("Highly compensated", { exact: true }).check();
    await expect(answer.getByTestId("verdict")).toHaveText("Excluded: a highly compensated employee of SOS cannot join the plan.");
    await expect(answer).toContainText("The plan excludes highly compensated employees");

    // Worked out: 2002 pay $95,000 is above 2002's $90,000 threshold for plan year 2003; Inteliant lets HCEs join,
    // and needs no hours: 2002-03-15 + 91 days = 2002-06-14 (16 + 30 + 31 + 14); 21 on 2001-03-01 → eligible 2002-06-14.
    await page.getByLabel("Work it out from last year's pay and ownership").check();
    await page.getByLabel("Last year's pay (USD)").fill("95000");
    await page.getByLabel("Employer").selectOption("Inteliant");
    await expect(answer.getByTestId("eligibility-date")).toHaveText("2002-06-14");
    await expect(answer.getByTestId("verdict")).toHaveText("Eligible on 2003-06-30.");
    await expect(answer.getByTestId("requirement-hce")).toContainText("highly compensated, may join");

    // A date in another format: the message is beside the field, and what was typed stays.
    const birth = page.getByLabel("Birth date");
    await birth.fill("02/29/1980");
    await expect(page.locator("#one-birthDate-error")).toHaveText("Birth date must be a date written YYYY-MM-DD, such as 2002-03-15.");
    await expect(page.locator("#one-birthDate-error")).toHaveAttribute("aria-live", "polite");
    await expect(birth).toHaveAttribute("aria-invalid", "true");
    await expect(birth).toHaveValue("02/29/1980");
    await expect(answer).toContainText("Fix the fields marked above");
  });

  test("a weekly schedule: 20 hours a week from 2002-03-15 reaches 1,000 in the initial period", async ({ page }) => {
    await open(page);
    await page.getByLabel("Birth date").fill("1970-01-01");
    await page.getByLabel("Employment start date").fill("2002-03-15");
    await page.getByLabel("As-of date", { exact: true }).fill("2003-06-30");
    await page.getByLabel("Weekly schedule").check();
    await page.getByLabel("Hours a week").fill("20");
    await page.getByLabel("First day").fill("2002-03-15");
    await page.getByLabel("Last day").fill("2003-03-14");
    // 365 days = 52 weeks (1,040 hours) + 1 day (20/7 = 2.86): 1,042.86 hours; met 2003-03-15.
    await expect(page.getByTestId("hours-summary")).toHaveText("53 entries, 1,042.86 hours, dated 2002-03-21 to 2003-03-14.");
    await expect(page.getByTestId("eligibility-date")).toHaveText("2003-03-15");
  });

  test("pasted from a spreadsheet, a faulty line named by its number", async ({ page }) => {
    await open(page);
    await page.getByLabel("Birth date").fill("1970-01-01");
    await page.getByLabel("Employment start date").fill("2002-03-15");
    await page.getByLabel("Paste from a spreadsheet").check();
    await page.getByLabel("Hours rows").fill("2002-06-30\t500\n2002-13-31\t500\n");
    await expect(page.locator("#one-paste-error")).toHaveText(
      'Line 2: the date is not a real calendar date (for example, 2003-02-29 does not exist) (found "2002-13-31").',
    );
    await expect(page.getByLabel("Hours rows")).toHaveValue("2002-06-30\t500\n2002-13-31\t500\n");
  });

  test("works from the keyboard alone", async ({ page }) => {
    await open(page);
    await page.getByRole("button", { name: "Fill in an example" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("verdict")).toHaveText("Eligible on 2003-06-30.");
    await page.getByLabel("Birth date").focus();
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("1984-02-29");
    await page.keyboard.press("Tab");
    // Born 1984-02-29 → 21 on 2005-03-01, after the service date 2003-03-15.
    await expect(page.getByTestId("eligibility-date")).toHaveText("2005-03-01");
    await expect(page.getByLabel("Employment start date")).toBeFocused();
  });
});

test.describe("a roster", () => {
  test("300 generated employees: counts, table and export agree with dates worked out from the rules", async ({ page }) => {
    const roster = generatedRoster(300);
    const expected = roster.expected;
    // The worker runs under the page's Content-Security-Policy: nothing may be refused or fail.
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" && !/status of 404/.test(message.text())) problems.push(message.text());
    });
    page.on("pageerror", (error) => problems.push(error.message));
    await open(page);
    await page.getByLabel("Roster as-of date").fill(AS_OF);
    await page.getByLabel("Census CSV", { exact: true }).setInputFiles(csvFile("census.csv", roster.census));
    await page.getByLabel("Hours CSV", { exact: true }).setInputFiles(csvFile("hours.csv", roster.hours));
    await expect(page.getByTestId("roster-summary")).toContainText(`300 census rows evaluated as of ${AS_OF}, with ${roster.hours.trim().split("\n").length - 1} hours rows`);

    const count = (pick: (e: (typeof expected)[number]) => boolean) => expected.filter(pick).length;
    const within = (days: number) => count((e) => e.daysUntil !== null && e.daysUntil <= days);
    const counts = {
      all: 300,
      eligible: count((e) => e.eligible === "true"),
      within30: within(30),
      within60: within(60),
      within90: within(90),
      notYet: count((e) => e.eligible === "false" && e.excluded === "false"),
      excluded: count((e) => e.excluded === "true"),
      error: count((e) => e.error),
    };
    expect(counts.eligible + counts.notYet + counts.excluded + counts.error).toBe(300);
    for (const [name, value] of Object.entries(counts)) {
      await expect(page.locator(`[data-count="${name}"]`)).toHaveText(value.toLocaleString("en-US"));
    }

    // Filtered: within 30 days.
    await page.getByRole("radio", { name: /^Eligible within 30 days/ }).check();
    const table = page.getByTestId("roster-table");
    await expect(table.locator("tbody tr")).toHaveCount(counts.within30);
    for (const e of expected.filter((x) => x.daysUntil !== null && x.daysUntil <= 30)) {
      await expect(table.locator("tbody tr", { hasText: e.id }).first()).toContainText(e.eligibilityDate);
    }

    // Rows in error: each names its census line and column.
    await page.getByRole("radio", { name: /^Rows in error/ }).check();
    await expect(table.locator("tbody tr")).toHaveCount(counts.error);
    for (const e of expected.filter((x) => x.error)) {
      await expect(table.locator("tbody tr", { hasText: `Census line ${e.line}, column` })).toHaveCount(1);
    }

    // The export: every census row, in census order, with the answers worked out by hand.
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download results (CSV)" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`eligibility-results-${AS_OF}.csv`);
    const rows = parseCsv(await readFile(await file.path(), "utf8"));
    expect(rows[0]).toEqual(["employeeId", "eligible", "eligibilityDate", "entryDate", "excluded", "reason"]);
    expect(rows.slice(1).map((r) => r.slice(0, 5))).toEqual(expected.map((e) => [e.id, e.eligible, e.eligibilityDate, e.entryDate, e.excluded]));
    for (const [i, e] of expected.entries()) {
      if (e.error) expect(rows[i + 1]![5]).toMatch(new RegExp(`^Error: Census line ${e.line}, column `));
    }
    expect(problems).toEqual([]);
  });

  test("rows in error are named by line and column; nothing is dropped; the as-of date re-runs the evaluation", async ({ page }) => {
    await open(page);
    const census = [
      "employeeId,employer,birthDate,employmentStartDate,highlyCompensated",
      "A,SOS,1980-02-29,2002-03-15,false", // 2
      "", // 3: blank
      "B,SOS,1980-13-01,2002-03-15,false", // 4: impossible month
      '"C, Jr.",Inteliant,1970-01-01,2002-01-01,false', // 5: quoted comma
      "D,SOS,1970-01-01,2002-01-01,false,extra", // 6: one value too many
      "A,SOS,1970-01-01,2002-01-01,false", // 7: A again
      "E,SOS,1970-01-01", // 8: short
      'F,SOS,1970-01-01,2002-01-01,"open', // 9: a quote never closed
    ].join("\r\n");
    const hours = ["employeeId,date,hours", "A,2002-09-30,1040", "Z,2002-09-30,10", "C, Jr.,2002-02-01,8"].join("\n");
    await page.getByLabel("Roster as-of date").fill("2003-06-30");
    await page.getByLabel("Hours CSV", { exact: true }).setInputFiles(csvFile("hours.csv", hours));
    await expect(page.getByTestId("roster-status")).toHaveText("No census chosen yet.");
    await page.getByLabel("Census CSV", { exact: true }).setInputFiles(csvFile("census.csv", census));
    await expect(page.getByTestId("roster-summary")).toContainText("7 census rows evaluated");
    await expect(page.getByTestId("roster-summary")).toContainText("Blank lines skipped: 1 in the census");
    await expect(page.locator('[data-count="error"]')).toHaveText("6");
    await expect(page.locator('[data-count="eligible"]')).toHaveText("1");
    await page.getByRole("radio", { name: /^Rows in error/ }).check();
    const table = page.getByTestId("roster-table");
    await expect(table).toContainText('Census line 4, column birthDate: is not a real calendar date (for example, 2003-02-29 does not exist) (found "1980-13-01").');
    await expect(table).toContainText("Census line 6: has 6 values but the header has 5 columns");
    await expect(table).toContainText('Census line 2, column employeeId: "A" appears on lines 2, 7');
    await expect(table).toContainText("Census line 8, column employmentStartDate: is missing");
    await expect(table).toContainText("Census line 9: a value opened with a quote (\") on line 9 is never closed.");
    const problems = page.getByTestId("hours-problems");
    await expect(problems).toContainText("Hours CSV line 4: has 4 values but the header has 3 columns");
    await expect(problems).toContainText('Hours CSV line 3, column employeeId: "Z" is not in the census CSV.');

    // Evaluating without the hours file: its problems go, the census rows stay.
    await page.getByRole("button", { name: "Evaluate without hours" }).click();
    await expect(page.getByTestId("roster-summary")).toContainText("7 census rows evaluated as of 2003-06-30, with no hours file");
    await expect(page.getByTestId("hours-problems")).toHaveCount(0);
    await page.getByLabel("Hours CSV", { exact: true }).setInputFiles(csvFile("hours.csv", hours));
    await expect(page.getByTestId("hours-problems")).toBeVisible();

    // Changing the as-of date evaluates again: before C's 91st day (2002-04-02), everyone else stays the same.
    await page.getByRole("radio", { name: /^All rows/ }).check();
    await page.getByLabel("Roster as-of date").fill("2002-04-01");
    await expect(page.getByTestId("roster-summary")).toContainText("as of 2002-04-01");
    await expect(page.locator('[data-count="within30"]')).toHaveText("1");

    // A mistyped as-of date is named beside the field, and keeps what was typed.
    await page.getByLabel("Roster as-of date").fill("2002-04-31");
    await expect(page.locator("#roster-as-of-error")).toHaveText("As-of date is not a real calendar date (for example, 2003-02-29 does not exist).");
    await expect(page.getByLabel("Roster as-of date")).toHaveValue("2002-04-31");
  });

  test("a census without its header is refused as a whole, saying what the first line must be", async ({ page }) => {
    await open(page);
    await page.getByLabel("Census CSV", { exact: true }).setInputFiles(csvFile("census.csv", "A,SOS,1980-01-01,2002-01-01,false\n"));
    await expect(page.getByTestId("roster-fatal")).toContainText("Census CSV, line 1: the first line must be the header employeeId,employer,birthDate,employmentStartDate,highlyCompensated");
  });

  test("the templates download as CSV files with the right columns", async ({ page, request }) => {
    await open(page);
    const census = page.getByRole("link", { name: "Census template (CSV)" });
    await expect(census).toHaveAttribute("download", "census-template.csv");
    const censusFile = await request.get((await census.getAttribute("href"))!);
    expect(censusFile.headers()["content-type"]).toMatch(/^text\/csv/);
    expect(await censusFile.text()).toMatch(/^employeeId,employer,birthDate,employmentStartDate,highlyCompensated,priorYearCompensation,fivePercentOwner\r\n/);
    const hours = page.getByRole("link", { name: "Hours template (CSV)" });
    const hoursFile = await request.get((await hours.getAttribute("href"))!);
    expect(await hoursFile.text()).toMatch(/^employeeId,date,hours\r\n/);
    const download = page.waitForEvent("download");
    await hours.click();
    expect((await download).suggestedFilename()).toBe("hours-template.csv");
  });
});

test.describe("accessibility and small screens", () => {
  for (const width of [1280, 375]) {
    test(`axe finds nothing and nothing scrolls sideways at ${width} px: empty, answered, roster loaded`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await open(page);
      await expectNoAxeViolations(page);
      await expectNoSidewaysScroll(page);
      await page.getByRole("button", { name: "Fill in an example" }).click();
      await page.getByLabel("Birth date").fill("1980-13-01");
      await page.getByLabel("Birth date").fill("1980-02-29");
      await expect(page.getByTestId("verdict")).toBeVisible();
      const roster = generatedRoster(120);
      await page.getByLabel("Roster as-of date").fill(AS_OF);
      await page.getByLabel("Census CSV", { exact: true }).setInputFiles(csvFile("census.csv", roster.census));
      await page.getByLabel("Hours CSV", { exact: true }).setInputFiles(csvFile("hours.csv", roster.hours + "Z,2002-01-01,1\n"));
      await expect(page.getByTestId("roster-counts")).toBeVisible();
      await expect(page.getByTestId("hours-problems")).toBeVisible();
      await expectNoAxeViolations(page);
      await expectNoSidewaysScroll(page);
      await page.getByRole("radio", { name: /^Rows in error/ }).check();
      await expectNoAxeViolations(page);
      await expectNoSidewaysScroll(page);
    });
  }
});
