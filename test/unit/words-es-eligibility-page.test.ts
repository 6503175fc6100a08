/**
 * The HR eligibility page in Spanish: lib/words/es/eligibility-page.ts against the English, the
 * one-employee form's problems and the roster's row problems with the Spanish words. Every expected
 * sentence is written by hand from docs/glossary-es.md ("fecha de inicio de empleo", "registro de
 * horas", "censo", "etapa de empleo", "fecha del cálculo"); figures as es-US writes them.
 */
import { describe, expect, it } from "vitest";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { answerForm, type EmployeeForm } from "@/lib/pages/hr-eligibility/single";
import { RosterBuilder, STATUS } from "@/lib/pages/hr-eligibility/roster-builder";
import { streamRecords } from "@/lib/pages/hr-eligibility/stream";
import * as en from "@/lib/words/en/eligibility-page";
import * as es from "@/lib/words/es/eligibility-page";
import * as enRoster from "@/lib/words/en/eligibility-roster";
import * as esRoster from "@/lib/words/es/eligibility-roster";

// Type-level: the Spanish module can stand wherever the English one is used.
const pageCheck: typeof en = es;

const FORM: EmployeeForm = {
  employer: "SOS",
  birthDate: "1980-02-29",
  employmentStartDate: "2002-03-15",
  asOf: "2003-06-30",
  hce: "no",
  priorYearCompensation: "",
  fivePercentOwner: false,
  hoursMode: "rows",
  rows: [
    { date: "2002-09-30", hours: "520" },
    { date: "2003-03-14", hours: "520" },
  ],
  paste: "",
  schedule: { hoursPerWeek: "", from: "", through: "" },
  gaps: [],
};

describe("lib/words/es/eligibility-page", () => {
  it("has the English module's functions, and writes Spanish", () => {
    expect(pageCheck.hoursSummary).toBe(es.hoursSummary);
    expect(es.hoursSummary(53, 1042.86, "2002-03-21", "2003-03-14")).toBe("53 registros de horas, 1,042.86 horas, con fechas del 21 de marzo de 2002 al 14 de marzo de 2003.");
    expect(en.hoursSummary(53, 1042.86, "2002-03-21", "2003-03-14")).toBe("53 entries, 1,042.86 hours, dated March 21, 2002 to March 14, 2003.");
    expect(es.hoursSummary(1, 1, "2002-03-21", "2002-03-21")).toBe("1 registro de horas, 1 hora, con fechas del 21 de marzo de 2002 al 21 de marzo de 2002.");
  });

  it("names the field first, in Spanish", () => {
    expect(es.fieldProblem(es.FIELD_NAMES.birthDate!, es.DATE_PATTERN)).toBe("Fecha de nacimiento: debe escribirse MM/DD/AAAA o AAAA-MM-DD.");
    expect(es.fieldRequired(es.FIELD_NAMES.asOf!)).toBe("Fecha del cálculo: falta este dato.");
    expect(es.hoursEntryProblem({ kind: "row", row: 2 }, "date", { kind: "beforeStart", start: "2002-03-15" })).toBe(
      "Fila 2, fecha: es anterior a la fecha de inicio de empleo (15 de marzo de 2002); las horas se acreditan desde la primera hora de servicio.",
    );
    expect(es.hoursEntryProblem({ kind: "schedule" }, "date", { kind: "required" })).toBe("Primer día: falta este dato.");
    expect(es.gapRehiredTooEarly(1, "2016-06-30")).toBe("Salida 1: la fecha en que volvió debe ser posterior al último día trabajado (30 de junio de 2016).");
    expect(es.pastedLineProblem(3, { kind: "hours", problem: es.problemWords({ code: "negative" }), found: "-8" })).toBe('Línea 3, horas: no puede ser menor que 0 (dice "-8").');
    expect(es.scheduleProblem({ kind: "tooManyHours", most: 168, found: "200" })).toBe('Horas por semana: pueden ser 168 como máximo, todas las horas de una semana (dice "200").');
  });

  it("says what the roster evaluated, its counts and its pages", () => {
    expect(es.summaryStart({ count: 7, employees: 6, rehires: 1, asOf: "2003-06-30", hoursRows: null })).toBe(
      "7 filas del censo evaluadas (6 empleados; 1 volvió a trabajar, con una fila por etapa de empleo) con fecha del cálculo del 30 de junio de 2003, sin archivo de horas",
    );
    expect(es.summaryStart({ count: 300, employees: 300, rehires: 0, asOf: "2003-06-30", hoursRows: 1200 })).toBe(
      "300 filas del censo evaluadas con fecha del cálculo del 30 de junio de 2003, con 1,200 filas de horas",
    );
    expect(es.summaryTime(50)).toBe(" en menos de 0.1 s");
    expect(es.summaryEnd({ census: 1, hours: 0 }, ["notes"])).toBe(". Líneas en blanco que se saltaron: 1 en el censo y 0 en las horas. Columnas que no se usan: notes.");
    expect(es.filterRows(6)).toBe(" (6 filas)");
    expect(es.pageOfRows(101, 200, 1234)).toBe("Filas 101–200 de 1,234");
    expect(es.mayDeferCell(true, { date: "2025-01-01", since: true })).toBe("sí (medio tiempo desde el 1 de enero de 2025)");
    expect(es.mayDeferCell(false, { date: "2026-01-01", since: false })).toBe("no (medio tiempo a partir del 1 de enero de 2026)");
    expect(es.fatalProblem("census", 2, esRoster.NO_EMPLOYEE_ROWS)).toBe(
      "Censo (CSV), línea 2: tiene el encabezado, pero ninguna fila de empleados. No se evaluó nada; corrija el archivo y elíjalo otra vez.",
    );
    expect(es.datesInText("del 2003-03-15")).toBe("del 15 de marzo de 2003");
  });
});

