/**
 * One way to split a line pasted from a spreadsheet or typed into a box of lines, for every page
 * that takes such lines (the participant's hours, HR's hours for one employee and for a leaving
 * participant): so a line one page reads, every page reads.
 *
 * - A tab separates cells (a spreadsheet's copy), else a semicolon (a spreadsheet set to a comma
 *   for decimals writes "2003;1040"), else the first comma or run of spaces ends the first cell:
 *   "2003,1,040" and "2004 1,200" are a year and a number of hours with its thousands comma.
 * - After that first separator, spaces separate further cells ("2003-06-30 80 40" is three), so a
 *   line with too many values is named as such rather than read as one odd number.
 * Cells are trimmed; empty ones past the second are dropped.
 */
export function splitPastedLine(row: string): string[] {
  const cells = row.includes("\t") ? row.split("\t") : row.includes(";") ? row.split(";") : splitFirst(row.trim());
  return cells.map((cell) => cell.trim()).filter((cell, position) => cell !== "" || position < 2);
}

function splitFirst(line: string): string[] {
  const at = line.search(/[ ,]/);
  if (at < 0) return [line];
  const rest = line.slice(at + 1).replace(/^[ ,]+/, "");
  return [line.slice(0, at), ...(rest === "" ? [""] : rest.split(/\s+/))];
}
