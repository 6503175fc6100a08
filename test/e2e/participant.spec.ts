/**
 * The participant page end to end: figures typed in match the figures worked by hand from
 * plan-rules.md, a link reproduces a scenario, the CSV holds the table, warnings and errors say
 * what is wrong beside the field, and the page is accessible, works at phone width and is light.
 */
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, expectNoSidewaysScroll } from "./axe";

/** The issue's projection example: 2 years, $12,000 / $3,000, $40,000 pay, 10%, 26.2% match, 6%. */
const PROJECTION_EXAMPLE =
  "asOf=2002-12-31&employer=SOS&birthDate=1970-07-04&yearsOfService=2&balances.deferral=12000&balances.match=3000&compensation=40000&salaryGrowthPercent=0&deferralPercent=10&matchPreset=2002&matchPercentOfDeferral=26.2&annualReturnPercent=6&years=1";

async function fill(page: Page, name: string, value: string) {
  const input = page.getByRole("textbox", { name, exact: true });
  await input.fill(value);
  await input.blur();
}

async function open(page: Page, fragment = "") {
  await page.goto(`/participant${fragment ? `#${fragment}` : ""}`);
  // The form is filled from the fragment once the page runs in the browser.
  await expect(page.getByLabel("As-of date")).not.toHaveValue("");
}

test.describe("the participant calculator", () => {
  test("typing a scenario gives the figures worked by hand", async ({ page }) => {
    await open(page);
    await fill(page, "As-of date", "2002-12-31");
    await fill(page, "Years of vesting service", "3");
    await fill(page, "Your deferrals balance", "10000");
    await fill(page, "Rollovers balance", "500");
    await fill(page, "Employer match balance", "4000.01");
    // 3 years → 50%; 4000.01 × 0.5 = 2000.005 → 2000.01 half-up; forfeitable 2000.00;
    // vested 10000 + 500 + 2000.01 = 12500.01.
    await expect(page.getByTestId("vested-total")).toHaveText("$12,500.01");
    await expect(page.getByTestId("vested-percent")).toHaveText("50%");
    await expect(page.getByTestId("forfeit-sentence")).toHaveText(
      "If your employment ended on December 31, 2002, you would keep $12,500.01; the other $2,000.00, the part of the employer match not yet vested, stays in your account and is lost for good after 5 plan years in a row with 500 hours or fewer (breaks in service), unless you come back to work before then.",
    );
    // Stay or go, years only, in cumulative words: 75% of 4000.01 = 3000.0075 → 3000.01 in all,
    // 1000.00 more than today's 2000.01; 100%: 4000.01 in all, 2000.00 more.
    await expect(page.getByTestId("stay-steps")).toContainText(
      "Complete 4 years of service (1 more plan year with 1,000 hours or more): 75% of your match is yours (vested): $3,000.01 in total ($1,000.00 more than today).",
    );
    await expect(page.getByTestId("stay-steps")).toContainText(
      "Complete 5 years of service (2 more plan years with 1,000 hours or more): 100% of your match is yours (vested): $4,000.01 in total ($2,000.00 more than today).",
    );

    // The projection example: 2 years, deferral 12000, match 3000, pay 40000, 10%, 26.2%, 6%.
    await fill(page, "Years of vesting service", "2");
    await fill(page, "Your deferrals balance", "12000");
    await fill(page, "Rollovers balance", "");
    await fill(page, "Employer match balance", "3000");
    await fill(page, "Birth date", "1970-07-04");
    await fill(page, "Next year's pay", "40000");
    await fill(page, "Deferral percent", "10");
    await fill(page, "Salary growth", "0");
    await fill(page, "Years to project", "1");
    // 2003: deferral 4000; match 26.2% × 4000 = 1048.00; deferral balance 12000 × 1.06 + 4000 × 1.03
    // = 16840.00; match balance 3000 × 1.06 + 1048 × 1.03 = 4259.44; 3 years → 50%: vested
    // 16840 + 2129.72 = 18969.72, forfeitable 2129.72; earnings 21099.44 − 15000 − 5048 = 1051.44.
    const row = page.getByTestId("projection-table").locator("tbody tr").first();
    // Year, age, years of service, vested %, total, vested and forfeitable show at 1280; every
    // other column is one tap away.
    await expect(row.locator("th, td").filter({ visible: true })).toHaveText(["2003", "33", "3", "step 50%", "$21,099.44", "$18,969.72", "$2,129.72"]);
    await page.getByRole("button", { name: "Show all columns" }).click();
    await expect(row.locator("th, td").filter({ visible: true })).toHaveText(
      ["2003", "33", "3", "step 50%", "$40,000.00", "$4,000.00", "$1,048.00", "$1,051.44", "$16,840.00", "$0.00", "$4,259.44", "$21,099.44", "$18,969.72", "$2,129.72"],
    );
    await expect(page.getByTestId("leave-sentence")).toHaveText("Leave at the end of 2003: you keep $18,969.72, you forfeit $2,129.72.");
    // Contribution limit for 2003: 15% of 40000 = 6000 < 402(g) 12000.
    await expect(page.getByTestId("max-deferral")).toHaveText("$6,000.00");
    await expect(page.getByTestId("binding-limit")).toHaveText("the plan's 15% cap");
    await expect(page.getByTestId("limit-warning")).toHaveCount(0);
  });

  test("stay or go with a start date: each step's date and days away", async ({ page }) => {
    await open(page);
    await fill(page, "As-of date", "2003-11-29");
    await page.getByRole("radio", { name: "Employment start date" }).check();
    await fill(page, "Employment start date", "2001-03-15");
    await fill(page, "Employer match balance", "4259.44");
    // 2003-11-29 → 2004-03-15: 1 + 31 + 31 + 29 + 15 = 107 days; 50% of 4259.44 = 2129.72.
    // → 2005-03-15: 472 days, 75% = 3194.58; → 2006-03-15: 837 days, 100% = 4259.44.
    // Each amount is the total vested at that step (cumulative), not an amount added to the one before.
    const steps = page.getByTestId("stay-steps").locator("li");
    await expect(steps).toHaveText([
      "50% Stay until March 15, 2004 (107 days): 50% of your match is yours (vested): $2,129.72 in total.",
      "75% Stay until March 15, 2005 (472 days): 75% of your match is yours (vested): $3,194.58 in total.",
      "100% Stay until March 15, 2006 (837 days): 100% of your match is yours (vested): $4,259.44 in total.",
    ]);
    // 2 completed years (2003-03-15) → 0%: nothing vested yet, all 4,259.44 of match not yet vested.
    await expect(page.getByTestId("forfeit-sentence")).toHaveText(
      "If your employment ended on November 29, 2003, none of your account would be yours yet: the $4,259.44 of employer match, not yet vested, stays in your account and is lost for good after 5 plan years in a row with 500 hours or fewer (breaks in service), unless you come back to work before then.",
    );
  });

  test("the plan terminated vests everything (Note 5)", async ({ page }) => {
    await open(page, "asOf=2002-12-31&yearsOfService=1&balances.match=1000");
    await expect(page.getByTestId("vested-percent")).toHaveText("0%");
    await page.getByLabel(/The plan is terminated/).check();
    await expect(page.getByTestId("vested-percent")).toHaveText("100%");
    await expect(page.getByTestId("stay-full")).toHaveText("The plan is terminated, so your match is fully vested: leaving now costs you none of it.");
  });

  test("a link reproduces the scenario, and editing updates the link in place", async ({ page, context }) => {
    const requests: string[] = [];
    page.on("request", (request) => requests.push(`${request.url()} ${request.postData() ?? ""}`));
    await open(page);
    const before = await page.evaluate(() => history.length);
    await fill(page, "As-of date", "2002-12-31");
    await fill(page, "Birth date", "1970-07-04");
    await fill(page, "Years of vesting service", "2");
    await fill(page, "Your deferrals balance", "12000");
    await fill(page, "Employer match balance", "3000");
    await fill(page, "Next year's pay", "40000");
    await fill(page, "Deferral percent", "10");
    await fill(page, "Salary growth", "0");
    await fill(page, "Years to project", "1");
    await page.getByLabel("Inflation rate").fill("2");
    await expect(page.getByTestId("leave-sentence")).toContainText("you keep $18,969.72");
    // replaceState, not navigation: no history entries were added.
    expect(await page.evaluate(() => history.length)).toBe(before);
    const url = page.url();
    expect(new URL(url).hash).toBe(
      "#asOf=2002-12-31&employer=SOS&birthDate=1970-07-04&yearsOfService=2&balances.deferral=12000&balances.match=3000&compensation=40000&salaryGrowthPercent=0&deferralPercent=10&matchPreset=2002&matchPercentOfDeferral=26.2&annualReturnPercent=6&years=1&inflationPercent=2",
    );
    // Nothing personal went to the server: no request carries the figures or the birth date.
    for (const request of requests) {
      expect(request).not.toContain("1970-07-04");
      expect(request).not.toContain("12000");
    }

    const other = await context.newPage();
    await other.goto(url);
    await expect(other.getByLabel("Birth date")).toHaveValue("1970-07-04");
    await expect(other.getByLabel("Years of vesting service")).toHaveValue("2");
    await expect(other.getByLabel("Inflation rate")).toHaveValue("2");
    // 18969.72 / 1.02 = 18597.7647… → 18597.76
    await expect(other.getByTestId("leave-sentence")).toHaveText(
      "Leave at the end of 2003: you keep $18,969.72, you forfeit $2,129.72. In today's dollars you keep $18,597.76.",
    );
  });

  test("the skip link does not wipe a scenario from the address", async ({ page }) => {
    await open(page, PROJECTION_EXAMPLE);
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
    await page.keyboard.press("Enter");
    // 2 years: 0% of the match; vested 12000 of 15000.
    await expect(page.getByTestId("vested-total")).toHaveText("$12,000.00");
    await expect.poll(() => new URL(page.url()).hash).toContain("balances.match=3000");
  });

  test("the CSV download holds the table", async ({ page }) => {
    await open(page, PROJECTION_EXAMPLE.replace("years=1", "years=2"));
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download the table (CSV)" }).click()]);
    expect(download.suggestedFilename()).toBe("sos-401k-projection-2002-12-31.csv");
    const path = await download.path();
    const { readFile } = await import("node:fs/promises");
    const lines = (await readFile(path, "utf8")).split("\r\n");
    expect(lines[0]).toBe(
      "planYear,age,yearsOfService,vestedPercent,compensation,deferral,match,earnings,balances.deferral,balances.rollover,balances.match,total,vested,forfeitable",
    );
    expect(lines[1]).toBe("2003,33,3,50,40000.00,4000.00,1048.00,1051.44,16840.00,0.00,4259.44,21099.44,18969.72,2129.72");
    // 2004: deferral 16840 × 1.06 + 4000 × 1.03 = 21970.40; match 4259.44 × 1.06 + 1048 × 1.03 =
    // 5594.4464 → 5594.45; total 27564.8464 → 27564.85; 4 years → 75%: vested 21970.40 + 5594.4464 × 0.75
    // (4195.8348) = 26166.2348 → 26166.23; forfeitable as printed 27564.85 − 26166.23 = 1398.62; earnings
    // 27564.8464 − 21099.44 − 5048 = 1417.4064 → 1417.41.
    expect(lines[2]).toBe("2004,34,4,75,40000.00,4000.00,1048.00,1417.41,21970.40,0.00,5594.45,27564.85,26166.23,1398.62");
    expect(lines).toHaveLength(4);
  });

  test("choosing a year says what leaving then keeps and forfeits", async ({ page }) => {
    await open(page, PROJECTION_EXAMPLE.replace("years=1", "years=3"));
    await page.getByLabel("Leave at the end of").selectOption("2004");
    await expect(page.getByTestId("leave-sentence")).toHaveText("Leave at the end of 2004: you keep $26,166.23, you forfeit $1,398.62.");
    await expect.poll(() => new URL(page.url()).hash).toContain("leaveYear=2004");
  });

  test("20% deferral warns and shows what is allowed, without blocking the figures", async ({ page }) => {
    await open(page, PROJECTION_EXAMPLE);
    await fill(page, "Next year's pay", "80000");
    await fill(page, "Deferral percent", "20");
    // 2003: 15% of 80000 = 12000 = 402(g) 12000 (a tie goes to the plan cap); 20% = 16000, 4000 over.
    await expect(page.getByTestId("limit-warning")).toHaveText(
      "Over the limit. 20% is more than the plan's 15% cap: 20% of $80,000.00 is $16,000.00, but at most $12,000.00 can be deferred in 2003. Only $12,000.00 is allowed ($4,000.00 over); the years ahead use the allowed amount.",
    );
    await expect(page.getByTestId("limit-warning-region")).toHaveAttribute("aria-live", "polite");
    await expect(page.getByTestId("allowed-deferral")).toHaveText("$12,000.00");
    // The projection uses the allowed 12000: match 26.2% × 12000 = 3144.00.
    await page.getByRole("button", { name: "Show all columns" }).click();
    await expect(page.getByTestId("projection-table").locator("tbody tr").first().locator("td").nth(5)).toHaveText("$3,144.00");
  });

  test("bad dates and negative balances get messages beside the field and hide only the figures that need them", async ({ page }) => {
    await open(page, PROJECTION_EXAMPLE);
    await expect(page.getByTestId("vested-total")).toBeVisible();

    await fill(page, "Birth date", "2003-02-29");
    const birthError = page.locator("#f-birthDate-message");
    await expect(birthError).toHaveText("Birth date is not a real calendar date (for example, 2003-02-29 does not exist).");
    await expect(birthError).toHaveAttribute("aria-live", "polite");
    await expect(page.getByLabel("Birth date")).toHaveValue("2003-02-29");
    await expect(page.getByLabel("Birth date")).toHaveAttribute("aria-invalid", "true");
    // Vested today does not use the birth date; the years ahead do.
    await expect(page.getByTestId("vested-total")).toHaveText("$12,000.00");
    await expect(page.getByTestId("projection-table")).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Your results" })).toContainText("Fix your birth date (see the message beside it) to see the years ahead.");
    await expect(page.getByTestId("problems")).toContainText("Birth date is not a real calendar date");

    await fill(page, "Employer match balance", "-5");
    await expect(page.locator("#f-balances-match-message")).toHaveText("Employer match balance must not be negative.");
    await expect(page.getByLabel("Employer match balance")).toHaveValue("-5");
    await expect(page.getByTestId("vested-total")).toHaveCount(0);
    // The contribution limit needs neither: 15% of 40000 = 6000.
    await expect(page.getByTestId("max-deferral")).toHaveText("$6,000.00");

    await fill(page, "As-of date", "2002-13-01");
    await expect(page.locator("#f-asOf-message")).toHaveText("As-of date is not a real calendar date (for example, 2003-02-29 does not exist).");
    await expect(page.getByTestId("max-deferral")).toHaveCount(0);

    // The messages and what was typed survive a reload of the link.
    await page.reload();
    await expect(page.locator("#f-balances-match-message")).toHaveText("Employer match balance must not be negative.");
    await expect(page.getByLabel("Birth date")).toHaveValue("2003-02-29");

    // Fixing them brings the figures back; a date may be typed MM/DD/YYYY, and is echoed in words.
    await fill(page, "As-of date", "12/31/2002");
    await expect(page.locator("#f-asOf-message")).toHaveText("");
    await expect(page.getByRole("form", { name: "Your figures" }).getByText("December 31, 2002", { exact: true })).toBeVisible();
    await fill(page, "Birth date", "1970-07-04");
    await fill(page, "Employer match balance", "3000");
    await expect(page.locator("#f-birthDate-message")).toHaveText("");
    await expect(page.getByTestId("leave-sentence")).toHaveText("Leave at the end of 2003: you keep $18,969.72, you forfeit $2,129.72.");
  });

  test("an error appearing on blur does not move the field under the pointer", async ({ page }) => {
    await open(page, PROJECTION_EXAMPLE);
    await page.getByLabel("As-of date").fill("2002-02-30");
    // Press on the birth date field below: the as-of date loses focus while the pointer is down.
    const below = page.getByRole("textbox", { name: "Birth date" });
    const before = (await below.boundingBox())!;
    await page.mouse.move(before.x + 20, before.y + before.height / 2);
    await page.mouse.down();
    await page.waitForTimeout(200);
    expect(await below.boundingBox()).toEqual(before);
    await page.mouse.up();
    await expect(below).toBeFocused();
    // Once the tap is over, the message shows beside the as-of date.
    await expect(page.locator("#f-asOf-message")).toHaveText("As-of date is not a real calendar date (for example, 2003-02-29 does not exist).");
  });

  test("a typo in the deferral % hides only the years ahead and the deferral's own figure", async ({ page }) => {
    await open(page, PROJECTION_EXAMPLE);
    await fill(page, "Deferral percent", "10x");
    await expect(page.locator("#f-deferralPercent-message")).toHaveText("Deferral percent must be a number from 0 to 100, such as 6 or 10.");
    // 2 years: 0% of the match; vested 12000 of 15000 — still shown.
    await expect(page.getByTestId("vested-total")).toHaveText("$12,000.00");
    await expect(page.getByTestId("stay-steps")).toBeVisible();
    await expect(page.getByTestId("max-deferral")).toHaveText("$6,000.00");
    await expect(page.getByTestId("allowed-deferral")).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Your results" })).toContainText("Fix the deferral percent (see the message beside it) to see your own deferral.");
    await expect(page.getByRole("region", { name: "Your results" })).toContainText("Fix the deferral % (see the message beside it) to see the years ahead.");
    await expect(page.getByTestId("projection-table")).toHaveCount(0);
  });

  test("a birth date after the as-of date is an error naming both; it hides the years ahead only", async ({ page }) => {
    await open(page, PROJECTION_EXAMPLE);
    await fill(page, "Birth date", "2003-01-01");
    await expect(page.locator("#f-birthDate-message")).toHaveText("Birth date is after the as-of date (2002-12-31); check both dates.");
    await expect(page.getByTestId("vested-total")).toHaveText("$12,000.00");
    await expect(page.getByTestId("projection-table")).toHaveCount(0);
  });

  test("keyboard only: fill a field, read the rule behind a figure, choose a year", async ({ page }) => {
    await open(page, PROJECTION_EXAMPLE.replace("years=1", "years=3"));
    await page.getByLabel("As-of date").focus();
    await page.keyboard.press("Tab"); // employer
    await page.keyboard.press("Tab"); // birth date
    await expect(page.getByLabel("Birth date")).toBeFocused();
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("1970-07-05");
    await expect(page.getByLabel("Birth date")).toHaveValue("1970-07-05");
    const why = page.getByText("Why? The rules behind what is vested today");
    await why.focus();
    await page.keyboard.press("Enter");
    await expect(page.locator("details", { has: why })).toHaveAttribute("open", "");
    await expect(page.locator("details", { has: why })).toContainText("(11-K Note 1.D)");
    await page.getByLabel("Leave at the end of").focus();
    await page.keyboard.press("ArrowDown");
    await expect(page.getByTestId("leave-sentence")).toContainText("Leave at the end of 2004");
  });

  test("axe finds no violations: empty, with figures and reasons open, and with errors", async ({ page }) => {
    await open(page);
    await expectNoAxeViolations(page);
    await open(page, PROJECTION_EXAMPLE.replace("years=1", "") + "&inflationPercent=2");
    await page.getByTestId("projection-table").waitFor();
    for (const summary of await page.locator("summary").all()) await summary.click();
    await expectNoAxeViolations(page);
    await open(page, "asOf=2002-12-31&birthDate=2003-02-29&yearsOfService=3&balances.match=-5");
    await expect(page.getByTestId("problems")).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("works at phone width (375 px) without sideways scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await open(page, "asOf=2003-11-29&birthDate=1975-05-01&employmentStartDate=2001-03-15&balances.deferral=15000&balances.match=4259.44&compensation=80000&deferralPercent=20&inflationPercent=2.5");
    await expect(page.getByTestId("limit-warning")).toBeVisible();
    await expect(page.getByTestId("projection-table")).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectNoAxeViolations(page);
    // The figures come after the form; one button leads straight to them.
    await page.getByRole("button", { name: "Jump to your figures" }).click();
    await expect(page.getByRole("region", { name: "Your results" })).toBeFocused();
    await expect(page.getByRole("heading", { name: "Vested today" })).toBeInViewport();
    // The wide table scrolls inside its own region, which the keyboard can reach.
    await expect(page.getByRole("region", { name: /Projection by plan year/ })).toHaveAttribute("tabindex", "0");
  });

  test("prints a one-page statement without the form", async ({ page }) => {
    // The birth date typed the US way (07/04/1970): on paper, like every date, in words.
    await open(page, PROJECTION_EXAMPLE.replace("years=1", "years=25").replace("birthDate=1970-07-04", "birthDate=07%2F04%2F1970"));
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("form", { name: "Your figures" })).toBeHidden();
    const summary = page.locator("section", { has: page.getByRole("heading", { name: "Your figures", includeHidden: true }) });
    await expect(summary).toContainText("As-of dateDecember 31, 2002");
    await expect(summary).toContainText("Birth dateJuly 4, 1970");
    await expect(page.getByText("Leave at the end of 2003: you keep $18,969.72")).toBeVisible();
    const pdf = await page.pdf({ format: "Letter" });
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages.length).toBe(1);
  });

  test("prints the temp worker's 25 years from hours on one page: the years to full vesting, then every fifth", async ({ page }) => {
    await open(page, TEMP_WORKER.replace("years=3", "years=25"));
    await expect(page.getByTestId("years-sentence")).toBeVisible();
    await page.emulateMedia({ media: "print" });
    // 2006 to 2030 (2 years today, 2005 assumed a year: 2007 is the 5th, 100%): on paper 2006 and 2007, then every
    // fifth year (2010, 2015, 2020, 2025) and the last, 2030.
    const table = page.getByRole("region", { name: /Projection by plan year/ });
    for (const year of ["2006", "2007", "2010", "2015", "2020", "2025", "2030"]) await expect(table.getByRole("rowheader", { name: year, exact: true })).toBeVisible();
    for (const year of ["2008", "2009", "2011", "2029"]) await expect(table.getByRole("rowheader", { name: year, exact: true })).toBeHidden();
    await expect(page.getByText("Printed: each year until your match is fully vested, then every fifth year and the last")).toBeVisible();
    const pdf = await page.pdf({ format: "Letter" });
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages.length).toBe(1);
  });
});

