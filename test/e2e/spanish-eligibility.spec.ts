/**
 * /es/hr/eligibility end to end: the page in Spanish at phone and desktop width (lang, title, h1,
 * no English left, axe clean, nothing wider than the screen), one employee's answer with the same
 * dates as the English page (written out as es-US writes them), problems in Spanish naming the
 * field, a roster whose reasons, row problems (lines and columns), summary and counts are Spanish
 * and whose counts are the English page's, and the language link both ways. Expected values are
 * worked by hand from plan-rules §2 and from the English page's tests (hr-eligibility.spec.ts).
 */
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, expectNoSidewaysScroll } from "./axe";
import { englishLeft } from "./english-left";
import { AS_OF, generatedRoster } from "./fixtures/roster-generated";

const csvFile = (name: string, text: string) => ({ name, mimeType: "text/csv", buffer: Buffer.from(text, "utf8") });

async function open(page: Page, path = "/es/hr/eligibility", asOfLabel = "Fecha del cálculo de la lista") {
  await page.goto(path);
  // Hydrated once the as-of dates default to today.
  await expect(page.getByLabel(asOfLabel)).not.toHaveValue("");
}

/** plan-rules' worked example: born 1980-02-29, started 2002-03-15, 520 + 520 hours in the first 12 months. */
async function fillExample(page: Page) {
  await page.getByLabel("Fecha de nacimiento").fill("1980-02-29");
  await page.getByLabel("Fecha de inicio de empleo").fill("2002-03-15");
  await page.getByLabel("Fecha del cálculo", { exact: true }).fill("2003-06-30");
  await page.getByLabel("Fila 1: fecha").fill("2002-09-30");
  await page.getByLabel("Fila 1: horas").fill("520");
  await page.getByLabel("Fila 2: fecha").fill("2003-03-14");
  await page.getByLabel("Fila 2: horas").fill("520");
}

/** A census with an eligible employee, a rehire whose rows disagree, a date that does not exist and a row too long; hours with an unknown id. */
const CENSUS = [
  "employeeId,employer,birthDate,employmentStartDate,highlyCompensated",
  "A,SOS,1980-02-29,2002-03-15,false", // 2: eligible 2003-03-15
  "B,SOS,1980-13-01,2002-03-15,false", // 3: month 13
  "C,SOS,1970-01-01,2002-01-01,false,extra", // 4: one value too many
  "D,Inteliant,1975-06-01,2002-03-15,false", // 5: Inteliant, the 91st day: 2002-06-14
  "E,SOS,1970-01-01,2002-01-01,false", // 6: E's first spell
  "E,SOS,1971-01-01,2004-01-01,false", // 7: E again, born on another day
].join("\n");
const HOURS = ["employeeId,date,hours", "A,2002-09-30,520", "A,2003-03-14,520", "Z,2002-09-30,10"].join("\n");

