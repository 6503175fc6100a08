/**
 * Shared accessibility check for the end-to-end tests: axe-core over the whole page with its
 * default rules (WCAG 2.x A/AA and best practices). A failure lists each rule and the elements.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const found = results.violations.map(
    (violation) => `${violation.id} (${violation.impact ?? "?"}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(" ")).join("; ")}`,
  );
  expect(found, "axe-core violations").toEqual([]);
}

/** The page does not scroll sideways: nothing is wider than the viewport. */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth, "page width at this viewport").toBeLessThanOrEqual(innerWidth);
}
