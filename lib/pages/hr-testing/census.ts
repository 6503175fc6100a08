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
import { cellReaders, isBlankRecord, readHeader, take, type Header, type RowProblem } from "../hr-eligibility/rows";

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

/** Builds the file's rows record by record (feed it every record of the CSV, in order). */
export class ContributionsReader {
  private header: Header | null = null;
  private readonly ids = new Map<string, number>();
  readonly file: ContributionsFile = { fatal: null, rows: [], blankLines: 0, ignoredColumns: [] };
  private readonly readers;

  constructor(private readonly words: FileWords) {
    this.readers = {
      ...cellReaders(words),
      money: (text: string): Read<number> => this.checked(readMoneyCents(text)),
      moneyDecimal: (text: string) => this.checked(readMoney(text)),
    };
  }

  /** A parser's answer, its problem in the page's words. */
  private checked<T>(read: Checked<T>): Read<T> {
    return read.ok ? read : { ok: false, problem: this.words.problemWords(read.issue) };
  }

  readonly record = (cells: string[], line: number, unclosed: boolean): void => {
    if (this.file.fatal) return;
    if (this.header === null) {
      const read = readHeader(cells, CONTRIBUTIONS_REQUIRED, OPTIONAL);
      if (!read.ok) this.file.fatal = { line, message: this.words.headerProblem(read.issue) };
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
    this.file.rows.push(this.row(cells, line, unclosed));
  };

  private row(cells: string[], line: number, unclosed: boolean): CensusLine {
    const header = this.header!;
    const cell = (name: string) => {
      const at = header.positions.get(name);
      return at === undefined ? "" : (cells[at] ?? "");
    };
    const problems: RowProblem[] = [];
    const read = this.readers;
    const get = <T>(column: string, reader: (text: string) => Read<T>, required = true) => take(problems, line, column, cell(column), reader, this.words, required);
    if (unclosed) problems.push({ line, column: "", message: this.words.unclosedQuote(line) });
    const id = get("id", read.id) ?? "";
    const employer = get("employer", read.employer);
    const highlyCompensated = get("highlyCompensated", read.hce, false);
    const priorYearCompensation = get("priorYearCompensation", read.moneyDecimal, false);
    const fivePercentOwner = get("fivePercentOwner", read.yesNo, false);
    const compensation = get("compensation", read.money);
    const deferrals = get("deferrals", read.money);
    const match = get("match", read.money, false) ?? 0;
    const longTermPartTime = get("longTermPartTime", read.yesNo, false) ?? false;
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
