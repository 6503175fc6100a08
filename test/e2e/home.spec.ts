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

  test("axe finds no violations, and the page fits a phone", async ({ page }) => {
    await page.goto("/");
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 375, height: 800 });
    await expectNoSidewaysScroll(page);
    await expectNoAxeViolations(page);
  });
});
