/**
 * One way to read lines pasted from a spreadsheet or typed into a box of lines, for every page
 * that takes such lines (the participant's hours, HR's hours for one employee and for a leaving
 * participant, the deferrals of a forfeiture allocation): so a line one page reads, every page reads.
 *
 * Lines (`pastedRows`): a byte-order mark at the start is dropped; a line ends at \r\n, \n or \r;
 * blank lines are skipped, and the others keep their 1-based numbers. The first non-blank line is
 * a header, and skipped, when it is not data: when it holds no digit (every data line holds a
 * figure: a year, a date, hours, an amount) and names the column of figures the box reads
 * (`HEADER_COLUMNS`: "date,hours", "Year<TAB>Hours", "Participant ID<TAB>Deferrals ($)"). Any other
 * line is data, so a mistyped first line ("2oo3 1040", "A-1,abc", "Smith,n/a") is reported, never
 * silently taken for a header and dropped.
 *
 * Cells: a tab separates cells (a spreadsheet's copy), else a semicolon (a spreadsheet set to a
 * comma for decimals writes "2003;1040"), else a comma (`pastedSeparator`). Then:
 * - a line that starts with a year or a date (`splitPastedLine`): on a comma line the first comma
 *   or run of spaces ends the first cell, so "2003,1,040" and "2004 1,200" are a year and a number
 *   of hours with its thousands comma; after that first separator, spaces separate further cells
 *   ("2003-06-30 80 40" is three), so a line with too many values is named as such rather than
 *   read as one odd number. Cells are trimmed; empty ones past the second are dropped.
 * - a line that starts with a name or an id (`splitQuotedLine`), which may hold spaces and, quoted
 *   as in RFC 4180, commas or semicolons (`"Smith, J.","1,200.00"`): split on the separator
 *   outside quotes; a tab line on tabs only.
 */

/** A non-blank line of a pasted text: its 1-based number and its text as pasted. */
export interface PastedRow {
  line: number;
  text: string;
}

/** The name of the column of figures a box of lines reads, as a header line names it, in English or Spanish ("fecha,horas", "id,aportaciones"). */
export const HEADER_COLUMNS = {
  hours: /hour|hrs|hora/i,
  deferrals: /deferral|aportaci/i,
} as const;

export type PastedFigures = keyof typeof HEADER_COLUMNS;

/** True for a first line that is not data but a header: it holds no digit and names the column of `figures`. */
export function isHeaderLine(text: string, figures: PastedFigures): boolean {
  return !/[0-9]/.test(text) && HEADER_COLUMNS[figures].test(text);
}

/**
 * The non-blank lines of a pasted text whose figures are `figures`, the header (its line number,
 * when the first of them is one) left out.
 */
export function pastedRows(text: string, figures: PastedFigures): { header: number | null; rows: PastedRow[] } {
  const rows: PastedRow[] = [];
  let header: number | null = null;
  text
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\n|\r/)
    .forEach((row, index) => {
      if (row.trim() === "") return;
      if (rows.length === 0 && header === null && isHeaderLine(row, figures)) header = index + 1;
      else rows.push({ line: index + 1, text: row });
    });
  return { header, rows };
}

/** What separates the cells of a pasted line: a tab, else a semicolon outside quotes, else a comma. */
export function pastedSeparator(row: string): "\t" | ";" | "," {
  if (row.includes("\t")) return "\t";
  let quoted = false;
  for (const ch of row) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ";" && !quoted) return ";";
  }
  return ",";
}

/** The cells of a line that starts with a year or a date (the hours boxes). */
export function splitPastedLine(row: string): string[] {
  const separator = pastedSeparator(row);
  const cells = separator === "," ? splitFirst(row.trim()) : row.split(separator);
  return cells.map((cell) => cell.trim()).filter((cell, position) => cell !== "" || position < 2);
}

function splitFirst(line: string): string[] {
  const at = line.search(/[ ,]/);
  if (at < 0) return [line];
  const rest = line.slice(at + 1).replace(/^[ ,]+/, "");
  return [line.slice(0, at), ...(rest === "" ? [""] : rest.split(/\s+/))];
}

/**
 * The cells of a line that starts with a name or an id (untrimmed): on tabs for a tab line, else
 * on the separator outside RFC 4180 quotes (`"O""Neil"` is O"Neil). Null when a quote is left open.
 */
export function splitQuotedLine(line: string, separator: "\t" | ";" | "," = pastedSeparator(line)): string[] | null {
  if (separator === "\t") return line.split("\t");
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  let i = 0;
  while (i < line.length) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell.trim() === "") {
      quoted = true;
      cell = "";
    } else if (ch === separator) {
      cells.push(cell);
      cell = "";
    } else cell += ch;
    i += 1;
  }
  if (quoted) return null;
  cells.push(cell);
  return cells;
}
