/**
 * The /hr/testing contributions file's problems in English: what the page's Web Worker says about
 * a file, a row or a cell it cannot test (lib/pages/hr-testing). Each problem completes a sentence
 * that starts with its column's name ("deferrals" + " is empty"); CSV column names stay as they are
 * in every language, so a file works on both pages. The same functions as lib/words/es/testing-file.ts.
 */

/** A cell the parser refused (lib/read-issues.ts), and a rule's refusal (lib/errors.ts): this language's words for them. */
export { failureWords, problemWords } from "./problems";
export { ruleInputWords } from "./rule-input";
/** The header and cell problems both HR files share. */
export { booleanProblem, emptyCell, employerProblem, found, headerProblem, idTooLong, unclosedQuote } from "./file-cells";

/** An id already used on an earlier line. */
export function repeatedId(id: string, firstLine: number): string {
  return `repeats the id "${id}" of line ${firstLine}; each employee has one row`;
}

/** No pay, but money deferred or matched. */
export function zeroCompensation(): string {
  return "is 0, but deferrals or match are above 0: a rate needs compensation";
}

/** A long-term part-time employee in a plan year before the rule. */
export function partTimeTooEarly(planYear: number, firstYear: number): string {
  return `is true, but plan year ${planYear} is before ${firstYear}, when the long-term part-time rule starts`;
}

/** A file with no line at all. */
export function emptyFile(columns: readonly string[]): string {
  return `the file is empty; the first line must be the header ${columns.join(",")}`;
}

/** A row's problems in the export's message column: "column deferrals: must have at most 2 decimals …". */
export function problemsText(problems: readonly { column: string; message: string }[]): string {
  return problems.map((problem) => (problem.column ? `column ${problem.column}: ${problem.message}` : problem.message)).join("; ");
}

/** The export's message for a good row when nothing could be tested (the form incomplete). */
export function formIncomplete(): string {
  return "not tested: the form is incomplete";
}

/** The form (or a row) kept the tests from running: the rule's message (ruleInputWords), beside its field where it helps. */
export function notTestable(path: string, message: string): string {
  void path;
  return message;
}
