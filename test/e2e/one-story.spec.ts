/**
 * Findings of the "one story on every screen" review (issue 19) that are about how a page reads on a
 * phone: each test failed on the page as it was before the change.
 */
import { expect, test, type Page } from "@playwright/test";

const PHONE = { width: 390, height: 844 };
const PAGES = ["/", "/es", "/participant", "/hr/eligibility", "/hr/forfeitures", "/plan", "/api", "/es/hr/eligibility", "/es/hr/forfeitures", "/es/hr/testing", "/es/plan", "/es/participant"];

/** Every control a finger taps (radios, checkboxes, buttons, selects, the header's links) and its size. */
function tapTargets(page: Page) {
  return page.locator("input[type=radio], input[type=checkbox], button, select, .site-header a").evaluateAll((elements) =>
    elements
      .filter((element) => (element as HTMLElement).offsetParent !== null)
      .map((element) => {
        const box = element.getBoundingClientRect();
        const name = element.getAttribute("aria-label") ?? element.textContent?.trim() ?? element.getAttribute("name") ?? "";
        return { what: `${element.tagName.toLowerCase()} ${name.slice(0, 30)}`, width: box.width, height: box.height };
      }),
  );
}

async function fillForfeitures(page: Page) {
  await page.goto("/hr/forfeitures");
  await page.getByLabel("Years of service", { exact: true }).fill("2");
  await page.getByLabel("Employer match balance", { exact: true }).fill("12345.67");
  await page.getByLabel("Deferrals balance", { exact: true }).fill("23456.78");
  await page.getByLabel("Forfeiture pool (USD)", { exact: true }).fill("43700");
  await page.getByLabel("Participants' deferrals", { exact: true }).fill("A-17,17500.00\nB-03,4100.50\nC-999999,2000");
  await expect(page.getByTestId("shares-total")).toHaveText("$43,700.00");
}

test.describe("at 390 px wide", () => {
  test.use({ viewport: PHONE });

  for (const path of PAGES) {
    test(`${path}: every tap target is at least 24 × 24 px`, async ({ page }) => {
      await page.goto(path);
      const small = (await tapTargets(page)).filter((target) => target.width < 24 - 0.01 || target.height < 24 - 0.01);
      expect(small).toEqual([]);
    });
  }

  test("/hr/forfeitures: both result tables fit the screen, with five-figure amounts", async ({ page }) => {
    await fillForfeitures(page);
    const regions = page.locator('[role="region"]:has(> table)');
    await expect(regions).toHaveCount(2);
    for (const region of await regions.all()) {
      const { scrollWidth, clientWidth } = await region.evaluate((element) => ({ scrollWidth: element.scrollWidth, clientWidth: element.clientWidth }));
      expect(scrollWidth, `${await region.getAttribute("aria-label")}: table width inside its box`).toBeLessThanOrEqual(clientWidth);
    }
  });

  test("a table wider than its box shows that it scrolls", async ({ page }) => {
    await fillForfeitures(page);
    // Squeeze the pool's table so it must scroll, as a longer id or a narrower phone would.
    const region = page.getByRole("region", { name: "Shares of the pool" });
    await region.evaluate((element) => ((element as HTMLElement).style.width = "200px"));
    const cue = await region.evaluate((element) => ({ overflows: element.scrollWidth > element.clientWidth, background: getComputedStyle(element).backgroundImage }));
    expect(cue.overflows).toBe(true);
    // The edge shadows: two covers that scroll with the table and two shadows that stay.
    expect(cue.background.match(/gradient/g) ?? []).toHaveLength(4);
  });
});

test("/hr/forfeitures: the allocation's plan year is never applied silently", async ({ page }) => {
  await page.goto("/hr/forfeitures");
  const year = page.getByLabel("Plan year of the allocation", { exact: true });
  await expect(year).toHaveValue("2002");
  // 2002's IRC 415(c) limit is $40,000 (the limits table); the hint names the year, the limit and the default.
  await expect(page.locator("#alloc-year-hint")).toHaveText(
    "Deferrals plus each share are checked against the IRC 415(c) limit for 2002, $40,000.00. 2002 is the year of the plan's report: change it to the year you are allocating for.",
  );
  await year.fill("2026");
  // 2026's limit is $72,000; once the year is chosen, no word about the default.
  await expect(page.locator("#alloc-year-hint")).toHaveText("Deferrals plus each share are checked against the IRC 415(c) limit for 2026, $72,000.00.");
});

