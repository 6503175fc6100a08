/**
 * /es/hr/testing: the ADP and ACP page in Spanish. The census of test/e2e/hr-testing.spec.ts (the
 * worked example of plan-rules §9 with an SOS line, an excluded SOS HCE, a long-term part-timer and
 * a row in error) gives the same figures, refunds and deadlines as on /hr/testing, written by hand
 * from §9 and §7 as there, in Spanish words and es-US dates; the file's errors name their line and
 * column in Spanish; the CSV's columns and codes stay, its messages are Spanish; lang, title, h1,
 * no English left, axe clean, no sideways scroll at 375 and 1280 px; the language link both ways.
 */
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, expectNoSidewaysScroll } from "./axe";
import { englishLeft } from "./english-left";

const HEADER = "id,employer,highlyCompensated,priorYearCompensation,fivePercentOwner,compensation,deferrals,match,longTermPartTime";
const EXPORT_HEADER = "line,employeeId,testingLine,counted,reason,highlyCompensated,deferralRate,contributionRate,adpRefund,forfeitedMatch,acpExcess,message";

/** test/e2e/hr-testing.spec.ts's census, file line numbers beside each row. */
const CENSUS = [
  HEADER,
  "I-101,Inteliant,true,,,300000.00,11000.00,2882.00,", // line 2: H2
  "I-102,Inteliant,,40000.00,false,30000.00,900.00,235.80,", // line 3
  "I-103,Inteliant,true,,,80000.00,8000.00,2096.00,", // line 4: H1
  "I-104,Inteliant,true,,,150000.00,3000.00,786.00,", // line 5: H3
  "I-105,Inteliant,false,,,40000.00,1600.00,419.20,", // line 6
  "I-106,Inteliant,false,,,25000.00,0.00,0.00,", // line 7
  "I-107,Inteliant,false,,,50000.00,2500.00,655.00,", // line 8
  "S-1,SOS,false,,,40000.00,800.00,209.60,", // line 9: an SOS NHCE
  "S-9,SOS,true,,,120000.00,5000.00,0.00,", // line 10: an SOS HCE, excluded from the plan
  "S-20,SOS,false,,,12000.00,600.00,,true", // line 11: long-term part-time
  "I-108,Inteliant,false,,,20000.00,12.345,0.00,", // line 12: three decimals of deferrals
].join("\n");

const csvFile = (name: string, text: string) => ({ name, mimeType: "text/csv", buffer: Buffer.from(text, "utf8") });

async function open(page: Page, path = "/es/hr/testing") {
  await page.goto(path);
  await expect(page.getByTestId("testing-status")).toHaveText(path.startsWith("/es") ? "Todavía no eligió ningún archivo." : "No file chosen yet.");
}

