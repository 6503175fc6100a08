/**
 * /es/participant: the calculator in Spanish. The same fragment gives the same money figures and
 * dates as /participant (the fragment's keys never change with the language); the form, the
 * results, the chart and the printed statement are in Spanish, with no English left; errors name
 * the field in Spanish; the language link keeps the fragment both ways; axe finds nothing at phone
 * and desktop width; and the page stays within the JavaScript budget of the English one.
 * Expected figures are the English tests' hand-worked ones (test/e2e/participant.spec.ts).
 */
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, expectNoSidewaysScroll } from "./axe";
import { englishLeft } from "./english-left";

/** The home page's worked example: 3 years, $10,000 / $500 / $4,000.01 → $12,500.01 vested. */
const THREE_YEARS =
  "asOf=2002-12-31&employer=SOS&birthDate=1970-07-04&yearsOfService=3&balances.deferral=10000&balances.rollover=500&balances.match=4000.01&compensation=40000&salaryGrowthPercent=3&deferralPercent=10&matchPreset=2002&matchPercentOfDeferral=26.2&annualReturnPercent=6";
/** The projection example: 2 years, $12,000 / $3,000, $40,000 pay, 10%, 26.2% match, 6%, one year. */
const PROJECTION =
  "asOf=2002-12-31&employer=SOS&birthDate=1970-07-04&yearsOfService=2&balances.deferral=12000&balances.match=3000&compensation=40000&salaryGrowthPercent=0&deferralPercent=10&matchPreset=2002&matchPercentOfDeferral=26.2&annualReturnPercent=6&years=1";
/** A start date: 2001-03-15, as of 2003-11-29, $4,259.44 of match; 25 years ahead with 3% inflation. */
const START_DATE =
  "asOf=2003-11-29&employer=SOS&birthDate=1970-07-04&employmentStartDate=2001-03-15&balances.match=4259.44&compensation=40000&salaryGrowthPercent=3&deferralPercent=10&matchPreset=2002&matchPercentOfDeferral=26.2&annualReturnPercent=6&inflationPercent=3&years=25";
/** The temp worker with a gap, by hours in each plan year (the English test's TEMP_WORKER). */
const TEMP_WORKER =
  "asOf=2005-06-30&employer=SOS&birthDate=1975-05-01&employmentStartDate=2000-03-06&service=hours&hoursByYear.2000=1400&hoursByYear.2001=300&hoursByYear.2002=0&hoursByYear.2003=700&hoursByYear.2004=1200&hoursByYear.2005=620&balances.deferral=5000&balances.match=1777.78&compensation=30000&salaryGrowthPercent=0&deferralPercent=6&matchPreset=2002&matchPercentOfDeferral=26.2&annualReturnPercent=6&years=3";
/** Inteliant, 1 year, a 20% deferral (over the plan's cap): the limit's warning. */
const OVER_THE_CAP =
  "asOf=2002-12-31&employer=Inteliant&birthDate=1960-01-01&yearsOfService=1&balances.deferral=2000&balances.match=500&compensation=40000&salaryGrowthPercent=0&deferralPercent=20&matchPreset=none&matchPercentOfDeferral=0&annualReturnPercent=6&years=2";

const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];
const iso = (year: string, month: number, day: string) => `${year}-${String(month + 1).padStart(2, "0")}-${day.padStart(2, "0")}`;

/** Every money figure and every date in words (as ISO) in the results column, sorted, each once. */
async function figures(page: Page): Promise<{ money: string[]; dates: string[] }> {
  const text = await page.locator("#results").innerText();
  const money = [...new Set(text.match(/\$[\d,]+\.\d\d/g) ?? [])].sort();
  const dates = new Set<string>();
  for (const match of text.matchAll(new RegExp(`(${MONTHS_EN.join("|")}) (\\d{1,2}), (\\d{4})`, "g"))) dates.add(iso(match[3]!, MONTHS_EN.indexOf(match[1]!), match[2]!));
  for (const match of text.matchAll(new RegExp(`(\\d{1,2}) de (${MONTHS_ES.join("|")}) de (\\d{4})`, "g"))) dates.add(iso(match[3]!, MONTHS_ES.indexOf(match[2]!), match[1]!));
  return { money, dates: [...dates].sort() };
}

async function open(page: Page, path: string, fragment: string) {
  await page.goto(`${path}#${fragment}`);
  await expect(page.getByTestId("vested-total")).toBeVisible();
  await expect(page.locator("#results")).not.toContainText(/Loading|Cargando/);
}

async function fill(page: Page, name: string, value: string) {
  const input = page.getByRole("textbox", { name, exact: true });
  await input.fill(value);
  await input.blur();
}

