/**
 * The /hr/testing contributions file's problems in Spanish (US): the same functions as
 * lib/words/en/testing-file.ts. Each problem completes a sentence that starts with its column's
 * name ("columna deferrals" + ": está vacía"); CSV column names and the values a file holds (true,
 * false, SOS, Inteliant) stay as they are, so a file works on both pages. Words from
 * docs/glossary-es.md.
 */
/** A cell the parser refused (lib/read-issues.ts), and a rule's refusal (lib/errors.ts): the Spanish words for them. */
export { failureWords, problemWords } from "./problems";
export { ruleInputWords } from "./rule-input";
/** The header and cell problems both HR files share. */
export { booleanProblem, emptyCell, employerProblem, found, headerProblem, idTooLong, unclosedQuote } from "./file-cells";

/** An id already used on an earlier line. */
export function repeatedId(id: string, firstLine: number): string {
  return `repite el identificador "${id}" de la línea ${firstLine}; cada empleado tiene una sola fila`;
}

/** No pay, but money deferred or matched. */
export function zeroCompensation(): string {
  return "es 0, pero las aportaciones o la aportación de la empresa son mayores que 0: un porcentaje necesita un sueldo";
}

/** A long-term part-time employee in a plan year before the rule. */
export function partTimeTooEarly(planYear: number, firstYear: number): string {
  return `es true, pero el año del plan ${planYear} es anterior a ${firstYear}, cuando empieza la regla de medio tiempo`;
}

/** A file with no line at all. */
export function emptyFile(columns: readonly string[]): string {
  return `el archivo está vacío; la primera línea debe ser el encabezado ${columns.join(",")}`;
}

/** A row's problems in the export's message column: "columna deferrals: debe tener …". */
export function problemsText(problems: readonly { column: string; message: string }[]): string {
  return problems.map((problem) => (problem.column ? `columna ${problem.column}: ${problem.message}` : problem.message)).join("; ");
}

/** The export's message for a good row when nothing could be tested (the form incomplete). */
export function formIncomplete(): string {
  return "no se hizo la prueba: el formulario está incompleto";
}

/**
 * The form (or a row) kept the tests from running: the rule's message (ruleInputWords) after the
 * field it concerns, as the page names it: a line's prior-year figures, or a column of the file.
 */
export function notTestable(path: string, message: string): string {
  const prior = /^priorYear\.([^.]+)/.exec(path);
  if (prior) return `las cifras del año anterior de la línea ${prior[1]}: ${message}`;
  const column = /^employees\.\d+\.(\w+)$/.exec(path);
  if (column) return `columna ${column[1]}: ${message}`;
  return `${path}: ${message}`;
}
