/**
 * /es/hr/forfeitures: the forfeitures page in Spanish at phone and desktop width. `lang="es"`, the
 * Spanish title and heading, no English left (empty, with results and with errors), axe clean, no
 * sideways scroll, the same money and dates as /hr/forfeitures for the same input, errors in
 * Spanish naming their field, and the language link both ways. Expected text is written by hand
 * from the plan's rules (the arithmetic beside it, as in hr-forfeitures.spec.ts) and
 * docs/glossary-es.md.
 */
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, expectNoSidewaysScroll } from "./axe";
import { englishLeft } from "./english-left";

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

/** Every dollar amount in a text, in order. */
const money = (text: string) => text.match(/\$[\d,]+\.\d{2}/g) ?? [];

/** The temp worker with a gap of hr-forfeitures.spec.ts, on the page in `language`. */
async function tempWorker(page: Page, language: "en" | "es") {
  const es = language === "es";
  await page.goto(es ? "/es/hr/forfeitures" : "/hr/forfeitures");
  await page.getByRole("radio", { name: es ? "Horas de cada año del plan" : "Hours in each plan year" }).check();
  await field(page, es ? "Fecha de inicio de empleo" : "Employment start date").fill("05/14/2001");
  await field(page, es ? "Último día de empleo" : "Last day of employment").fill("2006-08-18");
  // 2001: 1,100 · 2002: 1,250 · 2003: 300 · 2004: none (a gap) · 2005: 1,040 · 2006: 620 through the last day.
  for (const [year, hours] of [["2001", "1,100"], ["2002", "1250"], ["2003", "300"], ["2005", "1040"], ["2006", "620"]] as const) {
    await field(page, es ? `Horas de ${year}` : `Hours in ${year}`).fill(hours);
  }
  await field(page, es ? "Saldo de la aportación de la empresa" : "Employer match balance").fill("2345.67");
  await field(page, es ? "Saldo de lo que aportó de su sueldo" : "Deferrals balance").fill("3000");
}

/** A pool above the deferrals and a share above 415(c), on the page in `language`. */
async function bigPool(page: Page, language: "en" | "es") {
  const es = language === "es";
  await page.goto(es ? "/es/hr/forfeitures" : "/hr/forfeitures");
  await field(page, es ? "Fondo de pérdidas (USD)" : "Forfeiture pool (USD)").fill("43,700.00");
  await field(page, es ? "Lo que aportó cada participante" : "Participants' deferrals").fill(`${es ? "id,aportaciones" : "id,deferrals"}\nA-17,5200.00\nB-03,1028.50`);
}