/**
 * The temp worker with a gap: first hired 2000-03-06, gone during 2001, rehired 2003-04-07, as of
 * 2005-06-30. Hours: 2000 1,400; 2001 300; 2002 none; 2003 700; 2004 1,200; 2005 so far 620.
 */
const TEMP_WORKER =
  "asOf=2005-06-30&employer=SOS&birthDate=1975-05-01&employmentStartDate=2000-03-06&service=hours&hoursByYear.2000=1400&hoursByYear.2001=300&hoursByYear.2002=0&hoursByYear.2003=700&hoursByYear.2004=1200&hoursByYear.2005=620&balances.deferral=5000&balances.match=1777.78&compensation=30000&salaryGrowthPercent=0&deferralPercent=6&matchPreset=2002&matchPercentOfDeferral=26.2&annualReturnPercent=6&years=3";

/** A link built by HR with several dated entries a year, and one entry after the as-of date. */
const HR_ENTRIES: [string, number][] = [
  ["2000-06-30", 600],
  ["2000-12-31", 800],
  ["2001-03-31", 300],
  ["2003-09-30", 400],
  ["2003-12-31", 300],
  ["2004-06-30", 600],
  ["2004-09-30", 450],
  ["2005-03-31", 300],
  ["2005-06-30", 320],
  ["2005-09-30", 400],
];
const HR_LINK =
  "asOf=2005-06-30&employmentStartDate=2000-03-06&balances.deferral=5000&balances.match=1777.78&" +
  HR_ENTRIES.map(([date, hours], index) => `hours.${index}.date=${date}&hours.${index}.hours=${hours}`).join("&");

