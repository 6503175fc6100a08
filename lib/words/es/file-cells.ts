/**
 * A CSV file's problems with its header and its cells, in Spanish (US): the same functions as
 * lib/words/en/file-cells.ts, used by the roster's census and hours files and the testing page's
 * contributions file. Each cell problem completes a sentence that starts with its column's name
 * ("columna birthDate" + ": está vacía"); CSV column names and the values a file holds (true,
 * false, SOS, Inteliant) stay as they are, so a file works on both pages. Words from
 * docs/glossary-es.md.
 */
import type { BlankMeans, HeaderIssue, HeaderMissing } from "../en/file-cells";

/** A cell the parser refused (lib/read-issues.ts): the Spanish words for it. */
export { failureWords, problemWords } from "./problems";

/** The value found, quoted back after a problem and shortened: ` (dice "12.345")`, as the forms say it. */
export function found(text: string): string {
  const value = text.trim();
  return ` (dice "${value.length > 40 ? `${value.slice(0, 40)}…` : value}")`;
}

/** A required cell left blank. */
export function emptyCell(): string {
  return "está vacía";
}

/** A true/false cell that is neither. */
export function booleanProblem(blank: BlankMeans): string {
  return `debe ser true o false, o quedar vacía ${blank === "work-out-hce" ? "para calcularlo con priorYearCompensation y fivePercentOwner" : "para decir que no"}`;
}

/** An employer the plan does not have. */
export function employerProblem(): string {
  return 'debe ser "SOS" (la empresa patrocinadora y sus filiales, menos Inteliant) o "Inteliant"';
}

/** An employee id longer than the longest the files take. */
export function idTooLong(max: number): string {
  return `debe tener ${max} caracteres o menos`;
}

/** A quoted value whose closing quote never comes. */
export function unclosedQuote(line: number): string {
  return `un valor que se abre con comillas (") en la línea ${line} nunca se cierra`;
}

/** The header names a column twice. */
export function headerTwice(column: string): string {
  return `el encabezado nombra dos veces la columna ${column}`;
}

/** A first line that is not the header. */
export function headerMissing({ required, optional, missing, found: text, separator }: HeaderMissing): string {
  const columns = missing.length === 1 ? "la columna" : "las columnas";
  return (
    `la primera línea debe ser el encabezado ${required.join(",")}${optional.length ? ` (y, si quiere, ${optional.join(",")})` : ""}; ` +
    `no tiene ${columns} ${missing.join(", ")} (${text === "" ? "la línea está vacía" : `dice: "${text.slice(0, 200)}"`})` +
    (separator ? `; parece que los valores están separados por ${separator === "semicolons" ? "punto y coma" : "tabuladores"}: guarde el archivo como CSV con comas` : "")
  );
}

/** A first line that is not the header, in words. */
export function headerProblem(issue: HeaderIssue): string {
  return issue.code === "twice" ? headerTwice(issue.column) : headerMissing(issue);
}