for (const width of [375, 1280]) {
  test.describe(`/es/hr/forfeitures at ${width} wide`, () => {
    test.use({ viewport: { width, height: 900 } });

    test("is in Spanish: lang, title, heading, no English, axe clean, fits the width", async ({ page }) => {
      await page.goto("/es/hr/forfeitures");
      await expect(page.locator("html")).toHaveAttribute("lang", "es");
      await expect(page).toHaveTitle("RR. HH.: pérdidas · Calculadora del SOS Staffing 401(k) Plan");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pérdidas");
      const main = page.getByRole("main");
      await expect(main.getByRole("heading", { name: "Un participante que se va: qué es suyo y qué se pierde" })).toBeVisible();
      await expect(main.getByRole("heading", { name: "Repartir un fondo de pérdidas como aportación de la empresa" })).toBeVisible();
      // The 2002 figures of 11-K Note 1.G, as es-US writes them: 127,800 ÷ 487,809 = 26.2%.
      await expect(main).toContainText("Alrededor de $127,800 de pérdidas se repartieron entre los participantes como aportación de la empresa, frente a $487,809");
      await expect(main).toContainText("quedaban al 31 de diciembre de 2002");
      await expect(main).toContainText("después de 5 interrupciones de servicio seguidas (IRC 411(a)(6)(C); 11-K Note 1.G)");
      await expect(page.getByTestId("termination-result")).toHaveText("Escriba el servicio y el saldo de la aportación de la empresa para ver qué es suyo y qué se pierde.");
      expect(await englishLeft(page)).toEqual([]);
      await expectNoSidewaysScroll(page);
      await expectNoAxeViolations(page);
    });

    test("a temp worker with a gap: the same figures as the English page, the record in Spanish", async ({ page }) => {
      await tempWorker(page, "es");
      await expect(page.getByText("14 de mayo de 2001", { exact: true })).toBeVisible();
      await expect(page.getByText("Del 1 de enero al 18 de agosto")).toBeVisible();
      const result = page.getByTestId("termination-result");
      // 2001, 2002, 2005 have 1,000 hours or more: 3 years → 50%. Match 2,345.67 × 50% = 1,172.835 → 1,172.84 kept; 1,172.83 lost;
      // kept 3,000 + 1,172.84 = 4,172.84. The breaks 2007–2011 follow 2006 (620 hours): the fifth ends 2011-12-31, lost the day after.
      await expect(result).toContainText(
        "50% de la aportación de la empresa ya es del participante (3 años de servicio según las horas). Se queda con $4,172.84; pierde $1,172.83 el 1 de enero de 2012 si no vuelve a trabajar antes.",
      );
      const rows = [
        ["2001", "1,100", "Año de servicio"],
        ["2002", "1,250", "Año de servicio"],
        ["2003", "300", "Interrupción de servicio (500 horas o menos)"],
        ["2004", "0", "Interrupción de servicio (500 horas o menos)"],
        ["2005", "1,040", "Año de servicio"],
        ["2006", "620", "Ni año de servicio ni interrupción, cuando termine, el 31 de diciembre de 2006"],
      ];
      const record = page.getByTestId("service-record");
      for (const [index, cells] of rows.entries()) await expect(record.locator("tbody tr").nth(index).locator("th, td")).toHaveText(cells);
      await expect(result.getByRole("row", { name: /Aportación de la empresa/ })).toContainText("$2,345.67");
      await expect(result).toContainText("Se pierde el 1 de enero de 2012.");
      expect(await englishLeft(page)).toEqual([]);
      await expectNoSidewaysScroll(page);
      await expectNoAxeViolations(page);
      const spanish = money(await result.innerText());

      await tempWorker(page, "en");
      const english = money(await page.getByTestId("termination-result").innerText());
      await expect(page.getByTestId("termination-result")).toContainText("forfeits $1,172.83 on January 1, 2012");
      expect([...spanish].sort()).toEqual([...english].sort());
    });

    test("by dates, then the plan terminated", async ({ page }) => {
      await page.goto("/es/hr/forfeitures");
      await page.getByRole("radio", { name: "Fecha de inicio y último día trabajado" }).check();
      await field(page, "Fecha de inicio de empleo").fill("1999-06-15");
      await field(page, "Último día de empleo").fill("2003-06-13");
      await field(page, "Saldo de la aportación de la empresa").fill("4000.01");
      await field(page, "Saldo de lo que aportó de su sueldo").fill("10000");
      await field(page, "Saldo del dinero que trajo de otro plan").fill("500");
      const result = page.getByTestId("termination-result");
      // Through 2003-06-13, worked in full: 3 completed years → 50%. 4,000.01 × 50% = 2,000.005 → 2,000.01; lost 2,000.00; kept 12,500.01.
      await expect(result).toContainText("50% de la aportación de la empresa ya es del participante (3 años completos). Se queda con $12,500.01; pierde $2,000.00.");
      await expect(result).toContainText("Al irse el 13 de junio de 2003, la parte que aún no es suya, $2,000.00 del saldo de $4,000.01 de la aportación de la empresa,");
      // One more day completes the 4th year (75%); the plan's termination makes all of it theirs (Note 5): 14,500.01.
      await field(page, "Último día de empleo").fill("2003-06-14");
      await page.getByLabel(/El plan se terminó/).check();
      await expect(result).toContainText("100% de la aportación de la empresa ya es del participante (4 años completos, plan terminado). Se queda con $14,500.01; pierde $0.00.");
      expect(await englishLeft(page)).toEqual([]);
      await expectNoSidewaysScroll(page);
    });

    test("a leaving participant's errors are in Spanish and name the field", async ({ page }) => {
      await page.goto("/es/hr/forfeitures");
      await field(page, "Años de servicio").focus();
      await field(page, "Saldo de la aportación de la empresa").focus();
      await field(page, "Saldo de lo que aportó de su sueldo").focus();
      await expect(page.locator("#term-yearsOfService-message")).toHaveText("Años de servicio: este dato es obligatorio.");
      await expect(page.locator("#term-matchBalance-message")).toHaveText("Saldo de la aportación de la empresa: este dato es obligatorio.");
      await page.getByRole("radio", { name: "Fecha de inicio y último día trabajado" }).check();
      await field(page, "Fecha de inicio de empleo").fill("2003-06-14");
      await field(page, "Último día de empleo").fill("2002-01-01");
      await expect(page.locator("#term-terminationDate-message")).toHaveText("Último día de empleo: es anterior a la fecha de inicio de empleo (14 de junio de 2003).");
      await expect(page.getByTestId("termination-result")).toHaveText("Corrija los campos marcados arriba para ver qué es suyo y qué se pierde.");
      // The reader's own problems, in Spanish after the field's name (lib/words/es/problems.ts); what was typed is kept.
      await field(page, "Fecha de inicio de empleo").fill("2003-02-29");
      await field(page, "Saldo de la aportación de la empresa").fill("-3");
      await field(page, "Saldo de lo que aportó de su sueldo").focus();
      await expect(page.locator("#term-employmentStartDate-message")).toHaveText("Fecha de inicio de empleo: no es una fecha real del calendario (por ejemplo, 2003-02-29 no existe).");
      await expect(page.locator("#term-matchBalance-message")).toHaveText("Saldo de la aportación de la empresa: no puede ser menor que 0.");
      await expect(field(page, "Fecha de inicio de empleo")).toHaveValue("2003-02-29");
      expect(await englishLeft(page)).toEqual([]);
      // Pasted hours: a date after the last day is named by its line.
      await page.getByRole("radio", { name: "Horas de cada año del plan" }).check();
      await page.getByRole("radio", { name: "Pegar líneas de una hoja de cálculo" }).check();
      await field(page, "Fecha de inicio de empleo").fill("2003-01-06");
      await field(page, "Último día de empleo").fill("2005-07-01");
      await field(page, "Horas, una línea cada vez").fill("fecha\thoras\n2003\t1200\n2005-07-02\t8");
      await expect(page.locator("#term-hours-message")).toHaveText(
        "Línea 3: el 2 de julio de 2005 es posterior al último día de empleo, el 1 de julio de 2005 (ponga esas horas con la fecha del último día).",
      );
      expect(await englishLeft(page)).toEqual([]);
      await expectNoAxeViolations(page);
    });

    test("a pool shared: the same shares as the English page, the warnings and the download", async ({ page }) => {
      await bigPool(page, "es");
      const result = page.getByTestId("allocation-result");
      // 43,700 × 5,200 ÷ 6,228.50 = 36,483.90…; the other share is 43,700 − 36,483.90 = 7,216.10. 43,700 ÷ 6,228.50 = 701.61%.
      await expect(result).toContainText(
        "$43,700.00 repartidos entre 2 participantes que aportaron $6,228.50: una aportación de la empresa de alrededor del 701.61% de lo aportado. Las partes asignadas suman $43,700.00, exactamente el fondo.",
      );
      await expect(page.getByTestId("warning-match")).toContainText("El fondo, $43,700.00, es más que todas las aportaciones, $6,228.50");
      // The header is line 1, so A-17 is on line 2: 5,200.00 + 36,483.90 = 41,683.90, over the 2002 limit of 40,000 by 1,683.90.
      await expect(page.getByTestId("warning-415c")).toContainText(
        "Para 1 participante, su aportación más la parte asignada pasan del límite de aportaciones anuales de 2002, $40,000.00 (IRC 415(c)):",
      );
      await expect(page.getByTestId("warning-415c")).toContainText("línea 2, A-17: $5,200.00 + $36,483.90 = $41,683.90, $1,683.90 de más");
      await expect(result.getByRole("row", { name: /^3 B-03 / })).toContainText("$7,216.10");
      expect(await englishLeft(page)).toEqual([]);
      await expectNoSidewaysScroll(page);
      await expectNoAxeViolations(page);

      // The file keeps the API's column names, in both languages.
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Descargar el reparto (CSV)" }).click()]);
      expect(download.suggestedFilename()).toBe("forfeiture-allocation.csv");
      const csv = await readFile((await download.path())!, "utf8");
      expect(csv.split("\r\n").filter(Boolean)).toEqual(["id,deferrals,allocation", "A-17,5200.00,36483.90", "B-03,1028.50,7216.10"]);
      const spanish = money(await result.innerText());

      await bigPool(page, "en");
      await expect(page.getByTestId("allocation-result")).toContainText("The shares add up to $43,700.00, the pool exactly.");
      expect(money(await page.getByTestId("allocation-result").innerText()).sort()).toEqual(spanish.sort());
    });

    test("the deferrals' errors are in Spanish, by line, pasted or in a file", async ({ page }) => {
      await page.goto("/es/hr/forfeitures");
      await field(page, "Fondo de pérdidas (USD)").focus();
      await field(page, "Lo que aportó cada participante").focus();
      await expect(page.locator("#alloc-pool-message")).toHaveText("Fondo de pérdidas: este dato es obligatorio; escriba una cantidad como 43700.00.");
      await field(page, "Fondo de pérdidas (USD)").fill("-5");
      await expect(page.locator("#alloc-pool-message")).toHaveText("Fondo de pérdidas: no puede ser menor que 0.");
      await field(page, "Año del plan del reparto").fill("2300");
      await expect(page.locator("#alloc-year-message")).toHaveText("Año del plan: debe ser como máximo 2200.");
      await field(page, "Año del plan del reparto").fill("2002");
      await field(page, "Fondo de pérdidas (USD)").fill("10");
      await field(page, "Lo que aportó cada participante").fill("A-17,5\nA-17,6\nB\nC,1,2\nD,abc");
      const errors = page.getByTestId("deferrals-errors");
      await expect(errors).toContainText("4 problemas en las aportaciones; el reparto espera hasta que se corrijan:");
      await expect(errors).toContainText('Línea 5, la aportación: debe ser una cantidad en dólares, como "1234.50" (dice "abc").');
      await expect(errors).toContainText('Línea 2: el id "A-17" repite el de la línea 1; ponga a cada participante una sola vez.');
      await expect(errors).toContainText("La línea 3 no tiene aportación: escriba el id, una coma o un tabulador, y luego la cantidad (A-17,5200.00).");
      await expect(errors).toContainText(
        "La línea 4 tiene 3 valores; cada línea necesita exactamente dos: el id y la aportación. Si la cantidad lleva una coma de miles, quítela (1234.50) o ponga la cantidad entre comillas.",
      );
      await expect(page.getByTestId("allocation-result")).toContainText("Corrija los problemas marcados arriba para ver cada parte asignada.");
      expect(await englishLeft(page)).toEqual([]);

      const file = "id,aportaciones\r\nA,1\r\nB,minus two\r\n\r\nC,1,5\r\n";
      await page.getByLabel("O elija un archivo CSV (id,aportaciones)").setInputFiles({ name: "pagos.csv", mimeType: "text/csv", buffer: Buffer.from(file) });
      await expect(page.locator("#alloc-file-note")).toHaveText("Se leyó pagos.csv en su navegador (4 líneas con datos); no se subió a ningún lado.");
      await expect(errors).toContainText("2 problemas en las aportaciones de pagos.csv; el reparto espera hasta que se corrijan:");
      await expect(errors).toContainText('Línea 3, la aportación: debe ser una cantidad en dólares, como "1234.50" (dice "minus two").');
      await expect(errors).toContainText("La línea 5 tiene 3 valores");
      await expect(page.getByRole("button", { name: "Usar el cuadro de texto en vez de pagos.csv" })).toBeVisible();
      expect(await englishLeft(page)).toEqual([]);
      await expectNoAxeViolations(page);
    });
  });
}

test("the language link opens the same page in the other language, both ways", async ({ page }) => {
  await page.goto("/hr/forfeitures");
  await page.getByRole("link", { name: "Español" }).click();
  await expect(page).toHaveURL(/\/es\/hr\/forfeitures$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/hr\/forfeitures$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Forfeitures");
  // Both versions name each other as hreflang alternates.
  await expect(page.locator('link[rel="alternate"][hreflang="es"]')).toHaveAttribute("href", /\/es\/hr\/forfeitures$/);
});

test("the link to the plan's schedule opens it in Spanish, at the schedule", async ({ page }) => {
  await page.goto("/es/hr/forfeitures");
  const link = page.getByRole("main").getByRole("link", { name: "calendario" });
  await expect(page.getByRole("main")).toContainText("Vea el calendario. Dé las horas");
  await expect(link).toHaveAttribute("href", "/es/plan#vesting");
});
