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
import type { HeaderIssue } from "../../words/en/file-cells";
import type { RosterWords } from "./words";

/**
 * The words the row readers write their problems in (lib/words/<language>/file-cells, which the
 * roster's and the testing file's words both carry, and the roster's own): the caller picks the
 * language, so no problem is written in one language and translated afterwards.
 */
export type CellWords = Pick<RosterWords, "failureWords" | "found" | "emptyCell">;
export type RowWords = CellWords & Pick<RosterWords, "booleanProblem" | "employerProblem" | "idTooLong" | "valuesMissing" | "extraValues" | "birthAfterStart" | "endBeforeStart">;

/** The longest employee id the files take. */
export const MAX_ID_LENGTH = 200;

export const CENSUS_REQUIRED = ["employeeId", "employer", "birthDate", "employmentStartDate", "highlyCompensated"] as const;
/**
 * terminationDate: the last day of employment of the row's spell (a rehire has one row per spell);
 * blank for a spell that has not ended, or whose end is not known.
 */
export const CENSUS_OPTIONAL = ["priorYearCompensation", "fivePercentOwner", "terminationDate"] as const;
export const HOURS_REQUIRED = ["employeeId", "date", "hours"] as const;

/** A problem with one row of a file: its line, the column it concerns ("" for the whole row), what is wrong (in the caller's words). */
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

