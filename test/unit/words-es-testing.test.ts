/**
 * The /hr/testing page's own words in Spanish (lib/words/es/testing-file.ts, testing-page.ts)
 * against the English: the same functions, each expected sentence written by hand from
 * docs/glossary-es.md ("empleado con sueldo alto", "los demás empleados", "aportación de la
 * empresa", "devolución de aportaciones en exceso", "año del plan", "regla de medio tiempo"), with
 * the CSV's column names and values (true, SOS, Inteliant) as a file has them. And the Spanish
 * page's view of a file: ContributionsReader and evaluateContributions given the Spanish words.
 */
import { describe, expect, it } from "vitest";
import { CsvRecordReader } from "@/lib/pages/hr-eligibility/csv-reader";
import { ContributionsReader, CONTRIBUTIONS_COLUMNS, type FileWords } from "@/lib/pages/hr-testing/census";
import { evaluateContributions } from "@/lib/pages/hr-testing/evaluate";
import { readPriorFigure, type PageWords } from "@/lib/pages/hr-testing/form";
import { CONTRIBUTIONS_TEMPLATE } from "@/lib/pages/hr-testing/template";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import * as enFile from "@/lib/words/en/testing-file";
import * as enPage from "@/lib/words/en/testing-page";
import { longDate } from "@/lib/words/es/format";
import * as sentences from "@/lib/words/es/nondiscrimination";
import * as esFile from "@/lib/words/es/testing-file";
import * as esPage from "@/lib/words/es/testing-page";

// Type-level: the Spanish modules stand wherever the English ones are given.
const fileCheck: FileWords = esFile;
const pageCheck: PageWords = esPage;

const HEADER = "id,employer,highlyCompensated,priorYearCompensation,fivePercentOwner,compensation,deferrals,match,longTermPartTime";

/** A contributions file read as the Spanish worker reads it. */
function spanishView(text: string, planYear = 2002) {
  const reader = new ContributionsReader(esFile);
  const csv = new CsvRecordReader(reader.record);
  csv.push(text);
  csv.end();
  return evaluateContributions(reader.finish(), { planYear, method: "current-year" }, SOS_PLAN, { sentences, file: esFile, longDate });
}

describe("lib/words/es/testing-file: the file's problems", () => {
  it("mirrors the English module", () => {
    expect(Object.keys(esFile).sort()).toEqual(Object.keys(enFile).sort());
    expect(fileCheck.found).toBe(esFile.found);
  });

  it("quotes the value found, shortened past 40 characters", () => {
    expect(esFile.found(" 12.345 ")).toBe(' (dice "12.345")');
    expect(esFile.found("x".repeat(45))).toBe(` (dice "${"x".repeat(40)}…")`);
  });

  it("says each cell's problem after its column", () => {
    expect(esFile.emptyCell()).toBe("está vacía");
    expect(esFile.booleanProblem("work-out-hce")).toBe("debe ser true o false, o quedar vacía para calcularlo con priorYearCompensation y fivePercentOwner");
    expect(esFile.booleanProblem("no")).toBe("debe ser true o false, o quedar vacía para decir que no");
    expect(esFile.employerProblem()).toBe('debe ser "SOS" (la empresa patrocinadora y sus filiales, menos Inteliant) o "Inteliant"');
    expect(esFile.idTooLong(200)).toBe("debe tener 200 caracteres o menos");
    expect(esFile.repeatedId("A-1", 3)).toBe('repite el identificador "A-1" de la línea 3; cada empleado tiene una sola fila');
    expect(esFile.zeroCompensation()).toBe("es 0, pero las aportaciones o la aportación de la empresa son mayores que 0: un porcentaje necesita un sueldo");
    expect(esFile.partTimeTooEarly(2002, 2024)).toBe("es true, pero el año del plan 2002 es anterior a 2024, cuando empieza la regla de medio tiempo");
    expect(esFile.unclosedQuote(7)).toBe('un valor que se abre con comillas (") en la línea 7 nunca se cierra');
  });

  it("says what is wrong with the first line, with the columns as the file names them", () => {
    expect(esFile.headerProblem({ code: "twice", column: "deferrals" })).toBe("el encabezado nombra dos veces la columna deferrals");
    expect(esFile.headerProblem({ code: "missing", required: ["id", "employer"], optional: ["match"], missing: ["employer"], found: "id;employer", separator: "semicolons" })).toBe(
      'la primera línea debe ser el encabezado id,employer (y, si quiere, match); no tiene la columna employer (dice: "id;employer"); parece que los valores están separados por punto y coma: guarde el archivo como CSV con comas',
    );
    expect(esFile.headerProblem({ code: "missing", required: ["id", "employer"], optional: [], missing: ["id", "employer"], found: "", separator: null })).toBe(
      "la primera línea debe ser el encabezado id,employer; no tiene las columnas id, employer (la línea está vacía)",
    );
    expect(esFile.emptyFile(["id", "employer"])).toBe("el archivo está vacío; la primera línea debe ser el encabezado id,employer");
  });

  it("writes the export's messages and the form's refusals", () => {
    expect(esFile.problemsText([{ column: "deferrals", message: "está vacía" }, { column: "", message: "una fila" }])).toBe("columna deferrals: está vacía; una fila");
    expect(esFile.formIncomplete()).toBe("no se hizo la prueba: el formulario está incompleto");
    expect(esFile.notTestable("priorYear.SOS", "falta")).toBe("las cifras del año anterior de la línea SOS: falta");
    expect(esFile.notTestable("employees.3.priorYearCompensation", "no hay umbral")).toBe("columna priorYearCompensation: no hay umbral");
    // In English the rule's message stands alone, as the page has always shown it.
    expect(enFile.notTestable("priorYear.SOS", "is required")).toBe("is required");
  });
});

