/**
 * /es/plan, the plan facts page in Spanish: `lang="es"`, the Spanish title and headings, no English
 * sentence left (the IRS's and the funds' own names aside), axe clean, no sideways scroll at phone
 * and desktop width, the same figures and dates as /plan, and the language link keeping the
 * fragment both ways. Expected Spanish is written by hand from docs/glossary-es.md and the English
 * page's figures (test/e2e/plan.spec.ts).
 */
import { expect, test, type Page } from "@playwright/test";
import { SPANISH_PAGES } from "../../lib/languages";
import { expectNoAxeViolations, expectNoSidewaysScroll } from "./axe";
import { ENGLISH, PROPER, englishLeft } from "./english-left";

/** The IRS table the limits' sources cite: a published title, kept as the IRS wrote it. */
const IRS_TITLE = /"COLA Increases for Dollar Limitations on Benefits and Contributions"/g;

/** Lays out every section (they are laid out only near the screen, and innerText skips them until then). */
async function layOutAll(page: Page): Promise<void> {
  await page.addStyleTag({ content: "main section { content-visibility: visible !important; }" });
}

/** English words left with every section laid out and every `<details>` open, the IRS table's title aside. */
async function englishLeftOpen(page: Page): Promise<string[]> {
  await layOutAll(page);
  await page.locator("details").evaluateAll((all) => all.forEach((details) => ((details as HTMLDetailsElement).open = true)));
  let text = await page.locator("body").innerText();
  for (const name of [...PROPER, IRS_TITLE]) text = text.replace(name, " ");
  return [...new Set(text.match(ENGLISH) ?? [])];
}

/** Every dollar figure of the page's tables, in order. */
async function tableFigures(page: Page): Promise<string[]> {
  await layOutAll(page);
  const text = await page.locator("main table").evaluateAll((tables) => tables.map((table) => (table as HTMLElement).innerText).join("\n"));
  return text.match(/[−-]?\$[\d,]+(\.\d\d)?/g) ?? [];
}