for (const width of [375, 1280]) {
  test(`at ${width} px: Spanish throughout, empty, answered and with a roster; axe clean; nothing scrolls sideways`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 900 });
    await open(page);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page).toHaveTitle("RR. HH.: quién puede inscribirse · Calculadora del SOS Staffing 401(k) Plan");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Quién puede inscribirse en el plan");
    const main = page.getByRole("main");
    await expect(main).toContainText("cumple 21 años y tiene 1,000 horas de servicio acreditadas en un período de cómputo");
    await expect(main).toContainText("3 para fechas desde el 1 de enero de 2024; después, 2 desde el 1 de enero de 2025");
    expect(await englishLeft(page)).toEqual([]);
    await expectNoSidewaysScroll(page);

    // One employee: the English page's dates (March 15, 2003; March 1, 2001), as es-US writes them.
    await fillExample(page);
    const answer = page.getByTestId("one-answer");
    await expect(answer.getByTestId("eligibility-date")).toHaveText("15 de marzo de 2003");
    await expect(answer.getByTestId("entry-date")).toHaveText("15 de marzo de 2003");
    await expect(answer.getByTestId("requirement-age")).toContainText("1 de marzo de 2001");
    await expect(answer.getByTestId("requirement-age")).toContainText("11-K Note 1.A");
    await expect(answer.getByTestId("requirement-service")).toContainText("15 de marzo de 2003");
    await expect(page.getByTestId("hours-summary")).toHaveText("2 registros de horas, 1,040 horas, con fechas del 30 de septiembre de 2002 al 14 de marzo de 2003.");
    expect(await englishLeft(page)).toEqual([]);

    // A roster: the reasons, the row problems with their lines and columns, the summary, all Spanish.
    await page.getByLabel("Fecha del cálculo de la lista").fill("2003-06-30");
    await page.getByLabel("Horas (CSV)", { exact: true }).setInputFiles(csvFile("hours.csv", HOURS));
    await page.getByLabel("Censo (CSV)", { exact: true }).setInputFiles(csvFile("census.csv", CENSUS));
    const summary = page.getByTestId("roster-summary");
    await expect(summary).toContainText(
      "6 filas del censo evaluadas (5 empleados; 1 volvió a trabajar, con una fila por etapa de empleo) con fecha del cálculo del 30 de junio de 2003, con 3 filas de horas",
    );
    await expect(page.locator('[data-count="eligible"]')).toHaveText("2");
    await expect(page.locator('[data-count="error"]')).toHaveText("3");
    await expect(page.locator('[data-rows="error"]')).toHaveText(" (4 filas)");
    const table = page.getByTestId("roster-table");
    await expect(table).toContainText("Puede inscribirse: cumple 21 años el 1 de marzo de 2001, servicio cumplido el 15 de marzo de 2003.");
    await expect(table).toContainText('Censo, línea 3, columna birthDate: no es una fecha real del calendario');
    await expect(table).toContainText('(dice "1980-13-01")');
    await expect(table).toContainText("Censo, línea 4: tiene 6 valores, pero el encabezado tiene 5 columnas");
    await expect(table).toContainText('Censo, líneas 6 y 7, columna birthDate: el empleado "E" nació el 1 de enero de 1970 según la línea 6, pero el 1 de enero de 1971 según la línea 7');
    await expect(page.getByTestId("hours-problems")).toContainText('Horas (CSV), línea 4, columna employeeId: "Z" no está en el censo (CSV).');
    expect(await englishLeft(page)).toEqual([]);
    await expectNoSidewaysScroll(page);
    await expectNoAxeViolations(page);
  });
}

test("problems in Spanish, each naming its field: the form, the roster's as-of date, a census without its header", async ({ page }) => {
  await open(page);
  await page.getByLabel("Fecha de nacimiento").fill("1980-13-01");
  await page.getByLabel("Fecha de inicio de empleo").fill("2/30/2002");
  await page.getByLabel("Fila 1: fecha").fill("15.03.2002");
  await page.getByLabel("Fila 1: horas").fill("1,5");
  await page.getByLabel("Fila 2: fecha").focus();
  await expect(page.locator("#one-birthDate-message")).toHaveText("Fecha de nacimiento: no es una fecha real del calendario.");
  await expect(page.locator("#one-employmentStartDate-message")).toHaveText("Fecha de inicio de empleo: no es una fecha real del calendario.");
  await expect(page.locator("#one-row-0-date-message")).toHaveText("Fila 1, fecha: debe escribirse MM/DD/AAAA o AAAA-MM-DD.");
  await expect(page.locator("#one-row-0-hours-message")).toHaveText("Fila 1, horas: debe ser un número, como 80 o 7.5.");
  await expect(page.getByTestId("one-answer")).toContainText("Corrija los campos marcados arriba para ver la respuesta.");

  await page.getByLabel("Fecha del cálculo de la lista").fill("2002-04-31");
  await expect(page.locator("#roster-as-of-message")).toHaveText("Fecha del cálculo: no es una fecha real del calendario.");
  await page.getByLabel("Fecha del cálculo de la lista").fill("2003-06-30");
  await page.getByLabel("Censo (CSV)", { exact: true }).setInputFiles(csvFile("census.csv", "A,SOS,1980-01-01,2002-01-01,false\n"));
  await expect(page.getByTestId("roster-fatal")).toContainText(
    "Censo (CSV), línea 1: la primera línea debe ser el encabezado employeeId,employer,birthDate,employmentStartDate,highlyCompensated",
  );
  await expect(page.getByTestId("roster-fatal")).toContainText("No se evaluó nada; corrija el archivo y elíjalo otra vez.");
  expect(await englishLeft(page)).toEqual([]);
});

