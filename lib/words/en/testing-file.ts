/**
 * The /hr/testing contributions file's problems in English: what the page's Web Worker says about
 * a file, a row or a cell it cannot test (lib/pages/hr-testing). Each problem completes a sentence
 * that starts with its column's name ("deferrals" + " is empty"); CSV column names stay as they are
 * in every language, so a file works on both pages. The same functions as lib/words/es/testing-file.ts.
 */

/** A cell the parser refused (lib/read-issues.ts), and a rule's refusal (lib/errors.ts): this language's words for them. */
export { failureWords, problemWords } from "./problems";
export { ruleInputWords } from "./rule-input";

/** The value found, quoted back after a problem and shortened: ` (found "12.345")`. */
export function found(text: string): string {
  const value = text.trim();
  return ` (found "${value.length > 40 ? `${value.slice(0, 40)}…` : value}")`;
}

/** A required cell left blank. */
export function emptyCell(): string {
  return "is empty";
}

/** What a blank true/false cell means, said after "or left blank". */
export type BlankMeans = "work-out-hce" | "no";

/** A true/false cell that is neither. */
export function booleanProblem(blank: BlankMeans): string {
  return `must be true or false, or left blank ${blank === "work-out-hce" ? "to work it out from last year's pay and 5% ownership" : "for no"}`;
}

/** An employer the plan does not have. */
export function employerProblem(): string {
  return 'must be "SOS" (the sponsor and its subsidiaries other than Inteliant) or "Inteliant"';
}

/** An employee id longer than 200 characters. */
export function idTooLong(max: number): string {
  return `must be at most ${max} characters`;
}

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

/** A quoted value whose closing quote never comes (the CSV reader's problem of the record starting on `line`). */
export function unclosedQuote(line: number): string {
  return `a value opened with a quote (") on line ${line} is never closed`;
}

/** The header names a column twice. */
export function headerTwice(column: string): string {
  return `the header names the column ${column} twice`;
}

/** What the first line lacks, and what it holds. `separator`: what the values seem separated by, when not commas. */
export interface HeaderMissing {
  required: readonly string[];
  optional: readonly string[];
  missing: readonly string[];
  found: string;
  separator: "semicolons" | "tabs" | null;
}

/** A first line that is not the header. */
export function headerMissing({ required, optional, missing, found: text, separator }: HeaderMissing): string {
  return (
    `the first line must be the header ${required.join(",")}${optional.length ? ` (optionally ${optional.join(",")})` : ""}; ` +
    `it has no column ${missing.join(", ")} (found: ${text === "" ? "nothing" : `"${text.slice(0, 200)}"`})` +
    (separator ? `; the values seem to be separated by ${separator}: save the file as CSV with commas` : "")
  );
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
