/**
 * The API reference at /api: drawn from the OpenAPI document the API serves; every endpoint with
 * its fields, their meaning, examples and errors; reachable from the site navigation; no
 * accessibility violation; readable at phone width.
 */
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, expectNoSidewaysScroll } from "./axe";

test.describe("the API reference page", () => {
  test("is in the site navigation", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "API" }).click();
    await expect(page).toHaveURL(/\/api$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("API reference: the JSON API (v1)");
  });

  test("lists every endpoint of the served OpenAPI document, with its summary", async ({ page, request }) => {
    const doc = await (await request.get("/api/v1/openapi.json")).json();
    await page.goto("/api");
    for (const [path, item] of Object.entries<any>(doc.paths)) {
      const method = item.post ? "POST" : "GET";
      const heading = page.getByRole("heading", { level: 2, name: `${method} ${path}` });
      await expect(heading).toBeVisible();
      await expect(page.getByRole("region", { name: `${method} ${path}` })).toContainText((item.post ?? item.get).summary);
    }
  });

  test("eligibility: each field with its type, whether required, and its meaning; the example and its answer", async ({ page }) => {
    await page.goto("/api");
    const section = page.getByRole("region", { name: "POST /api/v1/eligibility" });
    const request = section.locator('dl[aria-label="Request fields of /api/v1/eligibility"]');
    await expect(request.locator("dt")).toHaveCount(10);
    await expect(request.locator("div", { has: page.locator("code", { hasText: /^birthDate$/ }) })).toContainText("date (YYYY-MM-DD) required");
    await expect(request.locator("div", { has: page.locator("code", { hasText: /^birthDate$/ }) })).toContainText("Age 21 is attained on the 21st birthday");
    await expect(request.locator("div", { has: page.locator("code", { hasText: /^hours$/ }) })).toContainText("optional");
    await expect(section.getByLabel("Example request to /api/v1/eligibility")).toContainText('"birthDate": "1980-02-29"');
    const answer = section.locator('dl[aria-label="Answer fields of /api/v1/eligibility"]');
    await expect(answer).toContainText("longTermPartTime.periods[].qualifies");
    await expect(answer).toContainText("mayDefer");
    await section.getByText("Example answer to the example request").click();
    // Born 1980-02-29: age 21 on 2001-03-01 (no Feb 29 in 2001).
    await expect(section.getByLabel("Example answer of /api/v1/eligibility")).toContainText('"metOn": "2001-03-01"');
    await expect(section.getByRole("listitem").filter({ hasText: /^400/ })).toContainText("Each issue names its field");
    await expect(section.getByRole("listitem").filter({ hasText: /^413/ })).toContainText("larger than 1 MiB");
  });

  test("the batch, its curl call, and the error shape", async ({ page }) => {
    await page.goto("/api");
    const batch = page.getByRole("region", { name: "POST /api/v1/batch" });
    await expect(batch).toContainText("requests[].endpoint");
    await expect(batch.getByLabel("A batch call with curl")).toContainText("curl -s http://localhost:3000/api/v1/batch");
    await expect(batch.getByRole("listitem").filter({ hasText: /^413/ })).toContainText("16 MiB");
    const errors = page.getByRole("region", { name: "Errors" });
    await expect(errors).toContainText("issues[].path");
    await expect(errors.getByLabel("Example of an error answer")).toContainText('"error": "invalid_request"');
  });

  for (const width of [1280, 390]) {
    test(`axe finds nothing and nothing scrolls sideways at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto("/api");
      for (const summary of await page.locator("summary").all()) await summary.click();
      await expectNoSidewaysScroll(page);
      await expectNoAxeViolations(page);
    });
  }
});