for (const width of [375, 1280]) {
  test.describe(`/es/plan at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test("is in Spanish: lang, title, headings, no English left, axe clean, no sideways scroll", async ({ page }) => {
      await page.goto("/es/plan");
      await expect(page.locator("html")).toHaveAttribute("lang", "es");
      await expect(page).toHaveTitle("Datos del plan · Calculadora del SOS Staffing 401(k) Plan");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("SOS Staffing Services, Inc. 401(k) Plan: datos del plan");
      const main = page.getByRole("main");
      for (const heading of ["Las reglas del plan", "Lo que el informe no dice", "¿El calendario de adquisición de derechos cumple la ley?", "Límites del IRS", "Opciones de inversión", "Estados de 2002 y 2001", "Cifras que no cuadran"]) {
        await expect(main.getByRole("heading", { level: 2, name: heading })).toBeVisible();
      }
      expect(await englishLeft(page)).toEqual([]);
      await expectNoSidewaysScroll(page);
      await expectNoAxeViolations(page);
      expect(await englishLeftOpen(page)).toEqual([]);
      await expectNoSidewaysScroll(page);
      await expectNoAxeViolations(page);
    });
  });
}

test.describe("/es/plan", () => {
  test("the plan's rules in Spanish, with the report's words translated and said so, citations kept", async ({ page }) => {
    await page.goto("/es/plan");
    const vesting = page.locator("#vesting");
    await expect(vesting).toContainText("menos de 3 años 0%, 3 años 50%, 4 años 75%, 5 años o más 100%");
    await expect(vesting).toContainText("Siempre son 100% suyos: lo que usted aporta de su sueldo y el dinero que trajo de otro plan, con sus ganancias.");
    await expect(vesting).toContainText("“Los participantes adquieren de inmediato los derechos sobre sus aportaciones voluntarias");
    await expect(vesting.locator("cite")).toHaveText("11-K Note 1.D, traducido del inglés");
    await expect(page.getByRole("heading", { name: "Quién puede inscribirse: Inteliant Corporation" })).toBeVisible();
    await expect(page.locator("article", { hasText: "Quién puede inscribirse: Inteliant Corporation" })).toContainText("Puede inscribirse desde los 21 años, con este requisito de servicio: el 91.º día después del día de su primera hora de servicio (sin requisito de horas).");
    await expect(page.locator("#breaks")).toContainText("hasta el final de la quinta interrupción de servicio seguida");
    await expect(page.locator("#part-time")).toContainText(
      "(3 seguidos para fechas del 1 de enero de 2024 al 31 de diciembre de 2024; 2 seguidos desde el 1 de enero de 2025)",
    );
    await expect(page.locator("#part-time cite")).toHaveText("IRC 401(k)(2)(D), 401(k)(15); IRC 401(k)(2)(D) según la reforma de SECURE 2.0 §125");
  });

  test("the readings where the report is silent, in Spanish", async ({ page }) => {
    await page.goto("/es/plan");
    const option = (key: string) => page.locator(`[data-option="${key}"]`);
    await expect(page.locator("section", { has: page.locator("h2#options") }).locator("dt")).toHaveCount(14);
    await expect(option("feb29Anniversary")).toContainText(
      "Esta calculadora: En un año sin 29 de febrero, el cumpleaños o el aniversario es el 1 de marzo: quien nació el 29 de febrero de 1984 cumple 21 años el 1 de marzo de 2005.",
    );
    await expect(option("feb29Anniversary")).toContainText("La otra lectura: En un año sin 29 de febrero, el cumpleaños o el aniversario es el 28 de febrero.");
    await expect(option("fullVestingOn")).toContainText(
      "Toda la aportación de la empresa pasa a ser del participante (100%) cuando se termina el plan (deja de existir). No pasa cuando el participante fallece, el participante queda incapacitado o el participante se jubila.",
    );
    await expect(option("testingLines")).toContainText("SOS Staffing o sus filiales e Inteliant Corporation se prueban por separado");
  });

  test("the compliance findings in Spanish, verdicts as on /plan", async ({ page }) => {
    await page.goto("/es/plan");
    await expect(page.getByTestId("finding-2002").getByRole("heading")).toHaveText("Año del plan 2002: no cumple los mínimos de la ley");
    await expect(page.getByTestId("finding-2002")).toContainText("No se cumple: 50% con 3 años, se exige 100%");
    await expect(page.getByTestId("finding-2001").getByRole("heading")).toHaveText("Año del plan 2001: cumple los mínimos de la ley");
  });

  test("the same figures and dates as /plan: limits, funds, statements, the findings' arithmetic", async ({ page }) => {
    await page.goto("/plan");
    const english = await tableFigures(page);
    await page.goto("/es/plan");
    expect(await tableFigures(page)).toEqual(english);
    expect(english.length).toBeGreaterThan(150);

    const limits = page.getByRole("region", { name: "Límites del IRS por año" });
    await expect(limits.getByRole("row", { name: /^2002 / })).toHaveText(/\$11,000.*\$1,000.*–.*\$40,000.*\$200,000.*\$90,000/);
    await expect(page.locator("#limits").locator("xpath=..")).toContainText("1997 $80,000 · 1998 $80,000 · 1999 $80,000 · 2000 $85,000 · 2001 $85,000");
    const funds = page.getByRole("region", { name: "Tabla de opciones de inversión" });
    await expect(funds.locator("tbody tr")).toHaveCount(18);
    await expect(funds.getByRole("row", { name: /SOS Staffing Services, Inc. common stock/ })).toContainText("88,921");

    await expect(page.locator("main > p").first()).toContainText("incluidas dos cifras que no cuadran.");
    const section = page.locator("section", { has: page.locator("h2#footing") });
    await expect(section).toContainText("35 verificaciones. 32 de ellas pasan");
    await expect(section).toContainText("Las otras 3 vienen de dos cifras:");
    await expect(section.locator("#footing-1 h3")).toHaveText("Spartan U.S. Treasury Money Market Fund, estado de activos netos al 31 de diciembre de 2002 (página 4)");
    await expect(section.locator("#footing-2 h3")).toHaveText("Efectivo, estado de activos netos al 31 de diciembre de 2001 (página 4)");
    const statement = page.getByRole("region", { name: /Estados de activos netos/ });
    await expect(statement.locator('td[data-flagged="true"]')).toHaveCount(4);
    await expect(statement.getByRole("row", { name: /^Efectivo/ }).locator('td[data-flagged="true"]')).toContainText("$4,170");
    await expect(statement.getByRole("row", { name: /^Total de activos/ }).locator('td[data-flagged="true"]')).toContainText("$4,022,814");
    const investments = page.getByTestId("footing-investments.2002");
    await expect(investments).toContainText(
      "Las 19 líneas suman $3,105,267, pero en el estado de activos netos al 31 de diciembre de 2002 (página 4) aparece impreso $3,105,557 como total de inversiones ($290 más).",
    );
    await expect(investments).toContainText("el total solo cuadra con $732,597.");
    const assets = page.getByTestId("footing-assets.2001");
    await expect(assets).toContainText(
      "Total de inversiones $3,998,822 + efectivo $4,170 + cuentas por cobrar: aportaciones de los participantes $22,522 = $4,025,514, pero en el estado de activos netos al 31 de diciembre de 2001 (página 4) aparece impreso $4,022,814 como total de activos ($2,700 menos).",
    );
    await expect(assets).toContainText("Con $1,470 como efectivo, cuadraría: son los $4,170 impresos con dos dígitos intercambiados (transpuestos).");
    await statement.getByRole("link", { name: /no cuadra, vea el hallazgo 2/ }).first().click();
    await expect(page).toHaveURL(/\/es\/plan#footing-2$/);
  });

  test("the link to HR: forfeitures opens its Spanish version, or the English page said so", async ({ page }) => {
    await page.goto("/es/plan");
    const article = page.locator("article", { has: page.getByRole("heading", { name: "Pérdidas", exact: true }) });
    const link = article.getByRole("link", { name: "RR. HH.: pérdidas" });
    if (SPANISH_PAGES.includes("/hr/forfeitures")) {
      await expect(link).toHaveAttribute("href", "/es/hr/forfeitures");
    } else {
      await expect(link).toHaveAttribute("href", "/hr/forfeitures");
      await expect(link).toHaveAttribute("hreflang", "en");
      await expect(article).toContainText("RR. HH.: pérdidas (por ahora en inglés)");
    }
  });

  test("the language link keeps the fragment both ways; both versions name each other as hreflang alternates", async ({ page }) => {
    await page.goto("/plan#footing-2");
    await expect(page.locator('link[rel="alternate"][hreflang="es"]')).toHaveAttribute("href", /\/es\/plan$/);
    await page.getByRole("link", { name: "Español" }).click();
    await expect(page).toHaveURL(/\/es\/plan#footing-2$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", /\/plan$/);
    await page.getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/plan#footing-2$/);
    await expect(page).not.toHaveURL(/\/es\//);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });

  test("is server-rendered in both languages: no JavaScript beyond what every page loads", async ({ browser }, testInfo) => {
    const scripts = async (path: string) => {
      const page = await browser.newPage();
      await page.route("**/*", (route) => (route.request().headers()["next-router-prefetch"] || route.request().url().includes("_rsc=") ? route.abort() : route.continue()));
      const sizes: Promise<{ path: string; bytes: number }>[] = [];
      page.on("response", (response) => {
        if (response.request().resourceType() === "script") sizes.push((async () => ({ path: new URL(response.url()).pathname, bytes: (await response.body()).length }))());
      });
      await page.goto(path, { waitUntil: "networkidle" });
      const all = await Promise.all(sizes);
      await page.close();
      return { paths: all.map((each) => each.path).sort(), bytes: all.reduce((sum, each) => sum + each.bytes, 0) };
    };
    const [english, spanish, notFound] = [await scripts("/plan"), await scripts("/es/plan"), await scripts("/no-such-page-for-the-spanish-plan-test")];
    const report = `/plan ${english.bytes} B, /es/plan ${spanish.bytes} B, 404 ${notFound.bytes} B of JavaScript (decoded)`;
    testInfo.annotations.push({ type: "js-bytes", description: report });
    console.log(report);
    expect(english.paths).toEqual(notFound.paths);
    // The Spanish page's scripts are the same files (the not-found chunk is served under app/es/ there).
    expect(spanish.bytes).toBe(notFound.bytes);
    expect(spanish.paths.length).toBe(notFound.paths.length);
  });
});