test("each row problem of a census written in Spanish from its facts: a short line, a yes/no that is neither, a birth after the start, an end before it, a quote never closed", async ({ page }) => {
  await open(page);
  await page.getByLabel("Fecha del cálculo de la lista").fill("2003-06-30");
  const census = [
    "employeeId,employer,birthDate,employmentStartDate,highlyCompensated,fivePercentOwner,terminationDate",
    "A,SOS,1980-02-29", // 2: three values of seven
    "B,SOS,1980-01-01,2002-03-15,quizás", // 3: highlyCompensated neither true nor false
    "C,Acme,1990-01-01,1989-12-31,false", // 4: no such employer; born after starting
    "D,SOS,1980-01-01,2002-03-15,false,,2002-03-14", // 5: the spell ends the day before it starts
    'E,SOS,1980-01-01,2002-03-15,"false', // 6: a quote never closed
  ].join("\n");
  await page.getByLabel("Censo (CSV)", { exact: true }).setInputFiles(csvFile("census.csv", census));
  const table = page.getByTestId("roster-table");
  await expect(table).toContainText("Censo, línea 2, columna employmentStartDate: no tiene valor: la línea tiene 3 valores y el encabezado 7 columnas (faltan employmentStartDate, highlyCompensated).");
  await expect(table).toContainText('Censo, línea 3, columna highlyCompensated: debe ser true o false, o quedar vacía para calcularlo con priorYearCompensation y fivePercentOwner (dice "quizás").');
  await expect(table).toContainText('Censo, línea 4, columna employer: debe ser "SOS" (la empresa patrocinadora y sus filiales, menos Inteliant) o "Inteliant" (dice "Acme")');
  await expect(table).toContainText("columna birthDate: es posterior a la fecha de inicio de empleo (31 de diciembre de 1989); revise las dos fechas");
  await expect(table).toContainText(
    "Censo, línea 5, columna terminationDate: es anterior a la fecha de inicio de empleo de esta línea (15 de marzo de 2002); terminationDate es el último día de la etapa de empleo que empieza en esa fecha.",
  );
  await expect(table).toContainText('Censo, línea 6: un valor que se abre con comillas (") en la línea 6 nunca se cierra.');
  expect(await englishLeft(page)).toEqual([]);
});

test("a generated roster of 300: the same counts in both languages, the Spanish with Spanish reasons", async ({ page }) => {
  test.setTimeout(120_000);
  const roster = generatedRoster(300);
  const counts: Record<string, string[]> = {};
  for (const [path, asOf, census, hours, first] of [
    ["/hr/eligibility", "Roster as-of date", "Census CSV", "Hours CSV", "Eligible"],
    ["/es/hr/eligibility", "Fecha del cálculo de la lista", "Censo (CSV)", "Horas (CSV)", "Puede inscribirse"],
  ] as const) {
    await open(page, path, asOf);
    await page.getByLabel(asOf).fill(AS_OF);
    await page.getByLabel(census, { exact: true }).setInputFiles(csvFile("census.csv", roster.census));
    await page.getByLabel(hours, { exact: true }).setInputFiles(csvFile("hours.csv", roster.hours));
    await expect(page.getByTestId("roster-counts")).toBeVisible();
    counts[path] = await page.locator("[data-count]").allTextContents();
    await expect(page.getByTestId("roster-table").getByRole("cell", { name: first, exact: true }).first()).toBeVisible();
  }
  expect(counts["/es/hr/eligibility"]).toEqual(counts["/hr/eligibility"]);
  expect(Number(counts["/hr/eligibility"]![0])).toBe(300);
  await expect(page.getByTestId("roster-summary")).toContainText("300 filas del censo evaluadas con fecha del cálculo del 30 de junio de 2003");
  expect(await englishLeft(page)).toEqual([]);
});

test("the language link opens the same page in the other language, both ways", async ({ page }) => {
  await open(page, "/hr/eligibility", "Roster as-of date");
  await page.getByRole("link", { name: "Español" }).click();
  await expect(page).toHaveURL(/\/es\/hr\/eligibility$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Quién puede inscribirse en el plan");
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/hr\/eligibility$/);
  await expect(page).not.toHaveURL(/\/es\//);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Eligibility to join the plan");
});
