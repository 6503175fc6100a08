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

  test("states the readings taken where the report is silent, with their defaults", async ({ page }) => {
    await page.goto("/plan");
    const options = page.locator("section", { has: page.locator("h2#options") });
    await expect(options.locator("dt")).toHaveCount(10);
    await expect(options.locator("div", { hasText: "Anniversary of February 29" })).toContainText("This plan: march1");
    await expect(options.locator("div", { hasText: "Catch-up contributions" })).toContainText("This plan: false");
    // The options of hours-counted vesting and long-term part-time employees (plan-rules §4.1, §2.4).
    await expect(options.locator("div", { hasText: "Vesting computation periods when hours are counted" })).toContainText("This plan: planYear");
    await expect(options.locator("div", { hasText: "Rule of parity" })).toContainText("This plan: false");
    await expect(options.locator("div", { hasText: "Long-term part-time employees (IRC" })).toContainText("This plan: statutory");
    await expect(options.locator("div", { hasText: "Employer match for long-term part-time employees" })).toContainText("This plan: false");
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

  test("lists the IRS limits and the fund line-up", async ({ page }) => {
    await page.goto("/plan");
    const limits = page.getByRole("region", { name: "IRS limits by year" });
    await expect(limits.getByRole("row", { name: /^2002 / })).toHaveText(/\$11,000.*\$1,000.*–.*\$40,000.*\$200,000.*\$90,000/);
    await expect(limits.getByRole("row", { name: /^2026 / })).toHaveText(/\$24,500.*\$8,000.*\$11,250.*\$72,000.*\$360,000.*\$160,000/);
    await expect(page.getByText("IRS Notice 2025-67").first()).toBeAttached();

    const funds = page.getByRole("region", { name: "Fund line-up table" });
    // 17 mutual funds + the sponsor's common stock.
    await expect(funds.locator("tbody tr")).toHaveCount(18);
    await expect(funds.getByRole("row", { name: /SOS Staffing Services, Inc. common stock/ })).toContainText("88,921");
  });

  test("flags the two figures that do not foot, with the arithmetic", async ({ page }) => {
    await page.goto("/plan");
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
    await expect(investments).toContainText("the total foots only with $732,597.");

    // 2001: 3,998,822 + 4,170 + 22,522 = 4,025,514, printed 4,022,814; cash of 1,470 foots.
    const assets = page.getByTestId("footing-assets.2001");
    await expect(assets).toContainText("Total investments $3,998,822 + cash $4,170 + receivables: participant contributions $22,522 = $4,025,514, but total assets is printed as $4,022,814");
    await expect(assets).toContainText("A cash figure of $1,470 would foot: it is the printed $4,170 with two digits transposed.");

    // The flag links to its finding.
    await statement.getByRole("link", { name: /does not foot, see finding 2/ }).first().click();
    await expect(page).toHaveURL(/#footing-2$/);
  });

  test("has no accessibility violations", async ({ page }) => {
    await page.goto("/plan");
    await page.locator("details").first().locator("summary").click();
    await expectNoAxeViolations(page);
  });

  test.describe("at phone width (375 px)", () => {
    test.use({ viewport: { width: 375, height: 800 } });
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