describe("lib/words/es/testing-page: the page's sentences with figures", () => {
  it("mirrors the English module", () => {
    expect(Object.keys(esPage).sort()).toEqual(Object.keys(enPage).sort());
    expect(pageCheck.summary).toBe(esPage.summary);
  });

  it("labels and refuses the prior-year figures", () => {
    expect(esPage.priorLabel("Inteliant", 2001, "ADP")).toBe("Inteliant: ADP de los demás empleados en 2001 (%)");
    expect(esPage.priorError("SOS", "ACP", "es obligatoria con el método del año anterior")).toBe("SOS, ACP: es obligatoria con el método del año anterior.");
    expect(readPriorFigure("", esPage)).toEqual({ ok: false, problem: "es obligatoria con el método del año anterior" });
    expect(readPriorFigure("3.125", esPage)).toEqual({ ok: false, problem: "debe tener 2 decimales como máximo (centésimas de punto porcentual)" });
    expect(readPriorFigure("4.25%", esPage)).toEqual({ ok: true, value: 4.25 });
    expect(readPriorFigure("abc", esPage)).toMatchObject({ ok: false, problem: expect.stringMatching(/^debe ser un número/) });
  });

  it("says where a run stands and what it read, with US figures", () => {
    expect(esPage.progress(1_234_567, 4_800_000)).toBe("Leyendo y haciendo las pruebas: 1.2 de 4.8 MB");
    expect(esPage.runFailed("sin memoria")).toBe("No se pudo revisar el archivo: sin memoria");
    expect(esPage.fatalProblem(1, "el archivo está vacío")).toBe("Archivo de aportaciones (CSV), línea 1: el archivo está vacío. No se hizo ninguna prueba; corrija el archivo y vuelva a elegirlo.");
    expect(esPage.notTested("falta")).toBe("No se hizo la prueba: falta.");
    expect(esPage.summary(12_000, 2002, 11_998, 1, 1)).toBe("12,000 filas leídas para el año del plan 2002: 11,998 contadas, 1 sin contar, 1 con errores.");
    expect(esPage.summary(1, 2024, 1, 0, 0)).toBe("1 fila leída para el año del plan 2024: 1 contada, 0 sin contar, 0 con errores.");
    expect(esPage.ignoredColumns(["name", "notes"])).toBe(" Columnas que no se usan: name, notes.");
  });

  it("heads the results", () => {
    expect(esPage.problemsHeading(2)).toBe("Filas con errores: 2 (no entran en las pruebas; las demás filas sí)");
    expect(esPage.fileLine(12)).toBe("Línea 12");
    expect(esPage.moreInDownload(1_250)).toBe("…y 1,250 más, en el archivo que puede descargar.");
    expect(esPage.lineHeading("Inteliant", 3, 4)).toBe("Inteliant: en la prueba, 3 empleados con sueldo alto y 4 de los demás empleados");
    expect(esPage.lineHeading("SOS", 1, 1)).toBe("SOS: en la prueba, 1 empleado con sueldo alto y 1 de los demás empleados");
    expect(esPage.figuresLabel("SOS")).toBe("SOS: cifras de las pruebas ADP y ACP");
    expect(esPage.refundsTitle("Inteliant", "ADP", "$2,000.00")).toBe("Inteliant: devoluciones de aportaciones en exceso, $2,000.00 en total");
    expect(esPage.refundsTitle("Inteliant", "ACP", "$10.00")).toBe("Inteliant: aportación de la empresa en exceso, $10.00 en total");
    expect(esPage.notCountedHeading(1)).toBe("No se cuentan en las pruebas: 1");
    expect(esPage.notCountedLine(10, "S-9", "Empleado con sueldo alto (HCE).")).toBe("Línea 10, S-9: Empleado con sueldo alto (HCE).");
  });

  it("takes a deadline's meaning from its sentence, and quotes the 11-K in Spanish", () => {
    expect(esPage.deadlineMeaning("A más tardar el 15 de marzo de 2003: si las devoluciones se pagan para ese día, no hay impuesto.")).toBe("Si las devoluciones se pagan para ese día, no hay impuesto.");
    expect(enPage.deadlineMeaning("By March 15, 2003: refunds paid by then spare the employer an excise tax.")).toBe("Refunds paid by then spare the employer an excise tax.");
    expect(esPage.planQuote(SOS_PLAN.nondiscrimination.separateLines.quote)).toBe(
      "El plan trata a los empleados de Inteliant como una línea de negocio aparte para las pruebas de funcionamiento del plan.",
    );
    expect(esPage.planQuote("A sentence not known.")).toBe("A sentence not known.");
  });
});