/** Chooses the file; tried again until the page has hydrated and reacts to it. */
async function choose(page: Page, text: string, waiting = "Todavía no eligió ningún archivo.") {
  await expect(async () => {
    await page.locator("input#contributions").setInputFiles(csvFile("contributions.csv", text));
    await expect(page.getByTestId("testing-status")).not.toHaveText(waiting, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}

/**
 * English words left outside the file's own names: CSV column names stay English in every language
 * and are shown in <code> (the template's columns, a problem's column); the rest must be Spanish.
 */
async function englishOutsideCode(page: Page): Promise<string[]> {
  // innerText leaves out what is not displayed: the code is hidden for the reading, then shown again.
  const style = await page.addStyleTag({ content: "main code { display: none !important; }" });
  const left = await englishLeft(page);
  await style.evaluate((element) => (element as Element).remove());
  return left;
}

const figureCells = (page: Page, line: string) => page.getByRole("region", { name: `${line}: cifras de las pruebas ADP y ACP` }).locator("tbody tr");

test.describe("/es/hr/testing", () => {
  for (const width of [375, 1280]) {
    test(`at ${width} px: Spanish, the §9 figures, no English left, axe clean, no sideways scroll`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await open(page);
      await expect(page.locator("html")).toHaveAttribute("lang", "es");
      await expect(page).toHaveTitle("RR. HH.: pruebas de no discriminación · Calculadora del SOS Staffing 401(k) Plan");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pruebas de no discriminación: las pruebas ADP y ACP");
      expect(await englishOutsideCode(page)).toEqual([]);
      await expectNoSidewaysScroll(page);
      await expectNoAxeViolations(page);

      await choose(page, CENSUS);
      // 11 rows: 7 Inteliant and S-1 counted (8); S-9 not counted; S-20 (part-time before 2024) and I-108 in error.
      await expect(page.getByTestId("testing-summary")).toHaveText("11 filas leídas para el año del plan 2002: 8 contadas, 1 sin contar, 2 con errores.");
      const inteliant = page.getByTestId("line-Inteliant");
      await expect(inteliant.getByRole("heading", { level: 2 })).toHaveText("Inteliant: en la prueba, 3 empleados con sueldo alto y 4 de los demás empleados");
      // As on /hr/testing: HCE ADP 5.83 against a limit of 5.00 (3.00 + 2); ACP 1.44 against 1.58 (2 × 0.79).
      await expect(figureCells(page, "Inteliant").nth(0).locator("th, td")).toHaveText(["ADP (lo que aportan)", "5.83%", "3.00%", "5.00%", "no"]);
      await expect(figureCells(page, "Inteliant").nth(1).locator("th, td")).toHaveText(["ACP (de la empresa)", "1.44%", "0.79%", "1.58%", "sí"]);
      await expect(inteliant).toContainText("Inteliant no pasa la prueba de no discriminación ADP: los empleados con sueldo alto (HCE) aportaron en promedio el 5.83% de su sueldo; el límite es el 5.00%.");
      await expect(inteliant).toContainText("los porcentajes más altos se bajan al 7.50% hasta que el promedio cumple el límite: $2,000.00 de aportaciones en exceso en total");
      await expect(inteliant).toContainText("1 empleado con sueldo alto recibe una devolución de aportaciones en exceso.");
      await expect(inteliant).toContainText("La aportación de la empresa sobre las aportaciones devueltas se pierde con ellas: $524.00");
      await expect(inteliant.getByRole("heading", { name: "Inteliant: devoluciones de aportaciones en exceso, $2,000.00 en total" })).toBeVisible();
      await expect(page.getByTestId("adp-refunds-Inteliant").locator("tbody tr td")).toHaveText(["2", "I-101", "$2,000.00", "$524.00"]);
      const sos = page.getByTestId("line-SOS");
      await expect(sos.getByRole("heading", { level: 2 })).toHaveText("SOS: en la prueba, 0 empleados con sueldo alto y 1 de los demás empleados");
      await expect(figureCells(page, "SOS").nth(0).locator("th, td")).toHaveText(["ADP (lo que aportan)", "no hay", "2.00%", "4.00%", "sí"]);
      // §9 step 5: March 15 and December 31 of 2003, as es-US writes them.
      await expect(page.getByTestId("deadlines").locator("dt")).toHaveText(["15 de marzo de 2003", "31 de diciembre de 2003"]);
      await expect(page.getByTestId("deadlines").locator("dd").first()).toHaveText(/^Si las devoluciones se pagan para ese día, la empresa no paga un impuesto especial/);
      await expect(page.getByTestId("not-counted").locator("li")).toHaveText([/^Línea 10, S-9: Empleado con sueldo alto \(HCE\): el plan deja fuera/]);
      await expect(page.getByTestId("testing-problems").locator("li")).toHaveText([
        "Línea 11, columna longTermPartTime: es true, pero el año del plan 2002 es anterior a 2024, cuando empieza la regla de medio tiempo.",
        'Línea 12, columna deferrals: debe tener como máximo 2 decimales (centavos enteros); si quiere decir 12,345 dólares, escriba 12345 o 12,345 (dice "12.345").',
      ]);

      expect(await englishOutsideCode(page)).toEqual([]);
      await expectNoSidewaysScroll(page);
      await expectNoAxeViolations(page);
      // The figures tables fit, every column in view, as on the English page.
      for (const line of ["SOS", "Inteliant"]) {
        const box = page.getByRole("region", { name: `${line}: cifras de las pruebas ADP y ACP` });
        const { scrollWidth, clientWidth } = await box.evaluate((element) => ({ scrollWidth: element.scrollWidth, clientWidth: element.clientWidth }));
        expect(scrollWidth, `${line} figures at ${width} px`).toBeLessThanOrEqual(clientWidth);
      }
    });
  }

  test("the same figures, refunds and dates as /hr/testing for the same file, each date in its language", async ({ browser }) => {
    const read = async (path: string) => {
      const page = await browser.newPage();
      await open(page, path);
      await choose(page, CENSUS, path.startsWith("/es") ? "Todavía no eligió ningún archivo." : "No file chosen yet.");
      await expect(page.getByTestId("deadlines")).toBeVisible();
      // Every cell of the figures and refunds tables but the words ("passes", "sí", "none counted", "no hay"…).
      const figures = await page.locator("table td").evaluateAll((cells) => cells.map((cell) => cell.textContent ?? "").filter((text) => /\d/.test(text)));
      const dates = await page.getByTestId("deadlines").locator("dt").allTextContents();
      await page.close();
      return { figures, dates };
    };
    const english = await read("/hr/testing");
    const spanish = await read("/es/hr/testing");
    expect(spanish.figures).toEqual(english.figures);
    expect(english.figures).toContain("$2,000.00");
    expect(english.dates).toEqual(["March 15, 2003", "December 31, 2003"]);
    expect(spanish.dates).toEqual(["15 de marzo de 2003", "31 de diciembre de 2003"]);
  });

  test("the results file keeps the columns and codes, with Spanish messages", async ({ page }) => {
    await open(page);
    await choose(page, CENSUS);
    const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Descargar los resultados (CSV)" }).click()]);
    expect(file.suggestedFilename()).toBe("nondiscrimination-2002.csv");
    const rows = (await readFile((await file.path())!, "utf8")).split("\r\n");
    expect(rows[0]).toBe(EXPORT_HEADER);
    expect(rows[1]).toBe("2,I-101,Inteliant,true,,true,5.50,1.18,2000.00,524.00,0.00,");
    expect(rows[9]).toBe("10,S-9,SOS,false,excluded-hce,true,,,0.00,0.00,0.00,");
    expect(rows[10]).toBe('11,S-20,,false,error,,,,,,,"columna longTermPartTime: es true, pero el año del plan 2002 es anterior a 2024, cuando empieza la regla de medio tiempo"');
    expect(rows[11]).toBe('12,I-108,,false,error,,,,,,,"columna deferrals: debe tener como máximo 2 decimales (centavos enteros); si quiere decir 12,345 dólares, escriba 12345 o 12,345 (dice ""12.345"")"');
    expect(rows).toHaveLength(13); // the header, 11 rows, and the empty string after the last line end
  });

  test("a file's errors are Spanish, by line and column; a prior-year figure's error names its field", async ({ page }) => {
    await open(page);
    await choose(page, "I-101,Inteliant,true,,,300000.00,11000.00,2882.00,\n");
    await expect(page.getByTestId("testing-fatal")).toContainText("Archivo de aportaciones (CSV), línea 1: la primera línea debe ser el encabezado id,employer,compensation,deferrals");
    await expect(page.getByTestId("testing-fatal")).toContainText("No se hizo ninguna prueba; corrija el archivo y vuelva a elegirlo.");
    await expect(page.getByRole("button", { name: "Descargar los resultados (CSV)" })).toHaveCount(0);

    await choose(page, `${HEADER}\nA-1,Acme,false,,,40000.00,800.00,0.00,\nS-1,SOS,false,,,40000.00,800.00,209.60,\n`);
    await expect(page.getByTestId("testing-problems").locator("li")).toHaveText([
      'Línea 2, columna employer: debe ser "SOS" (la empresa patrocinadora y sus filiales, menos Inteliant) o "Inteliant" (dice "Acme").',
    ]);
    await expect(page.getByTestId("testing-summary")).toHaveText("2 filas leídas para el año del plan 2002: 1 contada, 0 sin contar, 1 con errores.");

    await page.getByLabel("las cifras de los demás empleados del año anterior (método del año anterior)").check();
    await expect(page.getByTestId("testing-status")).toHaveText("Escriba las cifras del año anterior de cada línea para hacer las pruebas.");
    const field = page.getByLabel("Inteliant: ADP de los demás empleados en 2001 (%)");
    await field.fill("3.125");
    await expect(page.locator("#prior-Inteliant-nhceAdp-message")).toHaveText("Inteliant, ADP: debe tener 2 decimales como máximo (centésimas de punto porcentual).");
    await expect(field).toHaveAttribute("aria-invalid", "true");
  });

  test("the language link opens the other language's page, both ways, and both name each other as alternates", async ({ page }) => {
    await page.goto("/hr/testing");
    await expect(page.locator('link[rel="alternate"][hreflang="es"]')).toHaveAttribute("href", /\/es\/hr\/testing$/);
    await page.getByRole("link", { name: "Español" }).click();
    await expect(page).toHaveURL(/\/es\/hr\/testing$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", /\/hr\/testing$/);
    await page.getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/hr\/testing$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nondiscrimination testing: the ADP and ACP tests");
  });
});
