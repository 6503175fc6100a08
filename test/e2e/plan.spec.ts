import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, expectNoSidewaysScroll } from "./axe";

test.describe("the plan facts page", () => {
  test("shows each provision with its citation and quote", async ({ page }) => {
    await page.goto("/plan");
    const vesting = page.locator("#vesting");
    await expect(vesting).toContainText("less than 3 years 0%, 3 years 50%, 4 years 75%, 5 years or more 100%");
    await expect(vesting).toContainText("“Participants are immediately vested in their voluntary contributions");
    await expect(vesting.locator("cite")).toHaveText("11-K Note 1.D");
    await expect(page.getByRole("heading", { name: "Eligibility: Inteliant Corporation" })).toBeVisible();
    await expect(page.locator("article", { hasText: "Eligibility: Inteliant Corporation" })).toContainText("the 91st day following the day of the first hour of service");
    await expect(page.locator("article", { hasText: "Plan termination" }).locator("cite")).toHaveText("11-K Note 5");
  });

  test("states each reading where the report is silent as a sentence, with why, and no identifiers", async ({ page }) => {
    await page.goto("/plan");
    const options = page.locator("section", { has: page.locator("h2#options") });
    await expect(options.locator("dt")).toHaveCount(14);
    const option = (key: string) => options.locator(`[data-option="${key}"]`);
    await expect(option("feb29Anniversary")).toContainText(
      "This calculator: In a year without February 29, the birthday or anniversary is March 1: someone born on February 29, 1984 turns 21 on March 1, 2005.",
    );
    await expect(option("feb29Anniversary")).toContainText("The other reading: In a year without February 29, the birthday or anniversary is February 28.");
    await expect(option("catchUp")).toContainText("This calculator: The plan offers no catch-up contributions");
    await expect(option("catchUp")).toContainText("Why: The report does not mention catch-up contributions");
    await expect(option("serviceCredited")).toContainText("This calculator: The year of service counts from the day after the end of the 12 months in which the employee reaches 1,000 hours.");
    await expect(option("fullVestingOn")).toContainText(
      "The match becomes fully vested when the plan is terminated (ended). It does not when the participant dies, the participant becomes disabled or the participant retires.",
    );
    await expect(option("ruleOfParity")).toContainText("This calculator: A break in service never takes away the years of service before it.");
    await expect(option("longTermPartTimeMatch")).toContainText("This calculator: Long-term part-time employees get no employer match.");
    // No developer labels anywhere on the page.
    const text = await page.locator("main").innerText();
    for (const label of ["feb29Anniversary", "march1", "(in force)", "endOfPeriod", "planYear", "onThousandthHour", "This plan: false", "party-in-interest", "do not foot"]) {
      expect(text, label).not.toContain(label);
    }
    expect(text).not.toMatch(/\b(true|false)\b/);
    await expect(page.locator("main code")).toHaveCount(0);
  });

  test("the part-time and break-in-service rules, with their sources", async ({ page }) => {
    await page.goto("/plan");
    const breaks = page.locator("#breaks");
    await expect(breaks).toContainText("A plan year with 1,000 hours or more is a year of service");
    await expect(breaks).toContainText("A plan year that has ended with 500 hours or fewer is a break in service");
    await expect(breaks).toContainText("until the end of the 5th break in service in a row");
    await expect(breaks.locator("cite")).toHaveText("29 CFR 2530.200b-1, 2530.203-2; 29 CFR 2530.200b-4; IRC 411(a)(6)(C); 11-K Note 1.G");
    const partTime = page.locator("#part-time");
    await expect(partTime).toContainText("500 hours or more in each of several 12-month periods (3 in a row for dates from January 1, 2024 to December 31, 2024; 2 in a row from January 1, 2025)");
    await expect(partTime).toContainText("The law does not require an employer match for them, and this plan gives none.");
    await expect(partTime.locator("cite")).toHaveText("IRC 401(k)(2)(D), 401(k)(15); IRC 401(k)(2)(D) as amended by SECURE 2.0 §125");
  });

  test("the vesting schedule fails IRC 411(a)(12) for 2002 and passes the pre-2002 minimums", async ({ page }) => {
    await page.goto("/plan");
    const y2002 = page.getByTestId("finding-2002");
    await expect(y2002.getByRole("heading")).toHaveText("Plan year 2002: does not meet the minimum vesting rules");
    // 3-year cliff wants 100% at 3 years (plan: 50%); 2-to-6 graded wants 20% at 2 years (plan: 0%).
    await expect(y2002).toContainText("It fails the 3-year cliff minimum: at 3 years it gives 50% where 100% is required. (IRC 411(a)(12)(A))");
    await expect(y2002).toContainText("It fails the 2-to-6-year graded minimum: at 2 years it gives 0% where 20% is required. (IRC 411(a)(12)(B))");
    await expect(y2002).toContainText("So the schedule meets neither minimum for matching contributions of plan year 2002.");

    const y2001 = page.getByTestId("finding-2001");
    await expect(y2001.getByRole("heading")).toHaveText("Plan year 2001: meets the minimum vesting rules");
    // 5-year cliff: 100% at 5 (plan 100%). 3-to-7 graded: 20/40/60 at 3/4/5 (plan 50/75/100).
    await expect(y2001).toContainText("It meets the 5-year cliff minimum at every year of service.");
    await expect(y2001).toContainText("It meets the 3-to-7-year graded minimum at every year of service.");
    await expect(y2001).toContainText("So the schedule complies for plan year 2001.");
  });

  test("lists the IRS limits, the catch-up columns marked as not in this plan, and the fund line-up", async ({ page }) => {
    await page.goto("/plan");
    await expect(page.getByRole("columnheader", { name: /Catch-up, age 50\+.*not in this plan/ })).toBeVisible();
    await expect(page.getByRole("columnheader", { name: /Catch-up, ages 60–63.*not in this plan/ })).toBeVisible();
    await expect(page.getByText("Catch-up contributions are not in this plan")).toBeVisible();
    // The HCE thresholds of 1997–2001 stay listed.
    await expect(page.locator("#limits").locator("xpath=..")).toContainText("1997 $80,000 · 1998 $80,000 · 1999 $80,000 · 2000 $85,000 · 2001 $85,000");
    const limits = page.getByRole("region", { name: "IRS limits by year" });
    await expect(limits.getByRole("row", { name: /^2002 / })).toHaveText(/\$11,000.*\$1,000.*–.*\$40,000.*\$200,000.*\$90,000/);
    await expect(limits.getByRole("row", { name: /^2026 / })).toHaveText(/\$24,500.*\$8,000.*\$11,250.*\$72,000.*\$360,000.*\$160,000/);
    await expect(page.getByText("IRS Notice 2025-67").first()).toBeAttached();

    const funds = page.getByRole("region", { name: "Fund line-up table" });
    // 17 mutual funds + the sponsor's common stock.
    await expect(funds.locator("tbody tr")).toHaveCount(18);
    await expect(funds.getByRole("row", { name: /SOS Staffing Services, Inc. common stock/ })).toContainText("88,921");
  });

  test("flags the two figures that do not add up, with the arithmetic, and the counts agree", async ({ page }) => {
    await page.goto("/plan");
    // The intro and the section say the same: 35 checks, 32 pass, the 3 others from two figures.
    await expect(page.locator("main > p").first()).toContainText("including two figures that do not add up.");
    const section = page.locator("section", { has: page.locator("h2#footing") });
    await expect(section.locator("h2")).toHaveText("Figures that do not add up");
    await expect(section).toContainText("35 checks. 32 of them pass: the figures add up (accountants say they “foot”) or agree. The other 3 come from two figures:");
    await expect(section.locator("ol").first().locator(":scope > li")).toHaveCount(2);
    await expect(section.locator("#footing-1 h3")).toHaveText("Spartan U.S. Treasury Money Market Fund, statement of net assets, December 31, 2002 (page 4)");
    await expect(section.locator("#footing-2 h3")).toHaveText("Cash, statement of net assets, December 31, 2001 (page 4)");
    const statement = page.getByRole("region", { name: /Statements of net assets/ });
    const flagged = statement.locator('td[data-flagged="true"]');
    // 2002: Spartan 732,307 and total investments 3,105,557; 2001: cash 4,170 and total assets 4,022,814.
    await expect(flagged).toHaveCount(4);
    await expect(statement.getByRole("row", { name: /Spartan U.S. Treasury Money Market Fund/ }).locator('td[data-flagged="true"]')).toContainText("$732,307");
    await expect(statement.getByRole("row", { name: /^Cash/ }).locator('td[data-flagged="true"]')).toContainText("$4,170");
    await expect(statement.getByRole("row", { name: /^Total assets/ }).locator('td[data-flagged="true"]')).toContainText("$4,022,814");

    // 2002 statement lines: 3,060,807 of funds + 44,460 of stock = 3,105,267, not 3,105,557; the
    // schedule's 732,597 (290 more than 732,307) makes it foot.
    const investments = page.getByTestId("footing-investments.2002");
    await expect(investments).toContainText("The 19 lines add up to $3,105,267, but total investments is printed as $3,105,557 ($290 more)");
    await expect(investments).toContainText("$732,307 on the statement of net assets, December 31, 2002 (page 4) but $732,597 on the schedule of assets");
    await expect(investments).toContainText("the total adds up only with $732,597.");

    // 2001: 3,998,822 + 4,170 + 22,522 = 4,025,514, printed 4,022,814; cash of 1,470 foots.
    const assets = page.getByTestId("footing-assets.2001");
    await expect(assets).toContainText("Total investments $3,998,822 + cash $4,170 + receivables: participant contributions $22,522 = $4,025,514, but total assets is printed as $4,022,814");
    await expect(assets).toContainText("A cash figure of $1,470 would make it add up: it is the printed $4,170 with two digits swapped (transposed).");

    // The flag links to its finding.
    await statement.getByRole("link", { name: /does not add up, see finding 2/ }).first().click();
    await expect(page).toHaveURL(/#footing-2$/);
  });

  test("has no accessibility violations", async ({ page }) => {
    await page.goto("/plan");
    await page.locator("details").first().locator("summary").click();
    await expectNoAxeViolations(page);
  });

  test("is server-rendered: it loads no JavaScript beyond what every page loads", async ({ browser }) => {
    const scripts = async (path: string) => {
      const page = await browser.newPage();
      const urls: string[] = [];
      page.on("request", (request) => {
        if (request.resourceType() === "script") urls.push(new URL(request.url()).pathname);
      });
      await page.goto(path, { waitUntil: "networkidle" });
      await page.close();
      return urls.sort();
    };
    expect(await scripts("/plan")).toEqual(await scripts("/no-such-page-for-the-plan-test"));
  });

  test.describe("at phone width (390 px)", () => {
    test.use({ viewport: { width: 390, height: 844 } });
    test("nothing scrolls sideways; wide tables scroll in their own box", async ({ page }) => {
      await page.goto("/plan");
      await expectNoSidewaysScroll(page);
      const limits = page.getByRole("region", { name: "IRS limits by year" });
      const { scrollWidth, clientWidth } = await limits.evaluate((element) => ({ scrollWidth: element.scrollWidth, clientWidth: element.clientWidth }));
      expect(scrollWidth).toBeGreaterThan(clientWidth);
      await expectNoAxeViolations(page);
    });
  });
});
