/**
 * The rows of the two roster files, read cell by cell with lib/parse.ts, the reader the API's
 * schemas are built from: a date, an amount or a number of hours is accepted in a file exactly
 * when the API would accept it (dates may also be written MM/DD/YYYY, as payroll exports often
 * are). test/property/surfaces.test.ts holds the roster to the API's answers.
 */
import { packDate, type IsoDate, type PackedDate } from "../../dates";
import type { Money } from "../../money";
import { plainHourUnitsIn, plainIsoDateIn, readDate, readHours, readMoney, type Read } from "../../parse";
import { toHourUnits } from "../../rules/hours";
import { failureWords } from "../../words/en/problems";

export const CENSUS_REQUIRED = ["employeeId", "employer", "birthDate", "employmentStartDate", "highlyCompensated"] as const;
/**
 * terminationDate: the last day of employment of the row's spell (a rehire has one row per spell);
 * blank for a spell that has not ended, or whose end is not known.
 */
export const CENSUS_OPTIONAL = ["priorYearCompensation", "fivePercentOwner", "terminationDate"] as const;
export const HOURS_REQUIRED = ["employeeId", "date", "hours"] as const;

/** A problem with one row of a file: its line, the column it concerns ("" for the whole row), what is wrong. */
export interface RowProblem {
  line: number;
  column: string;
  message: string;
}

export interface Header {
  /** Column name → position in the row. */
  positions: Map<string, number>;
  width: number;
  /** Header names we do not use (ignored, and said so). */
  ignored: string[];
}