test.describe("hours in each plan year", () => {
  test("typed year by year: the record, the years counted, this year's progress and the forfeiture date", async ({ page }) => {
    await open(page);
    await fill(page, "As-of date", "06/30/2005");
    await page.getByRole("radio", { name: /Hours in each plan year/ }).check();
    await fill(page, "Employment start date", "2000-03-06");
    await expect(page.getByText("Each past year's hours count as worked by December 31 of that year. This year's hours so far count as worked by the as-of date, June 30, 2005.")).toBeVisible();
    for (const [year, hours] of [["2000", "1400"], ["2001", "300"], ["2002", "0"], ["2003", "700"], ["2004", "1,200"]]) await fill(page, `Hours in ${year}`, hours!);
    await fill(page, "Hours in 2005 so far", "620");
    await fill(page, "Your deferrals balance", "5000");
    await fill(page, "Employer match balance", "1777.78");

    // 2000 (1,400) and 2004 (1,200) are years of service; 2001 (300) and 2002 (0) are breaks;
    // 2003 (700) is neither: 2 years → 0%. By the first hire date alone it would read 5 years, 100%.
    await expect(page.getByTestId("vested-percent")).toHaveText("0%");
    await expect(page.getByTestId("vested-total")).toHaveText("$5,000.00");
    await expect(page.getByTestId("years-sentence")).toHaveText("2 years of service counted: 0% of your employer match is vested.");
    await expect(page.getByTestId("service-table").locator("tbody tr")).toHaveText([
      "20001,400Year of service",
      "2001300Break in service (500 hours or fewer)",
      "20020Break in service (500 hours or fewer)",
      "2003700Neither (more than 500, fewer than 1,000 hours)",
      "20041,200Year of service",
      "2005620This year so far: 380 more hours make it a year of service",
    ]);
    // 1,000 − 620 = 380; a 3rd year → 50% of 1777.78 = 888.89.
    await expect(page.getByTestId("progress-sentence")).toHaveText(
      "You have 620 hours this year (2005) so far. Work 380 more hours by December 31, 2005 and 50% of your match vests: $888.89.",
    );
    // Last year with more than 500 hours: 2005 → breaks 2006 to 2010 → forfeited 2011-01-01.
    await expect(page.getByTestId("forfeit-date-sentence")).toHaveText(
      "If no more hours come after the last ones given, the part of your match that is not vested ($1,777.78 today) stays in your account until the end of your 5th break in service in a row (2006 to 2010) and is forfeited on January 1, 2011. Come back before January 1, 2011 and it can still vest: a plan year with more than 500 hours is not a break.",
    );
    // Stay or go from the hours, cumulative: 50% 888.89; 75% of 1777.78 = 1333.335 → 1333.34; 100% 1777.78.
    await expect(page.getByTestId("stay-steps").locator("li")).toHaveText([
      "50% Reach 3 years of service: work 380 more hours by December 31, 2005. Then 50% of your match is yours (vested): $888.89 in total.",
      "75% Reach 4 years of service: this year (380 more hours) and 1 more plan year with 1,000 hours or more, so by December 31, 2006 at the earliest. Then 75% of your match is yours (vested): $1,333.34 in total.",
      "100% Reach 5 years of service: this year (380 more hours) and 2 more plan years with 1,000 hours or more, so by December 31, 2007 at the earliest. Then 100% of your match is yours (vested): $1,777.78 in total.",
    ]);
    // 20% of 1,777.78 = 355.556 → 355.56.
    await expect(page.getByTestId("law-caveat")).toContainText(
      "At 2 years of service: if the 3-year cliff schedule applies, none of your match is yours yet ($0.00); if the 2-to-6-year graded schedule applies, 20% of your match is yours ($355.56).",
    );
    // The page writes its own short form of the rows, and says it chose hours.
    const hash = new URL(page.url()).hash;
    expect(hash).toContain("employmentStartDate=2000-03-06&service=hours&hoursByYear.2000=1400&hoursByYear.2001=300&hoursByYear.2002=0&hoursByYear.2003=700&hoursByYear.2004=1%2C200&hoursByYear.2005=620");
    await page.reload();
    await expect(page.getByLabel("Hours in 2004")).toHaveValue("1,200");
    await expect(page.getByTestId("years-sentence")).toHaveText("2 years of service counted: 0% of your employer match is vested.");
  });

  test("the years ahead start from the years the hours give today", async ({ page }) => {
    await open(page, TEMP_WORKER);
    // 2 years today; 2005 (open, 620 so far) assumed a year as "Stay or go" does: 2006 → 4 (75%), 2007 → 5 (100%).
    // 2006: deferral 5000 × 1.06 + 1800 × 1.03 = 7154.00; match 1777.78 × 1.06 + 471.60 × 1.03 = 2370.1948;
    // total 9524.1948 → 9524.19; vested 7154 + 0.75 × 2370.1948 = 8931.6461 → 8931.65; forfeitable 592.54.
    const first = page.getByTestId("projection-table").locator("tbody tr").first();
    await expect(first.locator("th, td").filter({ visible: true })).toHaveText(["2006", "31", "4", "step 75%", "$9,524.19", "$8,931.65", "$592.54"]);
    // "Stay or go" says the same years: 75% by December 31, 2006, 100% by December 31, 2007.
    await expect(page.getByTestId("stay-steps").locator("li").nth(1)).toContainText("so by December 31, 2006 at the earliest. Then 75%");
    await expect(page.getByTestId("stay-steps").locator("li").nth(2)).toContainText("so by December 31, 2007 at the earliest. Then 100%");
    await expect(page.getByTestId("projection-table").locator("tbody tr").nth(1)).toContainText("step 100%");
    // The one assumption, stated once, with the pace of the hours so far (620 × 365 ≥ 1,000 × 181).
    await expect(page.getByRole("region", { name: "Your results" })).toContainText(
      "They start from your 2 years of service counted from your hours on June 30, 2005, and assume you work 1,000 hours or more in each plan year from now: 2005 counts once you work 380 more hours by December 31, 2005, and each plan year after it adds one more. At the pace of your hours so far (620 by June 30, 2005), you would get there.",
    );
  });

  test("a link with the API's hours.N.* names opens in the hours mode with the API's figures for those entries", async ({ page, request }) => {
    const answer = await request.post("/api/v1/vesting", {
      data: { employmentStartDate: "2000-03-06", asOf: "2005-06-30", balances: { deferral: "5000", match: "1777.78" }, hours: HR_ENTRIES.map(([date, hours]) => ({ date, hours })) },
    });
    expect(answer.status()).toBe(200);
    const api = (await answer.json()) as { yearsOfService: number; vestedPercent: number; vested: { total: string }; stepsAhead: { reachedOn: string | null }[]; service: { forfeitsOn: string } };
    // By hand: 2000 600 + 800 = 1,400 (year); 2001 300 (break); 2002 0 (break); 2003 700 (neither);
    // 2004 600 + 450 = 1,050 (year, reached 2004-09-30); 2005 620 by June 30, + 400 on 2005-09-30 ahead.
    expect([api.yearsOfService, api.vestedPercent, api.vested.total, api.stepsAhead[0]!.reachedOn, api.service.forfeitsOn]).toEqual([2, 0, "5000.00", "2005-09-30", "2011-01-01"]);

    await open(page, HR_LINK);
    await expect(page.getByRole("radio", { name: /Hours in each plan year/ })).toBeChecked();
    await expect(page.getByTestId("hours-from-link")).toContainText("These hours came from a link as 10 dated entries, and they are counted exactly as given.");
    await expect(page.getByTestId("hours-from-link")).toContainText("1 entry is dated after the as-of date");
    await expect(page.getByLabel("Hours in 2000")).toHaveValue("1,400");
    await expect(page.getByLabel("Hours in 2005 so far")).toHaveValue("620");
    await expect(page.getByTestId("vested-percent")).toHaveText(`${api.vestedPercent}%`);
    await expect(page.getByTestId("vested-total")).toHaveText("$5,000.00");
    await expect(page.getByTestId("years-sentence")).toHaveText(`${api.yearsOfService} years of service counted: 0% of your employer match is vested.`);
    await expect(page.getByTestId("stay-steps").locator("li").first()).toHaveText(
      "50% On the hours given you reach 3 years of service on September 30, 2005: 50% of your match is yours (vested): $888.89 in total.",
    );
    await expect(page.getByTestId("forfeit-date-sentence")).toContainText("is forfeited on January 1, 2011");
    // The link the page keeps still carries the entries as given.
    expect(new URL(page.url()).hash).toContain("hours.9.date=2005-09-30&hours.9.hours=400");

    // Changing a year replaces the entries with one total a year.
    await fill(page, "Hours in 2003", "1000");
    await expect(page.getByTestId("hours-from-link")).toHaveCount(0);
    await expect.poll(() => new URL(page.url()).hash).toContain("hoursByYear.2003=1000");
    expect(new URL(page.url()).hash).not.toContain("hours.0.date");
    // 2000, 2003 (1,000) and 2004: 3 years → 50% of 1777.78 = 888.89; vested 5888.89.
    await expect(page.getByTestId("vested-percent")).toHaveText("50%");
    await expect(page.getByTestId("vested-total")).toHaveText("$5,888.89");
  });

  test("the helpers: weeks × hours a week, and lines pasted from a spreadsheet", async ({ page }) => {
    await open(page, "asOf=2005-06-30&employmentStartDate=2000-03-06&service=hours&balances.match=1000");
    await page.getByText("Work out a year: weeks × hours a week").click();
    await page.getByLabel("Plan year", { exact: true }).selectOption("2003");
    await page.getByLabel("Weeks worked").fill("35");
    await page.getByLabel("Hours a week").fill("20");
    await expect(page.getByText("35 × 20 = 700 hours.")).toBeVisible();
    await page.getByRole("button", { name: "Put these hours in 2003" }).click();
    await expect(page.getByLabel("Hours in 2003")).toHaveValue("700");

    await page.getByText("Paste from a spreadsheet").click();
    await page.getByLabel(/Two columns: the year/).fill("Year\tHours\n2000\t1,400\n2001\t300\n2004\t1200\n2005\t620\n1999\t40");
    await page.getByRole("button", { name: "Use these lines" }).click();
    await expect(page.getByTestId("paste-result")).toHaveText("Hours put in 2000, 2001, 2004, 2005.Line 6: 1999 is not one of the plan years 2000 to 2005.");
    await expect(page.getByLabel("Hours in 2000")).toHaveValue("1,400");
    await expect(page.getByLabel("Hours in 2003")).toHaveValue("700");
    await expect(page.getByTestId("years-sentence")).toHaveText("2 years of service counted: 0% of your employer match is vested.");
  });

  test("a year's typo is named beside it and hides only what the hours decide", async ({ page }) => {
    await open(page, TEMP_WORKER);
    await fill(page, "Hours in 2003", "7OO");
    await expect(page.locator("#f-hoursByYear-2003-message")).toHaveText("Hours in 2003 must be a number of hours, such as 80 or 7.5.");
    await expect(page.getByTestId("vested-total")).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Your results" })).toContainText("Fix your hours (see the message beside it) to see what is vested today.");
    // The contribution limit does not use the hours: 15% of 30000 = 4500.
    await expect(page.getByTestId("max-deferral")).toHaveText("$4,500.00");
    await page.getByTestId("problems").getByRole("button", { name: /Hours in 2003/ }).click();
    await expect(page.getByLabel("Hours in 2003")).toBeFocused();
  });

  test("axe finds no violations in the hours mode, helpers open, at phone width too", async ({ page }) => {
    await open(page, TEMP_WORKER);
    await page.getByText("Work out a year: weeks × hours a week").click();
    await page.getByText("Paste from a spreadsheet").click();
    for (const summary of await page.getByRole("region", { name: "Your results" }).locator("summary").all()) await summary.click();
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoSidewaysScroll(page);
    await expectNoAxeViolations(page);
    await open(page, HR_LINK);
    await expectNoAxeViolations(page);
  });
});