describe("the Spanish page's view of a file (the Spanish worker's words)", () => {
  it("the template: Inteliant fails the ADP test, with es-US dates; the figures as in English", () => {
    const view = spanishView(CONTRIBUTIONS_TEMPLATE);
    const inteliant = view.lines.find((line) => line.line === "Inteliant")!;
    expect(inteliant.adp.verdict).toBe("Inteliant no pasa la prueba de no discriminación ADP: los empleados con sueldo alto (HCE) aportaron en promedio el 5.83% de su sueldo; el límite es el 5.00%.");
    expect(inteliant.adp.refunds).toEqual([{ line: 2, id: "I-101", amount: "$2,000.00", forfeitedMatch: "$524.00" }]);
    expect(view.deadlines?.map((deadline) => deadline.date)).toEqual(["15 de marzo de 2003", "31 de diciembre de 2003"]);
    expect(view.deadlines?.[0]?.meaning).toMatch(/^A más tardar el 15 de marzo de 2003: si las devoluciones/);
    expect(view.earnings).toBe("Cada devolución lleva también las ganancias que produjo, que esta calculadora no calcula; súmelas antes de pagar.");
  });

  it("bad rows in Spanish by column, the parser's fragments too; the export's codes stay", () => {
    const view = spanishView(`${HEADER}\nA,Acme,false,,,1000,10,0,\nB,Inteliant,maybe,,,1000,10.123,0,\nA,Inteliant,false,,,1000,10,0,\nC,Inteliant,false,,,0,10,0,\nD,Inteliant,false,,,1000,,0,\n`);
    expect(view.problems).toEqual([
      { line: 2, column: "employer", message: 'debe ser "SOS" (la empresa patrocinadora y sus filiales, menos Inteliant) o "Inteliant" (dice "Acme")' },
      { line: 3, column: "highlyCompensated", message: 'debe ser true o false, o quedar vacía para calcularlo con priorYearCompensation y fivePercentOwner (dice "maybe")' },
      { line: 3, column: "deferrals", message: 'debe tener como máximo 2 decimales (centavos enteros); si quiere decir 10,123 dólares, escriba 10123 o 10,123 (dice "10.123")' },
      { line: 4, column: "id", message: 'repite el identificador "A" de la línea 2; cada empleado tiene una sola fila' },
      { line: 5, column: "compensation", message: "es 0, pero las aportaciones o la aportación de la empresa son mayores que 0: un porcentaje necesita un sueldo" },
      { line: 6, column: "deferrals", message: "está vacía" },
    ]);
    const lines = view.csv.trim().split("\r\n");
    expect(lines[0]).toBe("line,employeeId,testingLine,counted,reason,highlyCompensated,deferralRate,contributionRate,adpRefund,forfeitedMatch,acpExcess,message");
    expect(lines[1]).toBe('2,A,,false,error,,,,,,,"columna employer: debe ser ""SOS"" (la empresa patrocinadora y sus filiales, menos Inteliant) o ""Inteliant"" (dice ""Acme"")"');
  });

  it("a file with no header, and an empty file, in Spanish", () => {
    expect(spanishView("I-1,Inteliant,true,,,1000,10,0,\n").fatal).toEqual({
      line: 1,
      message: 'la primera línea debe ser el encabezado id,employer,compensation,deferrals (y, si quiere, highlyCompensated,priorYearCompensation,fivePercentOwner,match,longTermPartTime); no tiene las columnas id, employer, compensation, deferrals (dice: "I-1,Inteliant,true,1000,10,0")',
    });
    expect(spanishView("").fatal).toEqual({ line: 1, message: `el archivo está vacío; la primera línea debe ser el encabezado ${CONTRIBUTIONS_COLUMNS.join(",")}` });
    expect(spanishView(`${HEADER},deferrals\n`).fatal?.message).toBe("el encabezado nombra dos veces la columna deferrals");
  });

  it("the English reader's header problem is readHeader's, word for word", () => {
    const reader = new ContributionsReader(enFile);
    reader.record(["id;employer;compensation;deferrals"], 1, false);
    expect(reader.finish().fatal?.message).toBe(
      'the first line must be the header id,employer,compensation,deferrals (optionally highlyCompensated,priorYearCompensation,fivePercentOwner,match,longTermPartTime); it has no column id, employer, compensation, deferrals (found: "id;employer;compensation;deferrals"); the values seem to be separated by semicolons: save the file as CSV with commas',
    );
  });
});
