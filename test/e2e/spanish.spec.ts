/**
 * The Spanish pages (/es): `lang="es"`, `hreflang` alternates on both versions, the language link
 * that keeps the page and the fragment both ways, no English sentence left, axe clean at phone
 * and desktop width. Today the home page has its Spanish version; each page joins SPANISH_PAGES
 * (lib/languages.ts) and this file as it is written.
 */
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, expectNoSidewaysScroll } from "./axe";
import { englishLeft } from "./english-left";

test.describe("the Spanish pages", () => {
  test("/es is in Spanish: lang, title, headings, the plan's figures in US Spanish", async ({ page }) => {
    await page.goto("/es");
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page).toHaveTitle("Calculadora del SOS Staffing 401(k) Plan");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("SOS Staffing Services, Inc. 401(k) Plan: calculadora de beneficios");
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { name: "Para participantes" })).toBeVisible();
    await expect(main.getByRole("heading", { name: "Para Recursos Humanos" })).toBeVisible();
    // The plan's schedule and report date, as es-US writes them (docs/glossary-es.md).
    await expect(main).toContainText("menos de 3 años 0%, 3 años 50%, 4 años 75%, 5 años o más 100% (11-K Note 1.D)");
    await expect(main).toContainText("año fiscal terminado el 31 de diciembre de 2002");
    await expect(main).toContainText("edad 21; 1,000 horas de servicio en un período de cómputo, o el día 91 después de la primera hora de servicio");
    await expect(page.getByRole("link", { name: "Saltar al contenido" })).toBeAttached();
    expect(await englishLeft(page)).toEqual([]);
  });

  for (const [path, label, hint, echo, choice] of [
    ["/es/participant", "Fecha de nacimiento", "MM/DD/AAAA o AAAA-MM-DD", "4 de marzo de 2002", null],
    ["/es/hr/eligibility", "Fecha de nacimiento", "MM/DD/AAAA o AAAA-MM-DD", "4 de marzo de 2002", null],
    ["/es/hr/forfeitures", "Fecha de inicio de empleo", "MM/DD/AAAA o AAAA-MM-DD", "4 de marzo de 2002", "Fecha de inicio y último día trabajado"],
    ["/participant", "Birth date", "MM/DD/YYYY or YYYY-MM-DD", "March 4, 2002", null],
    ["/hr/eligibility", "Birth date", "MM/DD/YYYY or YYYY-MM-DD", "March 4, 2002", null],
    ["/hr/forfeitures", "Employment start date", "MM/DD/YYYY or YYYY-MM-DD", "March 4, 2002", "Start date and last day worked"],
  ] as const) {
    test(`${path}: a date field says how to write a date, and reads 03/04/2002 back as ${echo}, in the page's language`, async ({ page }) => {
      await page.goto(path);
      if (choice) await expect(async () => {
        await page.getByRole("radio", { name: choice }).check();
        await expect(page.getByLabel(label, { exact: true })).toBeVisible({ timeout: 1000 });
      }).toPass();
      const input = page.getByLabel(label, { exact: true });
      await expect(input).toHaveAccessibleDescription(new RegExp(hint.replace(/\//g, "\\/")));
      // Typed again until the page has hydrated (a value typed before is the browser's alone).
      await expect(async () => {
        await input.fill("03/04/2002");
        await expect(input.locator("xpath=..")).toContainText(echo, { timeout: 1000 });
      }).toPass();
    });
  }

  test("the English home page stays English, with lang en", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("SOS Staffing Services, Inc. 401(k) Plan: benefits calculator");
    await expect(page.getByRole("contentinfo")).toContainText("annual report on Form 11-K for 2002. Not advice");
  });

  test("both versions name each other as hreflang alternates; a page in English only names none", async ({ page }) => {
    for (const path of ["/", "/es"]) {
      await page.goto(path);
      await expect(page.locator('link[rel="alternate"][hreflang="es"]')).toHaveAttribute("href", /\/es$/);
      await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", /\/$|^\/$/);
    }
    await page.goto("/api");
    await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Español" })).toHaveCount(0);
  });

  test("the language link opens the same page in the other language and keeps the fragment, both ways", async ({ page }) => {
    await page.goto("/#asOf=2005-06-30&employer=SOS");
    await page.getByRole("link", { name: "Español" }).click();
    await expect(page).toHaveURL(/\/es#asOf=2005-06-30&employer=SOS$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await page.getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/#asOf=2005-06-30&employer=SOS$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });

  test("the link to the participant page opens its Spanish version, and says nothing about English", async ({ page }) => {
    await page.goto("/es");
    const main = page.getByRole("main");
    await expect(main).toContainText("Su cuenta: cuánto ya es suyo hoy");
    await expect(main).not.toContainText("por ahora en inglés");
    await main.getByRole("link", { name: "Su cuenta" }).click();
    // The page then writes its starting figures after the #, so the address may carry them.
    await expect(page).toHaveURL(/\/es\/participant(#.*)?$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });

  test("axe finds no violations at phone and desktop width, and the page fits a phone", async ({ page }) => {
    await page.goto("/es");
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 375, height: 800 });
    await expectNoSidewaysScroll(page);
    await expectNoAxeViolations(page);
  });
});
