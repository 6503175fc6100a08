/**
 * /hr/eligibility end to end: one employee (answers by hand from plan-rules §2), a rehire with a gap
 * and the part-time finding (§2.4), a generated roster of 300 employees whose answers the fixture
 * works out from the rules, a roster with rehires' spells and part-timers, rows in error with their
 * line numbers, the export (all rows or one filter's), accessibility (axe-core), the keyboard and a
 * phone's width.
 */
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, expectNoSidewaysScroll } from "./axe";
import { AS_OF, generatedRoster, parseCsv } from "./fixtures/roster-generated";
import { holdLateScripts } from "./late-scripts";

const csvFile = (name: string, text: string) => ({ name, mimeType: "text/csv", buffer: Buffer.from(text, "utf8") });

async function open(page: Page) {
  await page.goto("/hr/eligibility");
  // Hydrated once the as-of dates default to today.
  await expect(page.getByLabel("Roster as-of date")).not.toHaveValue("");
}

test.describe("one employee", () => {
  test("the rules load once the page is up: an example filled in before they arrive is answered when they do", async ({ page }) => {
    const { held, release } = await holdLateScripts(page, "/hr/eligibility");
    await page.goto("/hr/eligibility");
    // Up (hydrated: it asked for the rules), the rules held back.
    await expect.poll(() => held.length).toBeGreaterThan(0);
    await page.getByRole("button", { name: "Fill in an example" }).click();
    await expect(page.getByLabel("Birth date")).toHaveValue("1980-02-29");
    const answer = page.getByTestId("one-answer");
    // Nothing is checked yet, so nothing is marked to fix: the form waits, as for an empty form.
    await expect(answer).toContainText("Fill in the birth date and the employment start date to see the answer.");
    release();
    // plan-rules' example: 1,040 hours in 2002-03-15..2003-03-14 → met 2003-03-15; 21 on 2001-03-01.
    await expect(answer.getByTestId("verdict")).toHaveText("Eligible since March 15, 2003 (as of June 30, 2003).");
  });

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
    // The headline gives the eligibility date, the as-of date beside it; every date on screen in words.
    await expect(answer.getByTestId("verdict")).toHaveText("Eligible since March 15, 2003 (as of June 30, 2003).");
    await expect(answer.getByTestId("eligibility-date")).toHaveText("March 15, 2003");
    await expect(answer.getByTestId("entry-date")).toHaveText("March 15, 2003");
    await expect(answer.getByTestId("requirement-age")).toContainText("March 1, 2001");
    await expect(answer.getByTestId("requirement-age")).toContainText("11-K Note 1.A");
    await expect(answer.getByTestId("requirement-service")).toContainText("March 15, 2003");
    await expect(answer.getByTestId("periods")).toContainText("Initial period March 15, 2002 to March 14, 2003: 1,040 of 1,000 hours: met");

    // 520 + 120 = 640 hours: 360 short in the initial period, which ended before 2003-06-30 and came closest. Plan year
    // 2003 overlaps it (29 CFR 2530.202-2(b)), holds the as-of date and the 2003-03-14 entry: 120 of 1,000, 880 to go.
    await page.getByLabel("Row 2 hours").fill("120");
    await expect(answer.getByTestId("periods")).toContainText("Initial period March 15, 2002 to March 14, 2003: 640 of 1,000 hours, 360 short (the closest).");
    await expect(answer.getByTestId("periods")).toContainText("Plan year 2003: 120 of 1,000 hours, 880 to go by December 31, 2003 (the current period).");
    await expect(answer.getByTestId("verdict")).toHaveText("Not eligible on June 30, 2003 on the hours given.");

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
    await expect(answer.getByTestId("eligibility-date")).toHaveText("June 14, 2002");
    await expect(answer.getByTestId("verdict")).toHaveText("Eligible since June 14, 2002 (as of June 30, 2003).");
    await expect(answer.getByTestId("requirement-hce")).toContainText("highly compensated, may join");

    // The US way of writing the date is read month first and echoed in words; the answer does not change.
    const birth = page.getByLabel("Birth date");
    await birth.fill("02/29/1980");
    await expect(page.locator("#one-birthDate-hint")).toHaveText("MM/DD/YYYY or YYYY-MM-DD");
    await expect(page.getByText("February 29, 1980", { exact: true })).toBeVisible();
    await expect(answer.getByTestId("eligibility-date")).toHaveText("June 14, 2002");

    // A date in another format: the message is beside the field, and what was typed stays.
    await birth.fill("29.02.1980");
    await expect(page.locator("#one-birthDate-message")).toHaveText("Birth date must be written MM/DD/YYYY or YYYY-MM-DD.");
    await expect(page.locator("#one-birthDate-message")).toHaveAttribute("aria-live", "polite");
    await expect(birth).toHaveAttribute("aria-invalid", "true");
    await expect(birth).toHaveValue("29.02.1980");
    await expect(answer).toContainText("Fix the fields marked above");
  });

  test("a message appearing on blur moves nothing below it, at 1280 and at 390 px", async ({ page }) => {
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await open(page);
      const top = (label: string) => page.getByLabel(label, { exact: true }).evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
      const watched = ["Employment start date", "As-of date", "Row 2 date", "Row 2 hours"];
      const before = await Promise.all(watched.map(top));
      await page.getByLabel("Birth date").fill("1980-13-01");
      await page.getByLabel("Employment start date").fill("2/30/2002");
      await page.getByLabel("Row 1 date").fill("15.03.2002");
      await page.getByLabel("Row 1 hours").fill("1,5");
      await page.getByLabel("Row 2 date").focus();
      await expect(page.locator("#one-birthDate-message")).toHaveText("Birth date is not a real calendar date.");
      await expect(page.locator("#one-employmentStartDate-message")).toHaveText("Employment start date is not a real calendar date.");
      await expect(page.locator("#one-row-0-date-message")).toHaveText("Row 1: the date must be written MM/DD/YYYY or YYYY-MM-DD.");
      await expect(page.locator("#one-row-0-hours-message")).toHaveText("Row 1: the hours must be a number, such as 80 or 7.5.");
      expect(await Promise.all(watched.map(top)), `at ${width} px`).toEqual(before);
    }
  });

  test("a rehire: the gap shown among the hours, the part-time finding in words, and no date moved by the gap", async ({ page }) => {
    await open(page);
    await page.getByLabel("Birth date").fill("02/29/1980");
    await page.getByLabel("Employment start date").fill("2015-03-01");
    await page.getByLabel("As-of date", { exact: true }).fill("2025-06-30");
    const rows: [string, string][] = [
      ["2015-12-31", "600"],
      ["2016-06-30", "600"],
      ["2016-07-15", "40"],
      ["2023-12-31", "900"],
      ["2024-12-31", "700"],
      ["2025-06-30", "400"],
    ];
    for (let i = 2; i < rows.length; i += 1) await page.getByRole("button", { name: "Add a row" }).click();
    for (const [i, [date, hours]] of rows.entries()) {
      await page.getByLabel(`Row ${i + 1} date`).fill(date);
      await page.getByLabel(`Row ${i + 1} hours`).fill(hours);
    }
    const answer = page.getByTestId("one-answer");
    const periods = answer.getByTestId("periods");
    // Periods of plan-rules §2.1 from 2015-03-01: the initial one to 2016-02-29 (600), plan year 2016 (holds the first
    // anniversary, 2016-03-01: 600 + 40 = 640), 2017 to 2022 (none), 2023 (900, the closest), 2024 (700), 2025 (400, current).
    await expect(periods).toContainText("Initial period March 1, 2015 to February 29, 2016: 600 of 1,000 hours, 400 short.");
    await expect(periods).toContainText("Plan years 2017 to 2022: no hours.");
    await expect(periods).toContainText("Plan year 2023: 900 of 1,000 hours, 100 short (the closest).");
    await expect(periods).toContainText("Plan year 2025: 400 of 1,000 hours, 600 to go by December 31, 2025 (the current period).");
    // §2.4: counted periods from 2021; 2023 (900) and 2024 (700) are two in a row with 500 or more: max(2025-01-01, 2025-01-01).
    await expect(answer.getByTestId("verdict")).toHaveText(
      "Not eligible to join on June 30, 2025, but may make their own deferrals as a long-term part-time employee (no employer match).",
    );
    await expect(answer.getByTestId("part-time")).toContainText(
      "May make their own deferrals (elective deferrals) since January 1, 2025 as a long-term part-time employee: 2 periods in a row with 500 hours or more (2 needed), the last plan year 2024.",
    );
    await expect(answer.getByTestId("part-time")).toContainText("They get no employer match");
    await expect(answer.getByTestId("may-defer")).toHaveText("yes, on June 30, 2025 (long-term part-time rule met on January 1, 2025)");
    await expect(answer.getByTestId("eligibility-date")).toHaveText("not reached on the hours given");

    // The gap: last day 2016-06-30, rehired 2023-01-09 → not employed 2016-07-01 to 2023-01-08; the 40 hours dated in it count.
    await page.getByRole("button", { name: "Add a gap" }).click();
    await page.getByLabel("Gap 1: last day worked").fill("06/30/2016");
    await page.getByLabel("Gap 1: rehired on").fill("2023-01-09");
    await expect(answer.getByTestId("gap")).toHaveText(
      "Gap: not employed from July 1, 2016 to January 8, 2023 (last day June 30, 2016, rehired January 9, 2023). 40 hours are dated in it; they count.",
    );
    await expect(page.getByText("January 9, 2023", { exact: true })).toBeVisible();
    await expect(answer.getByTestId("eligibility-date")).toHaveText("not reached on the hours given");
    await expect(answer.getByTestId("may-defer")).toHaveText("yes, on June 30, 2025 (long-term part-time rule met on January 1, 2025)");

    // A rehire date on the last day is named beside its field, and keeps what was typed.
    await page.getByLabel("Gap 1: rehired on").fill("06/30/2016");
    await expect(page.locator("#one-gap-0-back-message")).toHaveText("Gap 1: the rehire date must be after the last day (June 30, 2016).");
    await expect(answer).toContainText("Fix the fields marked above");
    await page.getByRole("button", { name: "Remove gap 1" }).click();
    await expect(answer.getByTestId("gap")).toHaveCount(0);
    await expect(answer.getByTestId("may-defer")).toHaveText("yes, on June 30, 2025 (long-term part-time rule met on January 1, 2025)");
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
    await expect(page.getByTestId("hours-summary")).toHaveText("53 entries, 1,042.86 hours, dated March 21, 2002 to March 14, 2003.");
    await expect(page.getByTestId("eligibility-date")).toHaveText("March 15, 2003");
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
    await expect(page.getByTestId("verdict")).toHaveText("Eligible since March 15, 2003 (as of June 30, 2003).");
    await page.getByLabel("Birth date").focus();
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("1984-02-29");
    await page.keyboard.press("Tab");
    // Born 1984-02-29 → 21 on 2005-03-01, after the service date 2003-03-15.
    await expect(page.getByTestId("eligibility-date")).toHaveText("March 1, 2005");
    await expect(page.getByLabel("Employment start date")).toBeFocused();
  });
});

