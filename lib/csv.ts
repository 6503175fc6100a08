/**
 * Writing CSV for export (RFC 4180), safe to open in a spreadsheet.
 *
 * A cell that begins with `=`, `+`, `-` or `@` (or a tab or carriage return) could be read as a
 * formula by a spreadsheet; such a cell is prefixed with an apostrophe, which spreadsheets show
 * as text. Amounts are written by the caller as plain decimals ("1234.50"), which never begin
 * with one of those characters unless negative: pass `{ numeric: true }` cells for signed numbers.
 */

export type CsvCell = string | number | boolean | null | undefined | { numeric: string };

const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^-?\d+(\.\d+)?$/;

/** One cell, neutralised against formula injection and quoted when needed. */
export function csvCell(value: CsvCell): string {
  let text: string;
  if (value === null || value === undefined) text = "";
  else if (typeof value === "object") text = NUMBER.test(value.numeric) ? value.numeric : neutralise(value.numeric);
  else if (typeof value === "number") text = Number.isFinite(value) ? String(value) : "";
  else if (typeof value === "boolean") text = value ? "true" : "false";
  else text = neutralise(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Rows to CSV text with CRLF line ends, the header first. */
export function toCsv(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  const lines = [header.map(csvCell).join(",")];
  for (const row of rows) lines.push(row.map(csvCell).join(","));
  return lines.join("\r\n") + "\r\n";
}
