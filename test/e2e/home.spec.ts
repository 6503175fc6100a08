/**
 * The home page: what the calculator does and for whom, the plan and the report it rests on, the
 * way in to each page, and a plain word that the figures are estimates.
 */
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, expectNoSidewaysScroll } from "./axe";

test.describe("the home page", () => {
  test("names the plan and its report, says figures are estimates, and leads to every page", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("SOS Staffing Services, Inc. 401(k) Plan: benefits calculator");
    const main = page.getByRole("main");
    await expect(main).toContainText("Form 11-K for 2002");
    await expect(main).toContainText("Every figure here is an estimate under the plan as described in that report");
    await expect(main).toContainText("less than 3 years 0%, 3 years 50%, 4 years 75%, 5 years or more 100% (11-K Note 1.D)");
    // The always-vested sources in the words the other pages use (it said "always fully vested").
    await expect(main).toContainText("Your own deferrals and rollovers, with their earnings, are always 100% vested. (11-K Note 1.D)");
    await expect(main.getByRole("heading", { name: "For participants" })).toBeVisible();
    await expect(main.getByRole("heading", { name: "For HR" })).toBeVisible();
    const ways: [name: string, href: string][] = [
      ["Your account", "/participant"],
      ["Eligibility", "/hr/eligibility"],
      ["Forfeitures", "/hr/forfeitures"],
      ["Plan facts", "/plan"],
    ];
    for (const [name, href] of ways) {
      await expect(main.getByRole("link", { name, exact: true })).toHaveAttribute("href", href);
    }
  });

  test("the example opens the calculator with the hand-worked figures", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "Try an example" }).click();
    await expect(page).toHaveURL(/\/participant#/);
    // 3 years, 10000 / 500 / 4000.01: 4000.01 × 0.5 = 2000.005 → 2000.01; 10000 + 500 + 2000.01 = 12500.01.
    await expect(page.getByTestId("vested-total")).toHaveText("$12,500.01");
  });

  test("the temp worker's example opens the calculator in the hours mode with the hand-worked figures", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "a temp worker with a gap" }).click();
    await expect(page).toHaveURL(/\/participant#.*service=hours/);
    await expect(page.getByRole("radio", { name: /Hours in each plan year/ })).toBeChecked();
    // 2000 (1,400) and 2004 (1,200) count; 2001 (300) and 2002 (0) are breaks; 2003 (700) neither:
    // 2 years → 0%; 380 more hours in 2005 → 3 years → 50% of 1777.78 = 888.89.
    await expect(page.getByTestId("years-sentence")).toHaveText("2 years of service counted: 0% of your employer match is vested.");
    await expect(page.getByTestId("progress-sentence")).toContainText("Work 380 more hours by December 31, 2005 and 50% of your match vests: $888.89.");
    await expect(page.getByTestId("forfeit-date-sentence")).toContainText("Come back before January 1, 2011 and it can still vest");
  });

  test("axe finds no violations, and the page fits a phone", async ({ page }) => {
    await page.goto("/");
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 375, height: 800 });
    await expectNoSidewaysScroll(page);
    await expectNoAxeViolations(page);
  });
});
