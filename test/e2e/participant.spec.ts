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
    await expect(page.getByTestId("forfeit-sentence")).toHaveText("If your employment ended on 2002-12-31 you would forfeit $2,000.00 of employer match.");
    // Stay or go, years only: 75% of 4000.01 = 3000.0075 → 3000.01, 1000.00 more; 100%: 2000.00 more.
    await expect(page.getByTestId("stay-steps")).toContainText("Complete 4 years of service (within 1 more year) and $1,000.00 more of your match vests.");
    await expect(page.getByTestId("stay-steps")).toContainText("Complete 5 years of service (within 2 more years) and $2,000.00 more of your match vests.");

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
    await expect(row).toHaveText(
      ["2003", "33", "3", "step 50%", "$40,000.00", "$4,000.00", "$1,048.00", "$1,051.44", "$16,840.00", "$0.00", "$4,259.44", "$21,099.44", "$18,969.72", "$2,129.72"].join(""),
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
    const steps = page.getByTestId("stay-steps").locator("li");
    await expect(steps).toHaveText([
      "50% Stay until 2004-03-15 (107 days) and $2,129.72 more of your match vests.",
      "75% Stay until 2005-03-15 (472 days) and $3,194.58 more of your match vests.",
      "100% Stay until 2006-03-15 (837 days) and $4,259.44 more of your match vests.",
    ]);
    await expect(page.getByTestId("forfeit-sentence")).toHaveText("If your employment ended on 2003-11-29 you would forfeit $4,259.44 of employer match.");
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
    // 5594.4464 → 5594.45; total 27564.8464 → 27564.85; 4 years → 75%: forfeitable 5594.4464 × 0.25 =
    // 1398.6116 → 1398.61; vested 27564.85 − 1398.61 = 26166.24; earnings 27564.8464 − 21099.44 − 5048
    // = 1417.4064 → 1417.41.
    expect(lines[2]).toBe("2004,34,4,75,40000.00,4000.00,1048.00,1417.41,21970.40,0.00,5594.45,27564.85,26166.24,1398.61");
    expect(lines).toHaveLength(4);
  });

  test("choosing a year says what leaving then keeps and forfeits", async ({ page }) => {
    await open(page, PROJECTION_EXAMPLE.replace("years=1", "years=3"));
    await page.getByLabel("Leave at the end of").selectOption("2004");
    await expect(page.getByTestId("leave-sentence")).toHaveText("Leave at the end of 2004: you keep $26,166.24, you forfeit $1,398.61.");
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
    await expect(page.getByTestId("projection-table").locator("tbody tr").first().locator("td").nth(5)).toHaveText("$3,144.00");
  });

  test("bad dates and negative balances get messages beside the field and never produce figures", async ({ page }) => {
    await open(page, PROJECTION_EXAMPLE);
    await expect(page.getByTestId("vested-total")).toBeVisible();

    await fill(page, "Birth date", "2003-02-29");
    const birthError = page.locator("#f-birthDate-error");
    await expect(birthError).toHaveText("Birth date is not a real calendar date (for example, 2003-02-29 does not exist).");
    await expect(birthError).toHaveAttribute("aria-live", "polite");
    await expect(page.getByLabel("Birth date")).toHaveValue("2003-02-29");
    await expect(page.getByLabel("Birth date")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByTestId("vested-total")).toHaveCount(0);
    await expect(page.getByTestId("projection-table")).toHaveCount(0);
    await expect(page.getByTestId("problems")).toContainText("Birth date is not a real calendar date");

    await fill(page, "Employer match balance", "-5");
    await expect(page.locator("#f-balances-match-error")).toHaveText("Employer match balance must not be negative.");
    await expect(page.getByLabel("Employer match balance")).toHaveValue("-5");

    await fill(page, "As-of date", "2002-13-01");
    await expect(page.locator("#f-asOf-error")).toHaveText("As-of date is not a real calendar date (for example, 2003-02-29 does not exist).");

    // The messages and what was typed survive a reload of the link.
    await page.reload();
    await expect(page.locator("#f-balances-match-error")).toHaveText("Employer match balance must not be negative.");
    await expect(page.getByLabel("Birth date")).toHaveValue("2003-02-29");

    // Fixing them brings the figures back.
    await fill(page, "As-of date", "2002-12-31");
    await fill(page, "Birth date", "1970-07-04");
    await fill(page, "Employer match balance", "3000");
    await expect(page.locator("#f-birthDate-error")).toHaveText("");
    await expect(page.getByTestId("leave-sentence")).toHaveText("Leave at the end of 2003: you keep $18,969.72, you forfeit $2,129.72.");
  });

  test("a birth date after the as-of date is an error naming both", async ({ page }) => {
    await open(page, PROJECTION_EXAMPLE);
    await fill(page, "Birth date", "2003-01-01");
    await expect(page.locator("#f-birthDate-error")).toHaveText("Birth date is after the as-of date (2002-12-31); check both dates.");
    await expect(page.getByTestId("vested-total")).toHaveCount(0);
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
    await open(page, PROJECTION_EXAMPLE.replace("years=1", "years=25"));
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("form", { name: "Your figures" })).toBeHidden();
    await expect(page.getByText("Leave at the end of 2003: you keep $18,969.72")).toBeVisible();
    const pdf = await page.pdf({ format: "Letter" });
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages.length).toBe(1);
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
});
