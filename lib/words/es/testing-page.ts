/**
 * The /hr/testing page's sentences with figures the browser fills in, in Spanish (US): the same
 * functions as lib/words/en/testing-page.ts, in the words of docs/glossary-es.md. The letters ADP
 * and ACP, the lines' names (SOS, Inteliant) and the employees' ids stay as they are.
 */
import type { TestLetters } from "../en/testing-page";
import { formatCount } from "../format";

/** A prior-year figure the number reader refused (lib/read-issues.ts), in Spanish. */
export { problemWords } from "./problems";

/** A prior-year figure's label: "Inteliant: ADP de los demás empleados en 2001 (%)". */
export function priorLabel(line: string, year: number, test: TestLetters): string {
  return `${line}: ${test} de los demás empleados en ${year} (%)`;
}

/** A prior-year figure's message: "Inteliant, ADP: es obligatoria con el método del año anterior." */
export function priorError(line: string, test: TestLetters, problem: string): string {
  return `${line}, ${test}: ${problem}.`;
}

/** A prior-year figure left blank. */
export function priorRequired(): string {
  return "es obligatoria con el método del año anterior";
}

/** A prior-year figure with more than 2 decimals. */
export function priorDecimals(): string {
  return "debe tener 2 decimales como máximo (centésimas de punto porcentual)";
}

/** The run's progress, in megabytes: "Leyendo y haciendo las pruebas: 1.2 de 4.8 MB". */
export function progress(doneBytes: number, totalBytes: number): string {
  return `Leyendo y haciendo las pruebas: ${formatCount(doneBytes / 1_000_000, 1)} de ${formatCount(totalBytes / 1_000_000, 1)} MB`;
}

/** The worker failed. */
export function runFailed(message: string): string {
  return `No se pudo revisar el archivo: ${message}`;
}

/** The file has no header: nothing is tested. */
export function fatalProblem(line: number, message: string): string {
  return `Archivo de aportaciones (CSV), línea ${line}: ${message}. No se hizo ninguna prueba; corrija el archivo y vuelva a elegirlo.`;
}

/** The form keeps the tests from running. */
export function notTested(message: string): string {
  return `No se hizo la prueba: ${message}.`;
}

/** What was read: "11 filas leídas para el año del plan 2002: 8 contadas, 1 sin contar, 2 con errores." */
export function summary(rows: number, planYear: number, counted: number, notCounted: number, inError: number): string {
  const rowWord = rows === 1 ? "fila leída" : "filas leídas";
  return `${formatCount(rows)} ${rowWord} para el año del plan ${planYear}: ${formatCount(counted)} ${counted === 1 ? "contada" : "contadas"}, ${formatCount(notCounted)} sin contar, ${formatCount(inError)} con errores.`;
}

/** Columns of the file the page does not use. */
export function ignoredColumns(columns: readonly string[]): string {
  return ` Columnas que no se usan: ${columns.join(", ")}.`;
}

/** The heading of the rows in error. */
export function problemsHeading(n: number): string {
  return `Filas con errores: ${formatCount(n)} (no entran en las pruebas; las demás filas sí)`;
}

/** Where a problem is: "Línea 12" (the column follows, in code). */
export function fileLine(line: number): string {
  return `Línea ${line}`;
}

/** What a list shows of more than it lists. */
export function moreInDownload(n: number): string {
  return `…y ${formatCount(n)} más, en el archivo que puede descargar.`;
}

/** A line's heading: "Inteliant: en la prueba, 3 empleados con sueldo alto y 4 de los demás empleados". */
export function lineHeading(line: string, hce: number, nhce: number): string {
  return `${line}: en la prueba, ${formatCount(hce)} ${hce === 1 ? "empleado" : "empleados"} con sueldo alto y ${formatCount(nhce)} de los demás empleados`;
}

/** The name of a line's figures table. */
export function figuresLabel(line: string): string {
  return `${line}: cifras de las pruebas ADP y ACP`;
}

/** A failed test's table of refunds (ADP) or excess match (ACP), with its total. */
export function refundsTitle(line: string, test: TestLetters, excess: string): string {
  return test === "ADP" ? `${line}: devoluciones de aportaciones en exceso, ${excess} en total` : `${line}: aportación de la empresa en exceso, ${excess} en total`;
}

/** The heading of the employees not counted. */
export function notCountedHeading(n: number): string {
  return `No se cuentan en las pruebas: ${formatCount(n)}`;
}

/** An employee not counted, and why: "Línea 10, S-9: Empleado con sueldo alto (HCE): …". */
export function notCountedLine(line: number, id: string, sentence: string): string {
  return `Línea ${line}, ${id}: ${sentence}`;
}

/** A deadline's sentence ("A más tardar el 15 de marzo de 2003: si las devoluciones …") beside its date: what it means, standing alone. */
export function deadlineMeaning(sentence: string): string {
  const meaning = sentence.replace(/^A más tardar el [^:]+: /, "");
  return meaning.charAt(0).toUpperCase() + meaning.slice(1);
}

/**
 * A sentence quoted from the plan's report, translated: the 11-K is in English, and a Spanish page
 * quotes it in Spanish beside its citation. A sentence this module does not know stays as written.
 */
const QUOTES: Readonly<Record<string, string>> = {
  "The Plan treats employees of Inteliant as a separate line of business for purposes of operational testing.":
    "El plan trata a los empleados de Inteliant como una línea de negocio aparte para las pruebas de funcionamiento del plan.",
};
export function planQuote(text: string): string {
  return QUOTES[text] ?? text;
}
