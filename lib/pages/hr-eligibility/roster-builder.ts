/**
 * A roster's eligibility (11-K Note 1.A; plan-rules §2), for 100,000 employees at once.
 *
 * Rows arrive one at a time (the census first, then the hours) and are read as they come; then
 * `finish` answers every census row, in census order: eligible, a long-term part-time employee who
 * may defer, not yet, excluded, or in error with the reason. No row is dropped: a row that cannot be
 * evaluated is an error row that says why.
 *
 * A rehire has one census row per employment spell (the same employeeId, each row with its
 * employmentStartDate and, optionally, its terminationDate). The rows are one employee, whose first
 * hour of service is the earliest start: all hours count (plan-rules §2.1), so the spells change
 * nothing in the answer; they are checked (lib/pages/hr-eligibility/spells) and shown in the reason.
 * Rows of one id must agree on the birth date, the employer and the highly compensated columns
 * (which describe the employee in the as-of date's plan year, not a spell: a row may leave them all
 * blank and take them from the row that gives them); rows that disagree are in error, each naming
 * both lines. Every census row gets its employee's answer.
 *
 * The answer for each employee is lib/rules/eligibility's `evaluateEligibility` itself, given the
 * employee's hours as a ledger built straight from the file's rows (packed dates, hour units):
 * this file reads and groups (the employee's rows put together in ./people), ./answers puts each
 * answer into the columns and lib/words/<language>/eligibility-roster (given to the builder) words it; they decide nothing about
 * eligibility.
 */
import { unpackDate, type IsoDate } from "../../dates";
import type { PlanDefinition } from "../../plan/definition";
import { HoursLedger } from "../../rules/hours";
import { readDate } from "../../parse";
import {
  CENSUS_OPTIONAL,
  CENSUS_REQUIRED,
  HOURS_REQUIRED,
  isBlankRecord,
  isPlainHoursHeader,
  readCensusRow,
  readHeader,
  readHoursRow,
  readPlainHoursLine,
  type Header,
  type PlainHoursLine,
} from "./rows";
import type { RosterWords } from "./words";
import { answer, copyAnswer, MAX_LISTED_PROBLEMS, STATUS, type FileProblem, type RosterResult } from "./answers";
import { describe, settlePerson, type CensusEntry, type Person } from "./people";

export { MAX_LISTED_PROBLEMS, STATUS, type FileProblem, type RosterResult, type Status } from "./answers";

export class RosterBuilder {
  private readonly asOf: IsoDate;
  private censusHeader: Header | null = null;
  private hoursHeader: Header | null = null;
  /** The hours file has the plain layout (employeeId,date,hours), so its lines may be read without splitting. */
  private plainHours = false;
  private fatal: FileProblem | null = null;
  private readonly people: Person[] = [];
  private readonly byId = new Map<string, number>();
  /** Census row → its person. */
  private readonly rowPerson: number[] = [];
  private settled = false;
  /** The hours rows credited, in file order: whose, when (packed), how many units. */
  private hoursPerson = new Int32Array(1024);
  private hoursDate = new Int32Array(1024);
  private hoursUnits = new Int32Array(1024);
  private credited = 0;
  private readonly hoursProblems: FileProblem[] = [];
  private hoursProblemCount = 0;
  private hoursRows = 0;
  private readonly blankLines = { census: 0, hours: 0 };
  /** The id of the last plain hours line and its person: an employee's rows usually come together. */
  private lastId = "";
  private lastPerson = -1;
  private readonly plainLine: PlainHoursLine = { idStart: 0, idEnd: 0, date: 0, units: 0 };

  constructor(
    private readonly plan: PlanDefinition,
    asOf: string,
    /** The reasons' and problems' words, in the page's language (lib/words/<language>/eligibility-roster). */
    private readonly words: RosterWords,
  ) {
    const read = readDate(asOf);
    // The page reads the as-of date before it starts a run; a bad one here is the caller's mistake.
    if (!read.ok) throw new RangeError(`asOf: ${words.failureWords(read)}`);
    this.asOf = read.value;
  }