/** "2003-07-15" → "July 15, 2003", as the page writes dates (by the platform's formatter, not the app's). */
const inWords = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-US", { month: "long", day: "numeric", year: "numeric", timeZone: "UTC" });

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
    await expect(page.getByTestId("roster-summary")).toContainText(`300 census rows evaluated as of June 30, 2003, with ${roster.hours.trim().split("\n").length - 1} hours rows`);

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
      await expect(table.locator("tbody tr", { hasText: e.id }).first()).toContainText(inWords(e.eligibilityDate));
    }

    // Rows in error: each names its census line and column.
    await page.getByRole("radio", { name: /^Rows in error/ }).check();
    await expect(table.locator("tbody tr")).toHaveCount(counts.error);
    for (const e of expected.filter((x) => x.error)) {
      await expect(table.locator("tbody tr", { hasText: `Census line ${e.line}, column` })).toHaveCount(1);
    }

    // The export: every census row, in census order, with the answers worked out by hand.
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download all 300 rows (CSV)" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`eligibility-results-${AS_OF}.csv`);
    const rows = parseCsv(await readFile(await file.path(), "utf8"));
    expect(rows[0]).toEqual(["employeeId", "eligible", "eligibilityDate", "entryDate", "excluded", "reason", "mayDefer", "longTermPartTimeEligibilityDate", "status", "line"]);
    expect(rows.slice(1).map((r) => r.slice(0, 5))).toEqual(expected.map((e) => [e.id, e.eligible, e.eligibilityDate, e.entryDate, e.excluded]));
    // 2002 and 2003 predate the part-time rule: mayDefer is eligible, and no part-time date.
    const status = (e: (typeof expected)[number]) => (e.error ? "error" : e.eligible === "true" ? "eligible" : e.excluded === "true" ? "excluded" : "not-yet");
    expect(rows.slice(1).map((r) => r.slice(6))).toEqual(expected.map((e) => [e.error ? "" : e.eligible, "", status(e), String(e.line)]));
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
    await expect(page.getByTestId("roster-summary")).toContainText("7 census rows (6 employees: 1 rehired, with a row for each employment spell) evaluated");
    await expect(page.getByTestId("roster-summary")).toContainText("Blank lines skipped: 1 in the census");
    // 6 rows in error, of 5 employees: A's two rows (lines 2 and 7) are one employee.
    await expect(page.locator('[data-count="error"]')).toHaveText("5");
    await expect(page.locator('[data-rows="error"]')).toHaveText(" (6 rows)");
    await expect(page.locator('[data-count="eligible"]')).toHaveText("1");
    await expect(page.locator('[data-rows="eligible"]')).toHaveCount(0);
    await page.getByRole("radio", { name: /^Rows in error/ }).check();
    const table = page.getByTestId("roster-table");
    await expect(table).toContainText('Census line 4, column birthDate: is not a real calendar date (for example, 2003-02-29 does not exist) (found "1980-13-01").');
    await expect(table).toContainText("Census line 6: has 6 values but the header has 5 columns");
    await expect(table).toContainText('Census lines 2 and 7, column birthDate: employee "A" is born on February 29, 1980 on line 2 but on January 1, 1970 on line 7');
    await expect(table).toContainText("Census line 8, column employmentStartDate: is missing");
    await expect(table).toContainText("Census line 9: a value opened with a quote (\") on line 9 is never closed.");
    const problems = page.getByTestId("hours-problems");
    await expect(problems).toContainText("Hours CSV line 4: has 4 values but the header has 3 columns");
    await expect(problems).toContainText('Hours CSV line 3, column employeeId: "Z" is not in the census CSV.');

    // Evaluating without the hours file: its problems go, the census rows stay.
    await page.getByRole("button", { name: "Evaluate without hours" }).click();
    await expect(page.getByTestId("roster-summary")).toContainText("7 census rows (6 employees: 1 rehired, with a row for each employment spell) evaluated as of June 30, 2003, with no hours file");
    await expect(page.getByTestId("hours-problems")).toHaveCount(0);
    await page.getByLabel("Hours CSV", { exact: true }).setInputFiles(csvFile("hours.csv", hours));
    await expect(page.getByTestId("hours-problems")).toBeVisible();

    // Changing the as-of date evaluates again: before C's 91st day (2002-04-02), everyone else stays the same.
    await page.getByRole("radio", { name: /^All employees/ }).check();
    await page.getByLabel("Roster as-of date").fill("2002-04-01");
    await expect(page.getByTestId("roster-summary")).toContainText("as of April 1, 2002");
    await expect(page.locator('[data-count="within30"]')).toHaveText("1");

    // A mistyped as-of date is named beside the field, and keeps what was typed.
    await page.getByLabel("Roster as-of date").fill("2002-04-31");
    await expect(page.locator("#roster-as-of-message")).toHaveText("As-of date is not a real calendar date.");
    await expect(page.getByLabel("Roster as-of date")).toHaveValue("2002-04-31");
  });

  test("a census without its header is refused as a whole, saying what the first line must be", async ({ page }) => {
    await open(page);
    await page.getByLabel("Census CSV", { exact: true }).setInputFiles(csvFile("census.csv", "A,SOS,1980-01-01,2002-01-01,false\n"));
    await expect(page.getByTestId("roster-fatal")).toContainText("Census CSV, line 1: the first line must be the header employeeId,employer,birthDate,employmentStartDate,highlyCompensated");
  });

  test("rehires' spells and part-timers: one answer per employee on each of its rows, the part-time filter, and an export of the rows shown", async ({ page }) => {
    await open(page);
    const census = [
      "employeeId,employer,birthDate,employmentStartDate,highlyCompensated,priorYearCompensation,fivePercentOwner,terminationDate",
      "E-1001,SOS,1980-02-29,2015-03-01,false,,,2016-06-30", // 2: first spell
      "E-1001,SOS,1980-02-29,2023-01-09,false,,,", // 3: rehired
      "E-1002,SOS,1990-05-05,2021-01-01,false,,,", // 4: 600 hours a year since 2021
      "E-1003,Inteliant,1975-06-01,2024-01-01,,95000.00,false,", // 5
      "E-1004,SOS,1970-10-10,2023-03-01,,,,", // 6
      "E-1005,SOS,1985-01-01,2020-01-01,true,,,", // 7: an HCE of SOS
      "E-1006,SOS,1985-01-01,2022-07-01,false,,,2022-06-30", // 8: last day before the start
      "E-1007,SOS,1985-01-01,2019-01-01,false,,,2020-12-31", // 9
      "E-1007,SOS,1986-01-01,2022-01-01,false,,,", // 10: another birth date
      "E-1008,SOS,1980-01-01,2024-03-01,false,,,", // 11: 600 hours in its first year only
    ].join("\n");
    const hours = [
      "employeeId,date,hours",
      "E-1001,2015-12-31,600",
      "E-1001,2016-06-30,600",
      "E-1001,2016-07-15,40",
      "E-1001,2023-12-31,900",
      "E-1001,2024-12-31,700",
      "E-1001,2025-06-30,400",
      ...[2021, 2022, 2023, 2024, 2025].map((year) => `E-1002,${year}-06-30,600`),
      "E-1004,2023-12-31,1200",
      "E-1005,2020-12-31,2000",
      "E-1008,2024-06-30,600",
    ].join("\n");
    await page.getByLabel("Roster as-of date").fill("06/30/2025");
    await page.getByLabel("Census CSV", { exact: true }).setInputFiles(csvFile("census.csv", census));
    await page.getByLabel("Hours CSV", { exact: true }).setInputFiles(csvFile("hours.csv", hours));
    await expect(page.getByTestId("roster-summary")).toContainText(
      "10 census rows (8 employees: 2 rehired, with a row for each employment spell) evaluated as of June 30, 2025, with 14 hours rows",
    );
    // E-1001 (both rows) and E-1002 may defer as part-timers; E-1003 (2024-01-01 + 91 days = 2024-04-01) and E-1004
    // (1,200 hours in 2023-03-01..2024-02-29 → 2024-03-01) are eligible; E-1005 excluded; E-1006 and E-1007 (×2) in error;
    // E-1008 not yet.
    // Employees, a rehire once: E-1001's two rows are one part-timer, E-1007's two one employee in error.
    const counts = { all: 8, eligible: 2, partTime: 2, within30: 0, notYet: 1, excluded: 1, error: 2 };
    for (const [name, value] of Object.entries(counts)) await expect(page.locator(`[data-count="${name}"]`)).toHaveText(String(value));
    const rowCounts = { all: 10, partTime: 3, error: 3 };
    for (const [name, value] of Object.entries(rowCounts)) await expect(page.locator(`[data-rows="${name}"]`)).toHaveText(` (${value} rows)`);
    const table = page.getByTestId("roster-table");
    await expect(table.locator("tbody tr", { hasText: "E-1008" })).toContainText(
      "Not yet: the most hours in one period were 600 of 1,000, in the initial period March 1, 2024 to February 28, 2025; the current period, plan year 2025, has 0: 1,000 to go by December 31, 2025",
    );
    await expect(table.locator("tbody tr", { hasText: "E-1007" }).first()).toContainText('Census lines 9 and 10, column birthDate: employee "E-1007" is born on January 1, 1985 on line 9 but on January 1, 1986 on line 10');

    await page.getByRole("radio", { name: /^Part-time, may defer/ }).check();
    await expect(table.locator("tbody tr")).toHaveCount(3);
    await expect(table.locator("tbody tr").nth(0)).toContainText("Rehired: 2 spells (census lines 2, 3): March 1, 2015 to June 30, 2016, from January 9, 2023");
    await expect(table.locator("tbody tr").nth(2)).toContainText("yes (part-time since January 1, 2024)");
    const download = page.waitForEvent("download");
    await page.getByTestId("download-shown").click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("eligibility-results-2025-06-30-part-time.csv");
    const rows = parseCsv(await readFile(await file.path(), "utf8"));
    // E-1002: 600 hours in 2021 (its initial period), 2022 and 2023 → 2023 ends a run of 3 → max(2024-01-01, 2024-01-01).
    expect(rows.slice(1).map((r) => [r[0], r[1], r[4], r[6], r[7], r[8], r[9]])).toEqual([
      ["E-1001", "false", "false", "true", "2025-01-01", "part-time", "2"],
      ["E-1001", "false", "false", "true", "2025-01-01", "part-time", "3"],
      ["E-1002", "false", "false", "true", "2024-01-01", "part-time", "4"],
    ]);
    const all = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download all 10 rows (CSV)" }).click();
    const allFile = await all;
    expect(allFile.suggestedFilename()).toBe("eligibility-results-2025-06-30.csv");
    const allRows = parseCsv(await readFile(await allFile.path(), "utf8"));
    expect(allRows.slice(1).map((r) => [r[0], r[8], r[9]])).toEqual([
      ["E-1001", "part-time", "2"],
      ["E-1001", "part-time", "3"],
      ["E-1002", "part-time", "4"],
      ["E-1003", "eligible", "5"],
      ["E-1004", "eligible", "6"],
      ["E-1005", "excluded", "7"],
      ["E-1006", "error", "8"],
      ["E-1007", "error", "9"],
      ["E-1007", "error", "10"],
      ["E-1008", "not-yet", "11"],
    ]);
    // E-1005 is excluded, but its dates are the API's: 2,000 hours in 2020-01-01..2020-12-31 → 2021-01-01.
    expect(allRows[6]!.slice(1, 5)).toEqual(["false", "2021-01-01", "2021-01-01", "true"]);
  });

  test("the templates download as CSV files with the right columns", async ({ page, request }) => {
    await open(page);
    const census = page.getByRole("link", { name: "Census template (CSV)" });
    await expect(census).toHaveAttribute("download", "census-template.csv");
    const censusFile = await request.get((await census.getAttribute("href"))!);
    expect(censusFile.headers()["content-type"]).toMatch(/^text\/csv/);
    expect(await censusFile.text()).toMatch(/^employeeId,employer,birthDate,employmentStartDate,highlyCompensated,priorYearCompensation,fivePercentOwner,terminationDate\r\n/);
    const hours = page.getByRole("link", { name: "Hours template (CSV)" });
    const hoursFile = await request.get((await hours.getAttribute("href"))!);
    expect(await hoursFile.text()).toMatch(/^employeeId,date,hours\r\n/);
    const download = page.waitForEvent("download");
    await hours.click();
    expect((await download).suggestedFilename()).toBe("hours-template.csv");
  });
});

test.describe("accessibility and small screens", () => {
  for (const width of [1280, 390]) {
    test(`axe finds nothing and nothing scrolls sideways at ${width} px: empty, answered for a rehire, roster loaded`, async ({ page }) => {
      // Four axe scans, one of a 120-row roster: on a loaded 2-core machine this takes over a minute.
      test.slow();
      await page.setViewportSize({ width, height: 900 });
      await open(page);
      await expectNoAxeViolations(page);
      await expectNoSidewaysScroll(page);
      await page.getByRole("button", { name: "Fill in an example" }).click();
      await page.getByLabel("Birth date").fill("1980-13-01");
      await page.getByLabel("Birth date").blur();
      await expectNoAxeViolations(page);
      await page.getByLabel("Birth date").fill("1980-02-29");
      await page.getByRole("button", { name: "Add a gap" }).click();
      await page.getByLabel("Gap 1: last day worked").fill("2002-10-31");
      await page.getByLabel("Gap 1: rehired on").fill("2003-01-06");
      await expect(page.getByTestId("gap")).toBeVisible();
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