/** Reads a header row; a missing or repeated column is a problem for the whole file, said as facts (words: headerProblem). */
export function readHeader(
  cells: readonly string[],
  required: readonly string[],
  optional: readonly string[],
): { ok: true; header: Header } | { ok: false; issue: HeaderIssue } {
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
    if (positions.has(name)) return { ok: false, issue: { code: "twice", column: name } };
    positions.set(name, i);
  }
  const missing = required.filter((name) => !positions.has(name));
  if (missing.length > 0) {
    const found = cells.map((cell) => cell.trim()).filter(Boolean).join(",");
    const separator = cells.length === 1 ? (found.includes(";") ? "semicolons" : found.includes("\t") ? "tabs" : null) : null;
    return { ok: false, issue: { code: "missing", required, optional, missing, found, separator } };
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
function shapeProblem(cells: readonly string[], header: Header, required: readonly string[], line: number, words: RowWords): RowProblem | null {
  const missing = required.filter((name) => header.positions.get(name)! >= cells.length);
  if (missing.length > 0) return { line, column: missing[0]!, message: words.valuesMissing(cells.length, header.width, missing) };
  for (let i = header.width; i < cells.length; i += 1) {
    if (cells[i]!.trim() !== "") return { line, column: "", message: words.extraValues(cells.length, header.width) };
  }
  return null;
}

const TRUE_TEXT = new Set(["true", "yes", "y", "1"]);
const FALSE_TEXT = new Set(["false", "no", "n", "0"]);

/** "true", "Yes", "N", "0", … → a boolean; blank → undefined; anything else → null (words: booleanProblem). */
export function readBoolean(text: string): boolean | undefined | null {
  const value = text.trim().toLowerCase();
  if (value === "") return undefined;
  if (TRUE_TEXT.has(value)) return true;
  if (FALSE_TEXT.has(value)) return false;
  return null;
}

/** "SOS", "sos", "Inteliant" → the plan's employer id; anything else → null (words: employerProblem). */
export function readEmployer(text: string): "SOS" | "Inteliant" | null {
  const value = text.trim().toLowerCase();
  if (value === "sos") return "SOS";
  if (value === "inteliant") return "Inteliant";
  return null;
}

/** An employee id once trimmed; null when longer than MAX_ID_LENGTH (words: idTooLong). A blank id is the caller's "is empty". */
export function readEmployeeId(text: string): string | null {
  const id = text.trim();
  return id.length > MAX_ID_LENGTH ? null : id;
}

/** A reader that refuses with null, as a cell reader whose refusal is worded by `problem` (in the caller's language). */
export function refusing<T>(read: (text: string) => T | null, problem: () => string): (text: string) => Read<T> {
  return (text) => {
    const value = read(text);
    return value === null ? { ok: false, problem: problem() } : { ok: true, value };
  };
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

/** Reads one cell; a problem names its line and column, and quotes what was found, in `words`' language. */
export function take<T>(
  problems: RowProblem[],
  line: number,
  column: string,
  text: string,
  read: (text: string) => Read<T>,
  words: CellWords,
  required = true,
): T | undefined {
  if (text.trim() === "") {
    if (required) problems.push({ line, column, message: words.emptyCell() });
    return undefined;
  }
  const result = read(text);
  if (result.ok) return result.value;
  problems.push({ line, column, message: `${words.failureWords(result)}${words.found(text)}` });
  return undefined;
}

const typedDate = (text: string) => readDate(text, "typed");

/** The words the shared cell readers refuse in. */
type RefusalWords = Pick<RowWords, "idTooLong" | "employerProblem" | "booleanProblem">;

/** The cell readers of one language's words, made once per words (a roster reads 100,000 rows). */
const readersOf = new WeakMap<RefusalWords, ReturnType<typeof makeReaders>>();

function makeReaders(words: RefusalWords) {
  return {
    // A blank id is take's "empty"; readEmployeeId refuses nothing else but a long one.
    id: refusing(readEmployeeId, () => words.idTooLong(MAX_ID_LENGTH)),
    employer: refusing(readEmployer, words.employerProblem),
    /** A blank highlyCompensated is worked out from last year's pay and ownership. */
    hce: refusing(readBoolean, () => words.booleanProblem("work-out-hce")),
    /** Any other yes/no cell: blank is no. */
    yesNo: refusing(readBoolean, () => words.booleanProblem("no")),
  };
}

/** The id, employer and yes/no cell readers both HR files use, their refusals in `words`' language. */
export function cellReaders(words: RefusalWords): ReturnType<typeof makeReaders> {
  let made = readersOf.get(words);
  if (made === undefined) readersOf.set(words, (made = makeReaders(words)));
  return made;
}

/** Reads one census row; its problems in `words`' language. */
export function readCensusRow(cells: readonly string[], header: Header, line: number, words: RowWords): RowRead<CensusRow> {
  const shape = shapeProblem(cells, header, CENSUS_REQUIRED, line, words);
  if (shape) return { ok: false, problems: [shape] };
  const problems: RowProblem[] = [];
  const get = <T>(column: string, read: (text: string) => Read<T>, required = true) => take(problems, line, column, cell(cells, header, column), read, words, required);
  const read = cellReaders(words);
  const employeeId = get("employeeId", read.id);
  const employer = get("employer", read.employer);
  const birthDate = get("birthDate", typedDate);
  const employmentStartDate = get("employmentStartDate", typedDate);
  const highlyCompensated = get("highlyCompensated", read.hce, false);
  const priorYearCompensation = get("priorYearCompensation", readMoney, false);
  const fivePercentOwner = get("fivePercentOwner", read.yesNo, false);
  const terminationDate = get("terminationDate", typedDate, false);
  if (birthDate !== undefined && employmentStartDate !== undefined && birthDate > employmentStartDate) {
    problems.push({ line, column: "birthDate", message: words.birthAfterStart(employmentStartDate) });
  }
  if (terminationDate !== undefined && employmentStartDate !== undefined && terminationDate < employmentStartDate) {
    problems.push({ line, column: "terminationDate", message: words.endBeforeStart(employmentStartDate) });
  }
  if (problems.length > 0 || employeeId === undefined || employer === undefined || birthDate === undefined || employmentStartDate === undefined) {
    return { ok: false, problems };
  }
  return { ok: true, row: { employeeId, employer, birthDate, employmentStartDate, highlyCompensated, priorYearCompensation, fivePercentOwner, terminationDate } };
}

/** Reads one hours row; its problems in `words`' language. */
export function readHoursRow(cells: readonly string[], header: Header, line: number, words: RowWords): RowRead<HoursRow> {
  const shape = shapeProblem(cells, header, HOURS_REQUIRED, line, words);
  if (shape) return { ok: false, problems: [shape] };
  const problems: RowProblem[] = [];
  const get = <T>(column: string, read: (text: string) => Read<T>) => take(problems, line, column, cell(cells, header, column), read, words);
  const employeeId = get("employeeId", cellReaders(words).id);
  const date = get("date", typedDate);
  const hours = get("hours", readHours);
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