test.describe("the participant calculator in Spanish", () => {
  test("lang, title and h1 in Spanish; the empty page has no English left", async ({ page }) => {
    await page.goto("/es/participant");
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page).toHaveTitle(/^Participante: lo que ya es suyo y lo que le da quedarse/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Su 401(k): lo que ya es suyo y lo que le da quedarse");
    await expect(page.getByLabel("Fecha del cálculo")).not.toHaveValue("");
    await expect(page.getByRole("heading", { name: "Lo que ya es suyo hoy" })).toBeVisible();
    await expect(page.locator("#results").getByText("Escriba sus años de servicio para ver cuánto ya es suyo hoy.")).toBeVisible();
    await expect(page.getByTestId("sticky-summary")).toContainText("Escriba sus años de servicio para ver cuánto ya es suyo hoy.");
    expect(await englishLeft(page)).toEqual([]);
  });

  for (const [name, fragment] of [
    ["3 years of service", THREE_YEARS],
    ["the projection example", PROJECTION],
    ["a start date, 25 years, today's dollars", START_DATE],
    ["hours in each plan year, with a gap", TEMP_WORKER],
    ["Inteliant over the plan's cap", OVER_THE_CAP],
  ] as const) {
    test(`${name}: the same money figures and dates as /participant, and no English left`, async ({ page }) => {
      await open(page, "/participant", fragment);
      const english = await figures(page);
      await open(page, "/es/participant", fragment);
      const spanish = await figures(page);
      expect(english.money.length).toBeGreaterThan(3);
      expect(spanish).toEqual(english);
      // The whole table too: every column, cell by cell (only "step"/"paso" differs).
      const cells = async () => (await page.getByTestId("projection-table").locator("tbody").innerText()).replace(/step|paso/g, "·");
      await page.goto(`/participant#${fragment}`);
      await page.getByRole("button", { name: "Show all columns" }).click();
      const englishCells = await cells();
      await page.goto(`/es/participant#${fragment}`);
      await page.getByRole("button", { name: "Mostrar todas las columnas" }).click();
      expect(await cells()).toBe(englishCells);
      for (const details of await page.locator("details").all()) await details.locator("summary").click();
      expect(await englishLeft(page)).toEqual([]);
    });
  }

  test("the figures worked by hand, in Spanish sentences", async ({ page }) => {
    await open(page, "/es/participant", THREE_YEARS);
    // 3 years → 50%; 4000.01 × 0.5 → 2000.01 half-up; 10000 + 500 + 2000.01 = 12500.01 of 14500.01.
    await expect(page.getByTestId("vested-total")).toHaveText("$12,500.01");
    await expect(page.getByTestId("vested-percent")).toHaveText("50%");
    await expect(page.getByTestId("sticky-summary")).toContainText("Ya es suyo hoy: $12,500.01 de $14,500.01 (de la aportación de la empresa, el 50%)");
    await expect(page.getByTestId("forfeit-sentence")).toContainText("31 de diciembre de 2002");
    await expect(page.getByTestId("forfeit-sentence")).toContainText("$2,000.00");

    await open(page, "/es/participant", PROJECTION);
    // 2003: vested 16840 + 2129.72 = 18969.72, forfeitable 2129.72; 15% of 40000 = 6000.
    await expect(page.getByTestId("leave-sentence")).toHaveText("Si se va al final de 2003: se queda con $18,969.72 y pierde $2,129.72.");
    await expect(page.getByTestId("max-deferral")).toHaveText("$6,000.00");
    await expect(page.getByTestId("binding-limit")).toHaveText("el tope del 15% del plan");
    await expect(page.getByRole("heading", { name: "El máximo que puede aportar en 2003" })).toBeVisible();
    const row = page.getByTestId("projection-table").locator("tbody tr").first();
    await expect(row.locator("th, td").filter({ visible: true })).toHaveText(["2003", "33", "3", "paso 50%", "$21,099.44", "$18,969.72", "$2,129.72"]);
    await expect(page.getByRole("option", { name: "2003 (33 años de edad)" })).toBeAttached();

    await open(page, "/es/participant", TEMP_WORKER);
    // 2000 and 2004 are years of service: 2 years → 0%.
    await expect(page.getByTestId("years-sentence")).toHaveText("2 años de servicio contados: ya es suyo el 0% de la aportación de la empresa.");
    await expect(page.getByLabel("Horas en 2005 hasta ahora")).toHaveValue("620");
    // Said twice: under the hours rows, and in the service record's note.
    const dating = "Las horas de este año hasta ahora cuentan como trabajadas a más tardar en la fecha del cálculo, el 30 de junio de 2005.";
    await expect(page.locator("#hours-dating")).toContainText(dating);
    await expect(page.getByRole("region", { name: "Sus resultados" }).getByText(dating)).toBeVisible();
    await expect(page.getByTestId("service-table").locator("tbody tr")).toHaveCount(6);
  });

  test("errors are in Spanish and name the field", async ({ page }) => {
    await open(page, "/es/participant", PROJECTION);
    await fill(page, "Fecha de nacimiento", "2003-06-01");
    await expect(page.locator("#f-birthDate-message")).toHaveText("Fecha de nacimiento: es posterior a la fecha del cálculo (31 de diciembre de 2002). Revise las dos fechas.");
    await expect(page.getByTestId("problems")).toContainText("Hay datos que corregir");
    await expect(page.locator("#results")).toContainText("Corrija su fecha de nacimiento (vea el mensaje junto al campo) para ver los próximos años.");
    await fill(page, "Fecha de nacimiento", "1970-07-04");
    await fill(page, "Fecha del cálculo", "1999-12-31");
    await expect(page.locator("#f-asOf-message")).toHaveText(
      "Fecha del cálculo: debe ser de 2001 o después. La proyección empieza el año del plan siguiente y la tabla de límites del IRS empieza en 2002.",
    );
    await fill(page, "Fecha del cálculo", "2002-12-31");
    // A field the parser refuses: the field's Spanish name, then the issue in Spanish.
    await fill(page, "Saldo de la aportación de la empresa", "-5");
    await expect(page.locator("#f-balances-match-message")).toHaveText("Saldo de la aportación de la empresa: no puede ser menor que 0.");
    await fill(page, "Fecha de nacimiento", "2003-02-29");
    await expect(page.locator("#f-birthDate-message")).toHaveText("Fecha de nacimiento: no es una fecha real del calendario (por ejemplo, 2003-02-29 no existe).");
    expect(await englishLeft(page)).toEqual([]);
    await expect(page.getByTestId("vested-total")).toHaveCount(0);
    await expect(page.getByTestId("max-deferral")).toHaveText("$6,000.00");
  });

  test("the language link keeps the fragment, both ways, and the figures with it", async ({ page }) => {
    await open(page, "/participant", THREE_YEARS);
    await page.getByRole("link", { name: "Español" }).click();
    await expect(page).toHaveURL(/\/es\/participant#asOf=2002-12-31&/);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByTestId("vested-total")).toHaveText("$12,500.01");
    await page.getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/participant#asOf=2002-12-31&/);
    await expect(page).not.toHaveURL(/\/es\//);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByTestId("vested-total")).toHaveText("$12,500.01");
  });

  test("the printed statement is in Spanish, on one page", async ({ page }) => {
    await open(page, "/es/participant", PROJECTION.replace("years=1", "years=25").replace("birthDate=1970-07-04", "birthDate=07%2F04%2F1970"));
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("form", { name: "Sus datos" })).toBeHidden();
    const summary = page.locator("section", { has: page.getByRole("heading", { name: "Sus cifras", includeHidden: true }) });
    await expect(summary).toContainText("Fecha del cálculo31 de diciembre de 2002");
    await expect(summary).toContainText("Fecha de nacimiento4 de julio de 1970");
    await expect(summary).toContainText("EmpresaSOS Staffing Services, Inc. y sus filiales, salvo Inteliant");
    await expect(summary).toContainText("Saldossus aportaciones $12,000.00, traído de otro plan $0.00, aportación de la empresa $3,000.00");
    await expect(summary).toContainText("¿Plan terminado?no, sigue vigente");
    await expect(page.getByText("Si se va al final de 2003: se queda con $18,969.72")).toBeVisible();
    expect(await englishLeft(page)).toEqual([]);
    const pdf = await page.pdf({ format: "Letter" });
    expect((pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? []).length).toBe(1);
  });

  for (const width of [375, 1280]) {
    test(`at ${width} wide: axe clean, no sideways scroll, with results and with errors`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await open(page, "/es/participant", START_DATE);
      await expectNoSidewaysScroll(page);
      await expectNoAxeViolations(page);
      await open(page, "/es/participant", TEMP_WORKER);
      await expectNoSidewaysScroll(page);
      await expectNoAxeViolations(page);
      await fill(page, "Fecha de nacimiento", "2010-01-01");
      await expect(page.getByTestId("problems")).toBeVisible();
      await expectNoSidewaysScroll(page);
      await expectNoAxeViolations(page);
    });
  }

  test("the hours helpers speak Spanish", async ({ page }) => {
    await open(page, "/es/participant", TEMP_WORKER);
    await page.getByText("Calcular un año: semanas × horas por semana").click();
    await fill(page, "Semanas trabajadas", "26");
    await fill(page, "Horas por semana", "40");
    await expect(page.getByText("26 × 40 = 1,040 horas.")).toBeVisible();
    await page.getByRole("button", { name: "Poner estas horas en 2005" }).click();
    await expect(page.getByLabel("Horas en 2005 hasta ahora")).toHaveValue("1,040");
    await page.getByText("Pegar desde una hoja de cálculo").click();
    await page.getByLabel("Dos columnas: el año (o una fecha) y las horas, una línea para cada uno").fill("2003\t800\n1990\t80");
    await page.getByRole("button", { name: "Usar estas líneas" }).click();
    await expect(page.getByTestId("paste-result")).toContainText("Horas puestas en 2003.");
    await expect(page.getByTestId("paste-result")).toContainText("Línea 2: 1990 no es uno de los años del plan, de 2000 a 2005.");
  });
});