test.describe("the law's minimum schedules beside a percentage read at 2 to 4 years (IRC 411(a)(12))", () => {
  for (const [years, shown] of [
    ["1", null],
    // The greater of each schedule's % and the plan's (0/50/75), of a $1,000 match.
    ["2", "At 2 years of service: if the 3-year cliff schedule applies, none of your match is yours yet ($0.00); if the 2-to-6-year graded schedule applies, 20% of your match is yours ($200.00)."],
    ["3", "At 3 years of service: if the 3-year cliff schedule applies, all of your match is yours ($1,000.00); if the 2-to-6-year graded schedule applies, 50% of your match is yours ($500.00)."],
    ["4", "At 4 years of service: if the 3-year cliff schedule applies, all of your match is yours ($1,000.00); if the 2-to-6-year graded schedule applies, 75% of your match is yours ($750.00)."],
    ["5", null],
  ] as const) {
    test(`${years} years: ${shown ? "the caveat" : "no caveat"}`, async ({ page }) => {
      await open(page, `asOf=2005-06-30&yearsOfService=${years}&balances.match=1000`);
      await expect(page.getByTestId("vested-percent")).toBeVisible();
      if (shown) {
        await expect(page.getByTestId("law-caveat")).toContainText(shown);
        await expect(page.getByTestId("law-caveat")).toContainText("Ask HR (the plan administrator) which applies to your match before you decide to leave.");
      } else await expect(page.getByTestId("law-caveat")).toHaveCount(0);
    });
  }
});

