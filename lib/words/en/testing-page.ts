/**
 * The /hr/testing page's sentences with figures the browser fills in (the form's prior-year fields,
 * the run's status, the results' headings), in English. The page's fixed text is in
 * messages/en.json ("testing"); the tests' own sentences in ./nondiscrimination.ts and the file's
 * problems in ./testing-file.ts. The same functions as lib/words/es/testing-page.ts.
 */
import { formatCount } from "../format";

/** A prior-year figure the number reader refused (lib/read-issues.ts), in this language. */
export { problemWords } from "./problems";

export type TestLetters = "ADP" | "ACP";

/** A prior-year figure's label: "Inteliant: 2001 ADP of the others (%)". */
export function priorLabel(line: string, year: number, test: TestLetters): string {
  return `${line}: ${year} ${test} of the others (%)`;
}

/** A prior-year figure's message: "Inteliant ADP is required under the prior-year method." */
export function priorError(line: string, test: TestLetters, problem: string): string {
  return `${line} ${test} ${problem}.`;
}

/** A prior-year figure left blank. */
export function priorRequired(): string {
  return "is required under the prior-year method";
}

/** A prior-year figure with more than 2 decimals. */
export function priorDecimals(): string {
  return "must have at most 2 decimals (hundredths of a percentage point)";
}

/** The run's progress, in megabytes: "Reading and testing: 1.2 of 4.8 MB". */
export function progress(doneBytes: number, totalBytes: number): string {
  return `Reading and testing: ${formatCount(doneBytes / 1_000_000, 1)} of ${formatCount(totalBytes / 1_000_000, 1)} MB`;
}

/** The worker failed. */
export function runFailed(message: string): string {
  return `Could not test the file: ${message}`;
}

/** The file has no header: nothing is tested. */
export function fatalProblem(line: number, message: string): string {
  return `Contributions CSV, line ${line}: ${message}. Nothing was tested; fix the file and choose it again.`;
}

/** The form keeps the tests from running. */
export function notTested(message: string): string {
  return `Not tested: ${message}.`;
}

/** What was read: "11 rows read for plan year 2002: 8 counted, 1 not counted, 2 in error." */
export function summary(rows: number, planYear: number, counted: number, notCounted: number, inError: number): string {
  return `${formatCount(rows)} row${rows === 1 ? "" : "s"} read for plan year ${planYear}: ${formatCount(counted)} counted, ${formatCount(notCounted)} not counted, ${formatCount(inError)} in error.`;
}

/** Columns of the file the page does not use. */
export function ignoredColumns(columns: readonly string[]): string {
  return ` Columns not used: ${columns.join(", ")}.`;
}

/** The heading of the rows in error. */
export function problemsHeading(n: number): string {
  return `Rows in error: ${formatCount(n)} (not tested; the other rows are)`;
}

/** Where a problem is: "Line 12" (the column follows, in code). */
export function fileLine(line: number): string {
  return `Line ${line}`;
}

/** What a list shows of more than it lists. */
export function moreInDownload(n: number): string {
  return `…and ${formatCount(n)} more, in the download.`;
}

/** A line's heading: "Inteliant: 3 highly paid and 4 other employees counted". */
export function lineHeading(line: string, hce: number, nhce: number): string {
  return `${line}: ${formatCount(hce)} highly paid and ${formatCount(nhce)} other employee${nhce === 1 ? "" : "s"} counted`;
}

/** The name of a line's figures table. */
export function figuresLabel(line: string): string {
  return `${line}: ADP and ACP figures`;
}

/** A failed test's table of refunds (ADP) or excess match (ACP), with its total. */
export function refundsTitle(line: string, test: TestLetters, excess: string): string {
  return test === "ADP" ? `${line}: refunds of deferrals, ${excess} in all` : `${line}: excess match, ${excess} in all`;
}

/** The heading of the employees not counted. */
export function notCountedHeading(n: number): string {
  return `Not counted: ${formatCount(n)}`;
}

/** An employee not counted, and why: "Line 10, S-9: Highly compensated, …". */
export function notCountedLine(line: number, id: string, sentence: string): string {
  return `Line ${line}, ${id}: ${sentence}`;
}

/** A deadline's sentence ("By March 15, 2003: refunds paid …") beside its date: what it means, standing alone. */
export function deadlineMeaning(sentence: string): string {
  const meaning = sentence.replace(/^By [^:]+: /, "");
  return meaning.charAt(0).toUpperCase() + meaning.slice(1);
}

/** A sentence quoted from the plan's report (the 11-K is in English): as it is written. */
export function planQuote(text: string): string {
  return text;
}