test("/participant: the chart's step labels share one row, none stacked at the left edge", async ({ page }) => {
  await page.setViewportSize(PHONE);
  // Two years of service today: the steps come at years 3, 4 and 5, the first three plan years ahead of forty.
  await page.goto(
    "/participant#asOf=2002-12-31&employer=SOS&birthDate=1970-07-04&yearsOfService=2&balances.deferral=12000&balances.match=3000&compensation=40000&deferralPercent=10&annualReturnPercent=6",
  );
  const labels = page.getByTestId("step-label");
  await expect(labels).toHaveCount(3);
  const boxes = await labels.evaluateAll((texts) => texts.map((text) => text.getBoundingClientRect().toJSON() as DOMRect));
  expect(new Set(boxes.map((box) => Math.round(box.top))).size, "one row").toBe(1);
  for (let index = 1; index < boxes.length; index += 1) expect(boxes[index]!.left).toBeGreaterThanOrEqual(boxes[index - 1]!.right);
});

test("/participant: a figure from the start date says the plan counts hours, and the hours are one tap away (findings 1, 11)", async ({ page }) => {
  // Start 2001-05-14, as of 2004-05-12: the 3rd anniversary (2004-05-14) is 2 days ahead → 2 completed years, 0%.
  await page.goto("/participant#asOf=2004-05-12&employer=SOS&birthDate=1970-07-04&employmentStartDate=2001-05-14&balances.match=4000.01");
  await expect(page.getByTestId("vested-percent")).toHaveText("0%");
  const note = page.getByTestId("method-note");
  await expect(note).toContainText("This counts every year since your start date as a full year of work.");
  await expect(note).toContainText("The plan counts a year of service for each plan year in which you work 1,000 hours or more");
  const countByHours = note.getByRole("button", { name: "Count from my hours" });
  const box = (await countByHours.boundingBox())!;
  expect(box.height, "a full-size tap target").toBeGreaterThanOrEqual(44);
  await countByHours.click();
  const hours = page.getByRole("radio", { name: /^Hours in each plan year/ });
  await expect(hours).toBeChecked();
  await expect(hours).toBeFocused();
  // From hours the plan years of 2001 to 2004 get a box each; the note is gone.
  await expect(page.getByLabel("Hours in 2001", { exact: true })).toBeVisible();
  await expect(page.getByTestId("method-note")).toHaveCount(0);

  // Years given as 2.9: 2 count, and each step says what a year of service is.
  await page.goto("/participant#asOf=2026-12-03&employer=SOS&birthDate=1970-07-04&yearsOfService=2.9&balances.match=1000");
  await expect(page.getByTestId("stay-steps")).toContainText("Complete 3 years of service (1 more plan year with 1,000 hours or more)");
  await expect(page.getByTestId("method-note")).toContainText("If you are not sure how many such years you have, count from your hours to be sure.");
});

test("/participant on a phone: a bar at the bottom shows the first figure as it changes, and a way to all of them (finding 9)", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto("/participant#asOf=2002-12-31&employer=SOS&birthDate=1970-07-04&yearsOfService=2&balances.deferral=12000&balances.match=3000");
  const bar = page.getByTestId("sticky-summary");
  // 2 years: 0% of the match; 12,000 + 0 + 0 vested of 15,000.
  await expect(bar.getByRole("status")).toHaveText("Vested today: $12,000.00 of $15,000.00 (match 0% vested)");
  // Deep in the form, the bar is still on screen and follows the change.
  const match = page.getByLabel("Employer match balance", { exact: true });
  await match.scrollIntoViewIfNeeded();
  await match.fill("4000.01");
  await expect(bar.getByRole("status")).toHaveText("Vested today: $12,000.00 of $16,000.01 (match 0% vested)");
  const box = (await bar.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height + 1);
  expect(box.y).toBeGreaterThan(PHONE.height / 2);
  await bar.getByRole("button", { name: "See your figures" }).click();
  await expect(page.getByTestId("vested-total")).toBeInViewport();
  // Beside the form on a wide screen, the figures are already in view: no bar.
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(bar).toBeHidden();
});

test("/hr/forfeitures: 2.500 typed the European way is refused with the amount it may mean (finding 12)", async ({ page }) => {
  await page.goto("/hr/forfeitures");
  const pool = page.getByLabel("Forfeiture pool (USD)", { exact: true });
  await pool.fill("2.500");
  await pool.blur();
  await expect(page.getByText("Forfeiture pool must have at most 2 decimals (whole cents); if you mean 2,500 dollars, write 2500 or 2,500.")).toBeVisible();
  await expect(pool).toHaveValue("2.500");
});