/**
 * Long projections in the millions (the last total about $8.4 million), and in the tens of
 * millions (about $21 million), with the three steps in three years in a row.
 */
const BIG = "asOf=2005-06-30&birthDate=1985-01-01&yearsOfService=2&balances.deferral=150000&balances.match=900000&compensation=250000&salaryGrowthPercent=2&deferralPercent=15&matchPercentOfDeferral=100&matchPreset=custom&annualReturnPercent=2&inflationPercent=2&years=60";
const BIGGER = BIG.replace("annualReturnPercent=2&", "annualReturnPercent=4&");

test.describe("the years ahead fit the screen", () => {
  for (const [width, fragment, size] of [
    [1280, BIG, "millions"],
    [390, BIG, "millions"],
    [1280, BIGGER, "tens of millions"],
    [390, BIGGER, "tens of millions"],
  ] as const) {
    test(`at ${width} wide, ${size}: year, total, vested and forfeitable without sideways scrolling; the rest one tap away`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await open(page, fragment);
      const table = page.getByTestId("projection-table");
      await expect(table.locator("tbody tr")).toHaveCount(60);
      for (const name of ["Year", "Total", "Vested", "Forfeitable if you leave"]) await expect(table.getByRole("columnheader", { name, exact: true })).toBeVisible();
      await expect(table.getByRole("columnheader", { name: "Pay", exact: true })).toBeHidden();
      const scroll = page.getByTestId("projection-scroll");
      const { scrollWidth, clientWidth } = await scroll.evaluate((element) => ({ scrollWidth: element.scrollWidth, clientWidth: element.clientWidth }));
      expect(scrollWidth, "the table's width inside its box").toBeLessThanOrEqual(clientWidth);
      await expectNoSidewaysScroll(page);
      await expect(table.locator("tbody tr").last().locator("td").nth(10)).toHaveText(size === "millions" ? /^\$\d,\d{3},\d{3}\.\d{2}$/ : /^\$\d\d,\d{3},\d{3}\.\d{2}$/);
      await page.getByRole("button", { name: "Show all columns" }).click();
      await expect(table.getByRole("columnheader", { name: "Pay", exact: true })).toBeVisible();
      await expect(table.getByRole("columnheader", { name: "Vested, today's dollars" })).toBeVisible();
      await expect(page.getByRole("button", { name: "Show fewer columns" })).toHaveAttribute("aria-expanded", "true");
    });

  }
  for (const width of [1280, 390]) {
    test(`at ${width} wide: no two chart labels overlap`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await open(page, BIG);
      await expect(page.locator("figure svg")).toBeVisible();
      const boxes = await page.locator("figure svg text").evaluateAll((texts) =>
        texts.map((text) => {
          const box = text.getBoundingClientRect();
          return { text: text.textContent, left: box.left, right: box.right, top: box.top, bottom: box.bottom };
        }),
      );
      expect(boxes.filter((box) => box.text?.endsWith("%"))).toHaveLength(3);
      const overlaps: string[] = [];
      boxes.forEach((a, i) =>
        boxes.slice(i + 1).forEach((b) => {
          if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) overlaps.push(`${a.text} / ${b.text}`);
        }),
      );
      expect(overlaps).toEqual([]);
      const svg = await page.locator("figure svg").boundingBox();
      for (const box of boxes) {
        expect(box.left, `${box.text} inside the chart`).toBeGreaterThanOrEqual(svg!.x - 0.5);
        expect(box.right, `${box.text} inside the chart`).toBeLessThanOrEqual(svg!.x + svg!.width + 0.5);
      }
    });
  }
});

