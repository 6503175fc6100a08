/**
 * A CSV file's problems with its header and its cells, in English: the words both HR files use,
 * the eligibility roster's census and hours (lib/pages/hr-eligibility/rows.ts) and the testing
 * page's contributions file (lib/pages/hr-testing/census.ts). Each cell problem completes a
 * sentence that starts with its column's name ("birthDate" + " is empty"); CSV column names stay as
 * they are in every language, so a file works on both pages. The same functions as
 * lib/words/es/file-cells.ts.
 */

/** A cell the parser refused (lib/read-issues.ts): this language's words for it. */
export { failureWords, problemWords } from "./problems";

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
  return `must be true or false, or left blank ${blank === "work-out-hce" ? "to work it out from priorYearCompensation and fivePercentOwner" : "for no"}`;
}

/** An employer the plan does not have. */
export function employerProblem(): string {
  return 'must be "SOS" (the sponsor and its subsidiaries other than Inteliant) or "Inteliant"';
}

/** An employee id longer than the longest the files take. */
export function idTooLong(max: number): string {
  return `must be at most ${max} characters`;
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

/** Why a first line is not the file's header: a column named twice, or one missing (lib/pages/hr-eligibility/rows.ts' readHeader). */
export type HeaderIssue = { code: "twice"; column: string } | ({ code: "missing" } & HeaderMissing);

/** A first line that is not the header, in words. */
export function headerProblem(issue: HeaderIssue): string {
  return issue.code === "twice" ? headerTwice(issue.column) : headerMissing(issue);
}
