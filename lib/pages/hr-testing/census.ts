/**
 * The /hr/testing page's contributions file: one row per employee eligible to defer in the plan
 * year, read cell by cell with lib/parse.ts (the reader of the API's schemas) and the roster's
 * header and cell helpers, so a file accepts exactly what the API accepts. A bad row is kept with
 * its line, column and the value found; it never stops the others.
 */
import { readMoney, readMoneyCents, type Read } from "../../parse";
import type { CensusEmployee } from "../../rules/nondiscrimination";
import { isBlankRecord, readBoolean, readEmployeeId, readEmployer, readHeader, take, type Header, type RowProblem } from "../hr-eligibility/rows";

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

const money = (text: string): Read<number> => readMoneyCents(text);
const moneyDecimal = (text: string) => readMoney(text);

/** Builds the file's rows record by record (feed it every record of the CSV, in order). */
export class ContributionsReader {
  private header: Header | null = null;
  private readonly ids = new Map<string, number>();
  readonly file: ContributionsFile = { fatal: null, rows: [], blankLines: 0, ignoredColumns: [] };

  readonly record = (cells: string[], line: number, problem: string | null): void => {
    if (this.file.fatal) return;
    if (this.header === null) {
      const read = readHeader(cells, CONTRIBUTIONS_REQUIRED, OPTIONAL);
      if (!read.ok) this.file.fatal = { line, message: read.message };
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
    if (problem) problems.push({ line, column: "", message: problem });
    const id = take(problems, line, "id", cell("id"), readEmployeeId) ?? "";
    const employer = take(problems, line, "employer", cell("employer"), readEmployer);
    const highlyCompensated = take(problems, line, "highlyCompensated", cell("highlyCompensated"), (text) => readBoolean(text, "to work it out from last year's pay and 5% ownership"), false);
    const priorYearCompensation = take(problems, line, "priorYearCompensation", cell("priorYearCompensation"), moneyDecimal, false);
    const fivePercentOwner = take(problems, line, "fivePercentOwner", cell("fivePercentOwner"), (text) => readBoolean(text, "for no"), false);
    const compensation = take(problems, line, "compensation", cell("compensation"), money);
    const deferrals = take(problems, line, "deferrals", cell("deferrals"), money);
    const match = take(problems, line, "match", cell("match"), money, false) ?? 0;
    const longTermPartTime = take(problems, line, "longTermPartTime", cell("longTermPartTime"), (text) => readBoolean(text, "for no"), false) ?? false;
    if (id !== "") {
      const first = this.ids.get(id);
      if (first !== undefined) problems.push({ line, column: "id", message: `repeats the id "${id}" of line ${first}; each employee has one row` });
      else this.ids.set(id, line);
    }
    if (compensation === 0 && ((deferrals ?? 0) > 0 || match > 0)) {
      problems.push({ line, column: "compensation", message: "is 0, but deferrals or match are above 0: a rate needs compensation" });
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
    if (this.header === null && !this.file.fatal) this.file.fatal = { line: 1, message: `the file is empty; the first line must be the header ${CONTRIBUTIONS_COLUMNS.join(",")}` };
    return this.file;
  }
}
