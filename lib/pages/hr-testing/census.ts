/**
 * The /hr/testing page's contributions file: one row per employee eligible to defer in the plan
 * year, read cell by cell with lib/parse.ts (the reader of the API's schemas) and the roster's
 * header and cell helpers, so a file accepts exactly what the API accepts. A bad row is kept with
 * its line, column and the value found; it never stops the others. Every problem is written in the
 * page's language by its `words`; the column names stay as the file has them.
 */
import { readMoney, readMoneyCents, type Checked, type Read } from "../../parse";
import type { CensusEmployee } from "../../rules/nondiscrimination";
import type * as FileWordsModule from "../../words/en/testing-file";
import { isBlankRecord, readBoolean, readEmployeeId, readEmployer, readHeader, type Header, type RowProblem } from "../hr-eligibility/rows";

/** The words of the file's problems (lib/words/<language>/testing-file): the page picks the language. */
export type FileWords = typeof FileWordsModule;

export const CONTRIBUTIONS_COLUMNS = ["id", "employer", "highlyCompensated", "priorYearCompensation", "fivePercentOwner", "compensation", "deferrals", "match", "longTermPartTime"] as const;
export const CONTRIBUTIONS_REQUIRED = ["id", "employer", "compensation", "deferrals"] as const;
const OPTIONAL = CONTRIBUTIONS_COLUMNS.filter((name) => !(CONTRIBUTIONS_REQUIRED as readonly string[]).includes(name));

/** One census row as read: the employee when every cell was read, otherwise the problems. */
export interface CensusLine {
  line: number;
  id: string;
  employee: CensusEmployee | null;
  problems: RowProblem[];
}

export interface ContributionsFile {
  /** A problem with the file as a whole (no header): nothing is tested. */
  fatal: { line: number; message: string } | null;
  rows: CensusLine[];
  blankLines: number;
  ignoredColumns: string[];
}

/** The longest employee id readEmployeeId takes. */
const MAX_ID = 200;

/** "Employee ID", "employee_id" and "employeeId" all name the column employeeId (as readHeader reads them). */
const normalise = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, "");

/** Why a first line is not the header, in words: the facts readHeader refused it for. */
function headerProblem(cells: readonly string[], words: FileWords): string {
  const known = new Map(CONTRIBUTIONS_COLUMNS.map((name) => [normalise(name), name as string]));
  const seen = new Set<string>();
  for (const cell of cells) {
    const name = known.get(normalise(cell.trim()));
    if (name === undefined) continue;
    if (seen.has(name)) return words.headerTwice(name);
    seen.add(name);
  }
  const found = cells.map((cell) => cell.trim()).filter(Boolean).join(",");
  const separator = cells.length === 1 ? (found.includes(";") ? "semicolons" : found.includes("\t") ? "tabs" : null) : null;
  const missing = CONTRIBUTIONS_REQUIRED.filter((name) => !seen.has(name));
  return words.headerMissing({ required: CONTRIBUTIONS_REQUIRED, optional: OPTIONAL, missing, found, separator });
}

/** Builds the file's rows record by record (feed it every record of the CSV, in order). */
export class ContributionsReader {
  private header: Header | null = null;
  private readonly ids = new Map<string, number>();
  readonly file: ContributionsFile = { fatal: null, rows: [], blankLines: 0, ignoredColumns: [] };
  private readonly readers;

  constructor(private readonly words: FileWords) {
    /** A reader's failure in the page's words; the value as read. */
    const worded = <T>(read: (text: string) => Read<T>, problem: () => string) => (text: string): Read<T> => {
      const result = read(text);
      return result.ok ? result : { ok: false, problem: problem() };
    };
    this.readers = {
      // A blank id is take's "empty"; readEmployeeId refuses nothing else but a long one.
      id: worded(readEmployeeId, () => words.idTooLong(MAX_ID)),
      employer: worded(readEmployer, words.employerProblem),
      hce: worded((text) => readBoolean(text, ""), () => words.booleanProblem("work-out-hce")),
      yesNo: worded((text) => readBoolean(text, ""), () => words.booleanProblem("no")),
      money: (text: string): Read<number> => this.checked(readMoneyCents(text)),
      moneyDecimal: (text: string) => this.checked(readMoney(text)),
    };
  }

  /** A parser's answer, its problem in the page's words. */
  private checked<T>(read: Checked<T>): Read<T> {
    return read.ok ? read : { ok: false, problem: this.words.problemWords(read.issue) };
  }

  /** Reads one cell; a problem names its line and column, and quotes what was found. */
  private take<T>(problems: RowProblem[], line: number, column: string, text: string, read: (text: string) => Read<T>, required = true): T | undefined {
    if (text.trim() === "") {
      if (required) problems.push({ line, column, message: this.words.emptyCell() });
      return undefined;
    }
    const result = read(text);
    if (result.ok) return result.value;
    problems.push({ line, column, message: `${this.words.failureWords(result)}${this.words.found(text)}` });
    return undefined;
  }

  readonly record = (cells: string[], line: number, problem: string | null): void => {
    if (this.file.fatal) return;
    if (this.header === null) {
      const read = readHeader(cells, CONTRIBUTIONS_REQUIRED, OPTIONAL);
      if (!read.ok) this.file.fatal = { line, message: headerProblem(cells, this.words) };
      else {
        this.header = read.header;
        this.file.ignoredColumns = read.header.ignored;
      }
      return;
    }
    if (isBlankRecord(cells)) {
      this.file.blankLines += 1;
      return;
    }
    this.file.rows.push(this.row(cells, line, problem));
  };

  private row(cells: string[], line: number, problem: string | null): CensusLine {
    const header = this.header!;
    const cell = (name: string) => {
      const at = header.positions.get(name);
      return at === undefined ? "" : (cells[at] ?? "");
    };
    const problems: RowProblem[] = [];
    const read = this.readers;
    const take = <T>(column: string, reader: (text: string) => Read<T>, required = true) => this.take(problems, line, column, cell(column), reader, required);
    if (problem) problems.push({ line, column: "", message: this.words.unclosedQuote(line) });
    const id = take("id", read.id) ?? "";
    const employer = take("employer", read.employer);
    const highlyCompensated = take("highlyCompensated", read.hce, false);
    const priorYearCompensation = take("priorYearCompensation", read.moneyDecimal, false);
    const fivePercentOwner = take("fivePercentOwner", read.yesNo, false);
    const compensation = take("compensation", read.money);
    const deferrals = take("deferrals", read.money);
    const match = take("match", read.money, false) ?? 0;
    const longTermPartTime = take("longTermPartTime", read.yesNo, false) ?? false;
    if (id !== "") {
      const first = this.ids.get(id);
      if (first !== undefined) problems.push({ line, column: "id", message: this.words.repeatedId(id, first) });
      else this.ids.set(id, line);
    }
    if (compensation === 0 && ((deferrals ?? 0) > 0 || match > 0)) {
      problems.push({ line, column: "compensation", message: this.words.zeroCompensation() });
    }
    if (problems.length > 0 || employer === undefined || compensation === undefined || deferrals === undefined) return { line, id, employee: null, problems };
    return {
      line,
      id,
      employee: { id, employer, highlyCompensated, fivePercentOwner, priorYearCompensation, compensationCents: compensation, deferralsCents: deferrals, matchCents: match, longTermPartTime },
      problems,
    };
  }

  /** The end of the file: a file with no line at all has no header either. */
  finish(): ContributionsFile {
    if (this.header === null && !this.file.fatal) this.file.fatal = { line: 1, message: this.words.emptyFile(CONTRIBUTIONS_COLUMNS) };
    return this.file;
  }
}