test.describe("age", () => {
  test("a start date that makes someone younger than 14 is a warning, not an error", async ({ page }) => {
    await open(page, "asOf=2005-06-30&birthDate=1990-05-01&employmentStartDate=2002-06-01&balances.match=1000");
    // Born 1990-05-01: 12 on 2002-06-01.
    await expect(page.locator("#f-employmentStartDate-message")).toHaveText(
      "With your birth date, you were 12 on this start date, younger than 14. Please check both dates; the figures use them as typed.",
    );
    await expect(page.getByRole("textbox", { name: "Employment start date" })).not.toHaveAttribute("aria-invalid", "true");
    // 2002-06-01 → 2005-06-01: 3 completed years → 50%; still shown.
    await expect(page.getByTestId("vested-percent")).toHaveText("50%");
    // 15 on 2005-06-30: under 21; 21 on 2011-05-01.
    await expect(page.getByTestId("age-sentence")).toHaveText(
      "You are 15 on June 30, 2005: under 21. The plan lets you join at 21, from May 1, 2011, once you also meet the service rule. Your service for vesting still counts from your first hour of work.",
    );
  });

  test("21 on the as-of date: no sentence", async ({ page }) => {
    await open(page, "asOf=2005-06-30&birthDate=1984-06-30&yearsOfService=1");
    await expect(page.getByTestId("vested-percent")).toBeVisible();
    await expect(page.getByTestId("age-sentence")).toHaveCount(0);
  });
});