describe("the one-employee form with the Spanish words", () => {
  it("gives the same answer, and its problems in Spanish", () => {
    const spanish = answerForm(FORM, SOS_PLAN, es);
    const english = answerForm(FORM, SOS_PLAN, en);
    expect(spanish.result).toEqual(english.result);
    expect(spanish.result?.eligibilityDate).toBe("2003-03-15");
    const wrong = answerForm({ ...FORM, birthDate: "1980-13-01", rows: [{ date: "2002-01-01", hours: "80" }, { date: "", hours: "1,5" }] }, SOS_PLAN, es);
    expect(wrong.issues.birthDate).toEqual(["Fecha de nacimiento: no es una fecha real del calendario."]);
    expect(wrong.issues["rows.1.hours"]).toEqual(["Fila 2, horas: debe ser un número, como 80 o 7.5."]);
    const early = answerForm({ ...FORM, rows: [{ date: "2002-01-01", hours: "80" }] }, SOS_PLAN, es);
    expect(early.issues["rows.0.date"]).toEqual([
      "Fila 1, fecha: es anterior a la fecha de inicio de empleo (15 de marzo de 2002); las horas se acreditan desde la primera hora de servicio.",
    ]);
  });
});

describe("the roster with the Spanish words", () => {
  async function evaluate(census: string, hours: string, words: typeof enRoster) {
    const builder = new RosterBuilder(SOS_PLAN, "2003-06-30", words);
    await streamRecords(new Blob([census]), builder.census);
    await streamRecords(new Blob([hours]), builder.hours, () => {}, builder.hoursLine);
    builder.endHours();
    return builder.finish();
  }
  const census = [
    "employeeId,employer,birthDate,employmentStartDate,highlyCompensated",
    "A,SOS,1980-02-29,2002-03-15,false",
    "B,SOS,1980-13-01,2002-03-15,false",
    "C,SOS,1970-01-01,2002-01-01,false,extra",
    "A,SOS,1970-01-01,2004-01-01,false",
  ].join("\n");
  const hours = ["employeeId,date,hours", "A,2002-09-30,1040", "Z,2002-09-30,10"].join("\n");

  it("the same statuses and dates as in English, with each row's problem in Spanish, line and column named", async () => {
    const spanish = await evaluate(census, hours, esRoster);
    const english = await evaluate(census, hours, enRoster);
    expect([...spanish.status]).toEqual([...english.status]);
    expect([...spanish.status]).toEqual([STATUS.error, STATUS.error, STATUS.error, STATUS.error]);
    expect(spanish.reasons[1]).toBe('Censo, línea 3, columna birthDate: no es una fecha real del calendario (por ejemplo, 2003-02-29 no existe) (dice "1980-13-01").');
    expect(spanish.reasons[2]).toBe('Censo, línea 4: tiene 6 valores, pero el encabezado tiene 5 columnas; un valor con una coma debe ir entre comillas dobles ("Smith, Jr.").');
    expect(spanish.reasons[0]).toBe(
      'Censo, líneas 2 y 5, columna birthDate: el empleado "A" nació el 29 de febrero de 1980 según la línea 2, pero el 1 de enero de 1970 según la línea 5; las filas de un empleado (una por etapa de empleo) deben coincidir.',
    );
    expect(spanish.hoursProblems.map((problem) => problem.message)).toEqual(['"Z" no está en el censo (CSV)']);
  });

  it("an eligible employee's reason in Spanish", async () => {
    const result = await evaluate("employeeId,employer,birthDate,employmentStartDate,highlyCompensated\nA,SOS,1980-02-29,2002-03-15,false\n", hours, esRoster);
    expect(result.status[0]).toBe(STATUS.eligible);
    expect(result.reasons[0]).toBe("Puede inscribirse: cumple 21 años el 1 de marzo de 2001, servicio cumplido el 15 de marzo de 2003.");
  });

  it("a header that is not the census's, and each row problem, written in Spanish from the facts", () => {
    expect(
      esRoster.headerProblem({ code: "missing", required: ["employeeId", "date", "hours"], optional: [], missing: ["hours"], found: "employeeId;date;hours", separator: "semicolons" }),
    ).toBe(
      'la primera línea debe ser el encabezado employeeId,date,hours; no tiene la columna hours (dice: "employeeId;date;hours"); parece que los valores están separados por punto y coma: guarde el archivo como CSV con comas',
    );
    expect(esRoster.headerProblem({ code: "twice", column: "hours" })).toBe("el encabezado nombra dos veces la columna hours");
    expect(enRoster.emptyCell()).toBe("is empty");
    expect(esRoster.emptyCell()).toBe("está vacía");
    expect(esRoster.found(" 2.500 ")).toBe(' (dice "2.500")');
    expect(esRoster.valuesMissing(1, 8, ["employer", "birthDate"])).toBe("no tiene valor: la línea tiene 1 valor y el encabezado 8 columnas (faltan employer, birthDate)");
    expect(esRoster.valuesMissing(4, 5, ["highlyCompensated"])).toBe("no tiene valor: la línea tiene 4 valores y el encabezado 5 columnas (falta highlyCompensated)");
    expect(esRoster.extraValues(9, 8)).toBe('tiene 9 valores, pero el encabezado tiene 8 columnas; un valor con una coma debe ir entre comillas dobles ("Smith, Jr.")');
    expect(esRoster.birthAfterStart("1989-12-31")).toBe("es posterior a la fecha de inicio de empleo (31 de diciembre de 1989); revise las dos fechas");
    expect(esRoster.endBeforeStart("2002-03-15")).toBe(
      "es anterior a la fecha de inicio de empleo de esta línea (15 de marzo de 2002); terminationDate es el último día de la etapa de empleo que empieza en esa fecha",
    );
    expect(esRoster.unclosedQuote(2)).toBe('un valor que se abre con comillas (") en la línea 2 nunca se cierra');
  });

});