/** "Employee ID", "employee_id" and "employeeId" all name the column employeeId. */
function normalise(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** Reads a header row; a missing or repeated column is a problem for the whole file. */
export function readHeader(
  cells: readonly string[],
  required: readonly string[],
  optional: readonly string[],
): { ok: true; header: Header } | { ok: false; message: string } {
  const known = new Map<string, string>();
  for (const name of [...required, ...optional]) known.set(normalise(name), name);
  const positions = new Map<string, number>();
  const ignored: string[] = [];
  for (let i = 0; i < cells.length; i += 1) {
    const raw = cells[i]!.trim();
    const name = known.get(normalise(raw));
    if (name === undefined) {
      if (raw !== "") ignored.push(raw);
      continue;
    }
    if (positions.has(name)) return { ok: false, message: `the header names the column ${name} twice` };
    positions.set(name, i);
  }
  const missing = required.filter((name) => !positions.has(name));
  if (missing.length > 0) {
    const found = cells.map((cell) => cell.trim()).filter(Boolean).join(",");
    const separator = cells.length === 1 ? (found.includes(";") ? "semicolons" : found.includes("\t") ? "tabs" : null) : null;
    return {
      ok: false,
      message:
        `the first line must be the header ${required.join(",")}${optional.length ? ` (optionally ${optional.join(",")})` : ""}; ` +
        `it has no column ${missing.join(", ")} (found: ${found === "" ? "nothing" : `"${found.slice(0, 200)}"`})` +
        (separator ? `; the values seem to be separated by ${separator}: save the file as CSV with commas` : ""),
    };
  }
  return { ok: true, header: { positions, width: cells.length, ignored } };
}

/** A line that holds nothing but commas and spaces: skipped and counted, never an employee. */
export function isBlankRecord(cells: readonly string[]): boolean {
  const first = cells[0]?.charCodeAt(0) ?? 32;
  if (first > 32) return false; // the common case, decided by one character
  for (const cell of cells) if (cell.trim() !== "") return false;
  return true;
}

/** The row has the header's columns: no required column missing, no value beyond the header. */
function shapeProblem(cells: readonly string[], header: Header, required: readonly string[], line: number): RowProblem | null {
  const missing = required.filter((name) => header.positions.get(name)! >= cells.length);
  if (missing.length > 0) {
    return {
      line,
      column: missing[0]!,
      message: `is missing: the line has ${cells.length} value${cells.length === 1 ? "" : "s"} and the header ${header.width} columns (missing ${missing.join(", ")})`,
    };
  }
  for (let i = header.width; i < cells.length; i += 1) {
    if (cells[i]!.trim() !== "") {
      return {
        line,
        column: "",
        message: `has ${cells.length} values but the header has ${header.width} columns; a value that holds a comma must be in double quotes ("Smith, Jr.")`,
      };
    }
  }
  return null;
}

const TRUE_TEXT = new Set(["true", "yes", "y", "1"]);
const FALSE_TEXT = new Set(["false", "no", "n", "0"]);

/** "true", "Yes", "N", "0", … → a boolean; blank → undefined. */
export function readBoolean(text: string, blankMeans: string): Read<boolean | undefined> {
  const value = text.trim().toLowerCase();
  if (value === "") return { ok: true, value: undefined };
  if (TRUE_TEXT.has(value)) return { ok: true, value: true };
  if (FALSE_TEXT.has(value)) return { ok: true, value: false };
  return { ok: false, problem: `must be true or false, or left blank ${blankMeans}` };
}

/** "SOS", "sos", "Inteliant" → the plan's employer id. */
export function readEmployer(text: string): Read<"SOS" | "Inteliant"> {
  const value = text.trim().toLowerCase();
  if (value === "sos") return { ok: true, value: "SOS" };
  if (value === "inteliant") return { ok: true, value: "Inteliant" };
  return { ok: false, problem: 'must be "SOS" (the sponsor and its subsidiaries other than Inteliant) or "Inteliant"' };
}

/** An employee id: 1 to 200 characters once trimmed. */
export function readEmployeeId(text: string): Read<string> {
  const id = text.trim();
  if (id === "") return { ok: false, problem: "is empty; every row needs an employee id" };
  if (id.length > 200) return { ok: false, problem: "must be at most 200 characters" };
  return { ok: true, value: id };
}

export interface CensusRow {
  employeeId: string;
  employer: "SOS" | "Inteliant";
  birthDate: IsoDate;
  employmentStartDate: IsoDate;
  highlyCompensated: boolean | undefined;
  priorYearCompensation: Money | undefined;
  fivePercentOwner: boolean | undefined;
  /** The spell's last day of employment, when given. */
  terminationDate: IsoDate | undefined;
}

export interface HoursRow {
  employeeId: string;
  date: PackedDate;
  /** Ten-thousandths of an hour, as lib/rules/hours counts them. */
  units: number;
}

type RowRead<T> = { ok: true; row: T } | { ok: false; problems: RowProblem[] };

function cell(cells: readonly string[], header: Header, name: string): string {
  const at = header.positions.get(name);
  return at === undefined ? "" : (cells[at] ?? "");
}

/** A value quoted back in a message, shortened: ` (found "03/15/1980")`. */
function shown(value: string): string {
  const text = value.trim();
  return ` (found "${text.length > 40 ? `${text.slice(0, 40)}…` : text}")`;
}

/** Reads one cell; a problem names its line and column, and quotes what was found. */
export function take<T>(problems: RowProblem[], line: number, column: string, text: string, read: (text: string) => Read<T>, required = true): T | undefined {
  if (text.trim() === "") {
    if (required) problems.push({ line, column, message: "is empty" });
    return undefined;
  }
  const result = read(text);
  if (result.ok) return result.value;
  problems.push({ line, column, message: `${failureWords(result)}${shown(text)}` });
  return undefined;
}

const typedDate = (text: string) => readDate(text, "typed");

/** Reads one census row. */
export function readCensusRow(cells: readonly string[], header: Header, line: number): RowRead<CensusRow> {
  const shape = shapeProblem(cells, header, CENSUS_REQUIRED, line);
  if (shape) return { ok: false, problems: [shape] };
  const problems: RowProblem[] = [];
  const employeeId = take(problems, line, "employeeId", cell(cells, header, "employeeId"), readEmployeeId);
  const employer = take(problems, line, "employer", cell(cells, header, "employer"), readEmployer);
  const birthDate = take(problems, line, "birthDate", cell(cells, header, "birthDate"), typedDate);
  const employmentStartDate = take(problems, line, "employmentStartDate", cell(cells, header, "employmentStartDate"), typedDate);
  const highlyCompensated = take(problems, line, "highlyCompensated", cell(cells, header, "highlyCompensated"), (text) =>
    readBoolean(text, "to work it out from priorYearCompensation and fivePercentOwner"),
  false);
  const priorYearCompensation = take(problems, line, "priorYearCompensation", cell(cells, header, "priorYearCompensation"), readMoney, false);
  const fivePercentOwner = take(problems, line, "fivePercentOwner", cell(cells, header, "fivePercentOwner"), (text) => readBoolean(text, "(not an owner)"), false);
  const terminationDate = take(problems, line, "terminationDate", cell(cells, header, "terminationDate"), typedDate, false);
  if (birthDate !== undefined && employmentStartDate !== undefined && birthDate > employmentStartDate) {
    problems.push({ line, column: "birthDate", message: `is after the employment start date (${employmentStartDate}); check both dates` });
  }
  if (terminationDate !== undefined && employmentStartDate !== undefined && terminationDate < employmentStartDate) {
    problems.push({
      line,
      column: "terminationDate",
      message: `is before the employment start date (${employmentStartDate}) on this line; the termination date is the last day of the spell that begins on the start date`,
    });
  }
  if (problems.length > 0 || employeeId === undefined || employer === undefined || birthDate === undefined || employmentStartDate === undefined) {
    return { ok: false, problems };
  }
  return { ok: true, row: { employeeId, employer, birthDate, employmentStartDate, highlyCompensated, priorYearCompensation, fivePercentOwner, terminationDate } };
}

/** Reads one hours row. */
export function readHoursRow(cells: readonly string[], header: Header, line: number): RowRead<HoursRow> {
  const shape = shapeProblem(cells, header, HOURS_REQUIRED, line);
  if (shape) return { ok: false, problems: [shape] };
  const problems: RowProblem[] = [];
  const employeeId = take(problems, line, "employeeId", cell(cells, header, "employeeId"), readEmployeeId);
  const date = take(problems, line, "date", cell(cells, header, "date"), typedDate);
  const hours = take(problems, line, "hours", cell(cells, header, "hours"), readHours);
  if (problems.length > 0 || employeeId === undefined || date === undefined || hours === undefined) return { ok: false, problems };
  return { ok: true, row: { employeeId, date: packDate(date), units: toHourUnits(hours) } };
}

/** Where the cells of an hours line in the plain layout are: filled by readPlainHoursLine. */
export interface PlainHoursLine {
  /** The employee id is text[idStart, idEnd). */
  idStart: number;
  idEnd: number;
  /** 0 until a line is read. */
  date: PackedDate | 0;
  units: number;
}

/** Printable ASCII, neither a space nor a quote: an id's first and last character that needs no trimming. */
function plainEdge(code: number): boolean {
  return code > 32 && code < 127 && code !== 34;
}

/**
 * The common hours line, read straight out of the file's text without splitting it: for a file
 * whose header is exactly `employeeId,date,hours`, a line `E-1001,2002-03-31,80` with no spaces to
 * trim, a plain ISO date and plain hours (lib/parse's own fast paths, plainIsoDateIn and
 * plainHourUnitsIn). Fills `out` and returns true; returns false for any other line, which is then
 * read cell by cell by readHoursRow (which says what is wrong, if anything). For every line it
 * accepts, readHoursRow gives the same id, date and units.
 */
export function readPlainHoursLine(text: string, start: number, end: number, out: PlainHoursLine): boolean {
  const first = text.indexOf(",", start);
  if (first <= start || first >= end - 1 || first - start > 200) return false;
  if (!plainEdge(text.charCodeAt(start)) || !plainEdge(text.charCodeAt(first - 1))) return false;
  const second = text.indexOf(",", first + 1);
  if (second === -1 || second >= end) return false;
  const third = text.indexOf(",", second + 1);
  if (third !== -1 && third < end) return false;
  const date = plainIsoDateIn(text, first + 1, second);
  if (date === 0) return false;
  const units = plainHourUnitsIn(text, second + 1, end);
  if (units < 0) return false;
  out.idStart = start;
  out.idEnd = first;
  out.date = date;
  out.units = units;
  return true;
}

/** Whether a header is the plain hours layout, `employeeId,date,hours` in that order and nothing else. */
export function isPlainHoursHeader(header: Header): boolean {
  return header.width === 3 && header.positions.get("employeeId") === 0 && header.positions.get("date") === 1 && header.positions.get("hours") === 2;
}