test.describe("the JavaScript budget", () => {
  /** Bytes of every script a page loads (route prefetches of other pages blocked, for both pages alike). */
  async function scriptBytes(page: Page, path: string): Promise<{ decoded: number; transferred: number }> {
    await page.route("**/*", (route) => {
      const request = route.request();
      if (request.headers()["next-router-prefetch"] || request.url().includes("_rsc=")) return route.abort();
      return route.continue();
    });
    const sizes: Promise<{ decoded: number; transferred: number }>[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() !== "script") return;
      sizes.push(
        (async () => ({ decoded: (await response.body()).length, transferred: (await response.request().sizes()).responseBodySize }))(),
      );
    });
    await page.goto(path, { waitUntil: "networkidle" });
    const all = await Promise.all(sizes);
    return { decoded: all.reduce((sum, size) => sum + size.decoded, 0), transferred: all.reduce((sum, size) => sum + size.transferred, 0) };
  }

  test("/participant loads at most 1.3 times the JavaScript of the 404 page", async ({ browser }, testInfo) => {
    const participantPage = await browser.newPage();
    const participant = await scriptBytes(participantPage, `/participant#${PROJECTION_EXAMPLE}`);
    await expect(participantPage.getByTestId("projection-table")).toBeVisible();
    const notFoundPage = await browser.newPage();
    const notFound = await scriptBytes(notFoundPage, "/no-such-page-for-the-budget");
    const ratio = participant.decoded / notFound.decoded;
    const transferredRatio = participant.transferred / notFound.transferred;
    const report = `/participant ${participant.decoded} B decoded (${participant.transferred} B transferred); 404 ${notFound.decoded} B decoded (${notFound.transferred} B transferred); ratio ${ratio.toFixed(3)} decoded, ${transferredRatio.toFixed(3)} transferred`;
    testInfo.annotations.push({ type: "js-budget", description: report });
    console.log(report);
    expect(notFound.decoded).toBeGreaterThan(0);
    expect(ratio, report).toBeLessThanOrEqual(1.3);
  });

  test("/es/participant loads at most 1.3 times the JavaScript of the 404 page too", async ({ browser }, testInfo) => {
    const spanishPage = await browser.newPage();
    const spanish = await scriptBytes(spanishPage, `/es/participant#${PROJECTION_EXAMPLE}`);
    await expect(spanishPage.getByTestId("projection-table")).toBeVisible();
    const notFoundPage = await browser.newPage();
    const notFound = await scriptBytes(notFoundPage, "/no-such-page-for-the-budget");
    const ratio = spanish.decoded / notFound.decoded;
    const report = `/es/participant ${spanish.decoded} B decoded (${spanish.transferred} B transferred); 404 ${notFound.decoded} B decoded; ratio ${ratio.toFixed(3)} decoded`;
    testInfo.annotations.push({ type: "js-budget", description: report });
    console.log(report);
    expect(notFound.decoded).toBeGreaterThan(0);
    expect(ratio, report).toBeLessThanOrEqual(1.3);
  });
});