  /** One record of the census file (the header first). */
  census = (cells: string[], line: number, unclosed: boolean): void => {
    if (this.fatal) return;
    if (this.censusHeader === null) {
      if (isBlankRecord(cells)) {
        this.blankLines.census += 1;
        return;
      }
      const header = readHeader(cells, CENSUS_REQUIRED, CENSUS_OPTIONAL);
      if (!header.ok) this.fatal = { file: "census", line, column: "", message: this.words.headerProblem(header.issue) };
      else this.censusHeader = header.header;
      return;
    }
    if (!unclosed && isBlankRecord(cells)) {
      this.blankLines.census += 1;
      return;
    }
    const header = this.censusHeader;
    const id = (cells[header.positions.get("employeeId")!] ?? "").trim();
    const entry: CensusEntry = { index: this.rowPerson.length, line, row: null };
    const problems: string[] = [];
    if (unclosed) problems.push(this.words.rowProblem("census", line, "", this.words.unclosedQuote(line)));
    else {
      const read = readCensusRow(cells, header, line, this.words);
      if (read.ok) entry.row = read.row;
      else for (const p of read.problems) problems.push(describe("census", p, this.words));
    }
    const known = id === "" ? undefined : this.byId.get(id);
    let index: number;
    if (known === undefined) {
      index = this.people.length;
      this.people.push({
        id,
        first: entry,
        more: null,
        problems: problems.length > 0 ? problems : null,
        employer: null,
        birthDate: "",
        start: "",
        startPacked: 0,
        highlyCompensated: undefined,
        pay: undefined,
        owner: undefined,
        spells: null,
      });
      if (id !== "") this.byId.set(id, index);
    } else {
      index = known;
      const person = this.people[index]!;
      (person.more ??= []).push(entry);
      if (problems.length > 0) (person.problems ??= []).push(...problems);
    }
    this.rowPerson.push(index);
  };

  /** One record of the hours file (the header first). Call after the whole census. */
  hours = (cells: string[], line: number, unclosed: boolean): void => {
    if (this.fatal) return;
    if (this.hoursHeader === null) {
      if (isBlankRecord(cells)) {
        this.blankLines.hours += 1;
        return;
      }
      const header = readHeader(cells, HOURS_REQUIRED, []);
      if (!header.ok) this.fatal = { file: "hours", line, column: "", message: this.words.headerProblem(header.issue) };
      else {
        this.hoursHeader = header.header;
        this.plainHours = isPlainHoursHeader(header.header);
        this.settle();
      }
      return;
    }
    if (!unclosed && isBlankRecord(cells)) {
      this.blankLines.hours += 1;
      return;
    }
    this.hoursRows += 1;
    const header = this.hoursHeader;
    const rawId = (cells[header.positions.get("employeeId")!] ?? "").trim();
    const index = this.byId.get(rawId);
    if (unclosed) {
      this.hoursProblem({ file: "hours", line, column: "", message: this.words.unclosedQuote(line) }, index);
      return;
    }
    const read = readHoursRow(cells, header, line, this.words);
    if (!read.ok) {
      for (const p of read.problems) this.hoursProblem({ file: "hours", ...p }, index);
      return;
    }
    const row = read.row;
    if (index === undefined) {
      this.hoursProblem({ file: "hours", line, column: "employeeId", message: this.words.notInCensus(row.employeeId) }, undefined);
      return;
    }
    const person = this.people[index]!;
    if (person.employer === null) return; // the employee is in error already; its rows say why
    if (row.date < person.startPacked) {
      this.hoursProblem(
        {
          file: "hours",
          line,
          column: "date",
          message: this.words.hoursBeforeStartProblem(unpackDate(row.date), person.id, person.start),
        },
        index,
      );
      return;
    }
    this.credit(index, row.date, row.units);
  };

  /**
   * The common hours line, read straight out of the file's text (a CsvRecordReader line handler):
   * a plain line of a known employee, dated on or after the start, is credited here; any other line
   * returns false and goes to `hours`, which reads it cell by cell and says what is wrong.
   */
  hoursLine = (text: string, start: number, end: number): boolean => {
    if (!this.plainHours || this.fatal) return false;
    const cells = this.plainLine;
    if (!readPlainHoursLine(text, start, end, cells)) return false;
    let index = this.lastPerson;
    const length = cells.idEnd - cells.idStart;
    if (index < 0 || length !== this.lastId.length || !sameText(text, cells.idStart, this.lastId)) {
      const id = text.slice(cells.idStart, cells.idEnd);
      const found = this.byId.get(id);
      if (found === undefined) return false;
      index = found;
      this.lastId = id;
      this.lastPerson = found;
    }
    const person = this.people[index]!;
    if (person.employer === null || cells.date < person.startPacked) return false;
    this.hoursRows += 1;
    this.credit(index, cells.date, cells.units);
    return true;
  };

  /**
   * Makes room for the rows of an hours file of this many bytes (a line is 20 bytes or more, as
   * `E1,2002-03-31,80.5` and its line break): the arrays need not grow, and no outgrown copy waits
   * for the garbage collector. More rows than that still fit (the arrays grow).
   */
  expectHoursBytes(bytes: number): void {
    const rows = Math.ceil(bytes / 20);
    if (rows <= this.hoursPerson.length) return;
    const sized = (array: Int32Array) => {
      const bigger = new Int32Array(rows);
      bigger.set(array.subarray(0, this.credited));
      return bigger;
    };
    this.hoursPerson = sized(this.hoursPerson);
    this.hoursDate = sized(this.hoursDate);
    this.hoursUnits = sized(this.hoursUnits);
  }

  /**
   * Keeps one credited hours row, in typed arrays (a million rows are three arrays of numbers the
   * garbage collector need not walk), doubled as they fill. Units fit 32 bits: at most 8,784 hours.
   */
  private credit(person: number, date: number, units: number): void {
    if (this.credited === this.hoursPerson.length) {
      const grow = (array: Int32Array) => {
        const bigger = new Int32Array(array.length * 2);
        bigger.set(array);
        return bigger;
      };
      this.hoursPerson = grow(this.hoursPerson);
      this.hoursDate = grow(this.hoursDate);
      this.hoursUnits = grow(this.hoursUnits);
    }
    const at = this.credited++;
    this.hoursPerson[at] = person;
    this.hoursDate[at] = date;
    this.hoursUnits[at] = units;
  }

  /** The hours file is read; a file with no header at all is a problem. */
  endHours(): void {
    if (!this.fatal && this.hoursHeader === null) {
      this.fatal = { file: "hours", line: 1, column: "", message: this.words.emptyFile(HOURS_REQUIRED) };
    }
  }

  private hoursProblem(problem: FileProblem, person: number | undefined): void {
    this.hoursProblemCount += 1;
    if (this.hoursProblems.length < MAX_LISTED_PROBLEMS) this.hoursProblems.push(problem);
    if (person !== undefined) (this.people[person]!.problems ??= []).push(describe("hours", problem, this.words));
  }

  /** The whole census is read: each employee's rows are put together and checked against each other. */
  private settle(): void {
    if (this.settled) return;
    this.settled = true;
    for (const person of this.people) settlePerson(person, this.plan, this.words);
  }

  /** Every census row's answer, in census order. Call it once: the credited hours rows are let go as it groups them. */
  finish(options: { onProgress?: (done: number, total: number) => void } = {}): RosterResult {
    const count = this.fatal ? 0 : this.rowPerson.length;
    const result: RosterResult = {
      asOf: this.asOf,
      fatal: this.fatal,
      count,
      ids: new Array<string>(count),
      lines: new Int32Array(count),
      status: new Uint8Array(count),
      eligibilityDate: new Int32Array(count),
      entryDate: new Int32Array(count),
      daysUntil: new Int32Array(count).fill(-1),
      mayDefer: new Uint8Array(count),
      partTimeDate: new Int32Array(count),
      reasons: new Array<string>(count),
      hoursProblems: this.hoursProblems,
      hoursProblemCount: this.hoursProblemCount,
      censusRows: this.rowPerson.length,
      employees: this.people.length,
      rehires: 0,
      hoursRows: this.hoursRows,
      blankLines: this.blankLines,
      ignoredColumns: { census: this.censusHeader?.ignored ?? [], hours: this.hoursHeader?.ignored ?? [] },
    };
    if (!this.fatal && this.censusHeader === null) {
      result.fatal = { file: "census", line: 1, column: "", message: this.words.emptyFile(CENSUS_REQUIRED) };
      return result;
    }
    if (this.fatal) return result;
    if (count === 0) {
      result.fatal = { file: "census", line: 2, column: "", message: this.words.NO_EMPLOYEE_ROWS };
      return result;
    }
    this.settle();
    // Group the hours by employee (a counting sort on the employee's index).
    const people = this.people.length;
    const starts = new Int32Array(people + 1);
    const total = this.credited;
    for (let i = 0; i < total; i += 1) starts[this.hoursPerson[i]! + 1]! += 1;
    for (let p = 0; p < people; p += 1) starts[p + 1]! += starts[p]!;
    const fill = starts.slice(0, people);
    const dates = new Int32Array(total);
    const units = new Int32Array(total);
    for (let i = 0; i < total; i += 1) {
      const at = fill[this.hoursPerson[i]!]!++;
      dates[at] = this.hoursDate[i]!;
      units[at] = this.hoursUnits[i]!;
    }
    // The credited rows are grouped now: let them go before the evaluation.
    this.hoursPerson = this.hoursDate = this.hoursUnits = new Int32Array(0);
    this.credited = 0;
    const ledgerOf = HoursLedger.group(dates, units, starts);

    for (let p = 0; p < people; p += 1) {
      const person = this.people[p]!;
      const i = person.first.index;
      if (person.more) result.rehires += 1;
      if (person.employer === null || person.problems !== null) {
        result.status[i] = STATUS.error;
        result.reasons[i] = this.words.errorReason(person.problems ?? []);
      } else {
        answer(this.plan, this.asOf, person, ledgerOf(p), result, i, this.words);
      }
      result.ids[i] = person.id;
      result.lines[i] = person.first.line;
      if (person.more) for (const entry of person.more) copyAnswer(result, i, entry.index, entry.line, person.id);
      if (options.onProgress && (p & 8191) === 0) options.onProgress(p, people);
    }
    return result;
  }
}

/** Whether text holds `id` from `at` (character by character, no substring). */
function sameText(text: string, at: number, id: string): boolean {
  for (let i = 0; i < id.length; i += 1) if (text.charCodeAt(at + i) !== id.charCodeAt(i)) return false;
  return true;
}
