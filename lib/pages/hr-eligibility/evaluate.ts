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
 * this file reads, groups and words; it decides nothing about eligibility.
 */
import { addDays, daysBetween, packDate, unpackDate, type IsoDate } from "../../dates";
import { RuleInputError } from "../../errors";
import { formatUsd, ZERO, type Money } from "../../money";
import type { EmployerDefinition, PlanDefinition } from "../../plan/definition";
import { employerOf } from "../../plan/sources";
import { evaluateEligibility, type EligibilityResult } from "../../rules/eligibility";
import type { HceResult } from "../../rules/hce";
import { fromHourUnits, HoursLedger } from "../../rules/hours";
import { formatHours } from "../../rules/words";
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
  type CensusRow,
  type Header,
  type PlainHoursLine,
  type RowProblem,
} from "./rows";
import { periodLabel, progress } from "./periods";
import { gapsBetween, orderSpells, spellConflicts, type Spell } from "./spells";

/** What became of one census row. */
export const STATUS = { eligible: 0, notYet: 1, excluded: 2, error: 3, partTime: 4 } as const;
export type Status = (typeof STATUS)[keyof typeof STATUS];

/** Hours-file problems kept word for word; beyond this only counted (each employee's row still names its lines). */
export const MAX_LISTED_PROBLEMS = 1000;

export interface FileProblem extends RowProblem {
  file: "census" | "hours";
}

/** The answer for every census row, column by column (compact to pass from a Web Worker). */
export interface RosterResult {
  asOf: string;
  /** A problem with a whole file (no header, missing column): nothing was evaluated. */
  fatal: FileProblem | null;
  count: number;
  ids: string[];
  /** The census line of each row. */
  lines: Int32Array;
  status: Uint8Array;
  /** yyyymmdd, or 0 when there is none. */
  eligibilityDate: Int32Array;
  entryDate: Int32Array;
  /** Days from the as-of date to the eligibility date (not yet eligible, part-time ones included, with a date), else −1. */
  daysUntil: Int32Array;
  /** 1 when the employee may make elective deferrals on the as-of date (eligible, or a long-term part-time employee), else 0. */
  mayDefer: Uint8Array;
  /** When the long-term part-time rule is met (yyyymmdd; an excluded employee's too, as the API gives it), or 0. */
  partTimeDate: Int32Array;
  reasons: string[];
  /** Hours-file problems (up to MAX_LISTED_PROBLEMS) and how many there were. */
  hoursProblems: FileProblem[];
  hoursProblemCount: number;
  censusRows: number;
  /** Employees: census rows of one employeeId count once. */
  employees: number;
  /** Employees with more than one census row (a rehire's spells). */
  rehires: number;
  hoursRows: number;
  blankLines: { census: number; hours: number };
  ignoredColumns: { census: string[]; hours: string[] };
}

/** One census row as read: its index in the census, its line, and its values (null when it is in error). */
interface CensusEntry {
  index: number;
  line: number;
  row: CensusRow | null;
}

/** One employee: the census rows of one employeeId (a row without an id is an employee of its own, in error). */
interface Person {
  id: string;
  first: CensusEntry;
  /** The employee's other rows (a rehire's other spells), in census order. */
  more: CensusEntry[] | null;
  /** Problems that put every row of the employee in error (its rows' own, conflicts, its hours rows'). */
  problems: string[] | null;
  // Settled once the whole census is read:
  /** Null when the employee is in error (not evaluated). */
  employer: EmployerDefinition | null;
  birthDate: IsoDate;
  /** The earliest start: the day of the first hour of service. */
  start: IsoDate;
  startPacked: number;
  highlyCompensated: boolean | undefined;
  pay: Money | undefined;
  owner: boolean | undefined;
  /** The spells in order of start, when there is more than one or a termination date was given. */
  spells: Spell[] | null;
}

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
  ) {
    const read = readDate(asOf);
    if (!read.ok) throw new RangeError(`as-of date ${read.problem}`);
    this.asOf = read.value;
  }

  /** One record of the census file (the header first). */
  census = (cells: string[], line: number, problem: string | null): void => {
    if (this.fatal) return;
    if (this.censusHeader === null) {
      if (isBlankRecord(cells)) {
        this.blankLines.census += 1;
        return;
      }
      const header = readHeader(cells, CENSUS_REQUIRED, CENSUS_OPTIONAL);
      if (!header.ok) this.fatal = { file: "census", line, column: "", message: header.message };
      else this.censusHeader = header.header;
      return;
    }
    if (problem === null && isBlankRecord(cells)) {
      this.blankLines.census += 1;
      return;
    }
    const header = this.censusHeader;
    const id = (cells[header.positions.get("employeeId")!] ?? "").trim();
    const entry: CensusEntry = { index: this.rowPerson.length, line, row: null };
    const problems: string[] = [];
    if (problem !== null) problems.push(`Census line ${line}: ${problem}.`);
    else {
      const read = readCensusRow(cells, header, line);
      if (read.ok) entry.row = read.row;
      else for (const p of read.problems) problems.push(describe("Census", p));
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
  hours = (cells: string[], line: number, problem: string | null): void => {
    if (this.fatal) return;
    if (this.hoursHeader === null) {
      if (isBlankRecord(cells)) {
        this.blankLines.hours += 1;
        return;
      }
      const header = readHeader(cells, HOURS_REQUIRED, []);
      if (!header.ok) this.fatal = { file: "hours", line, column: "", message: header.message };
      else {
        this.hoursHeader = header.header;
        this.plainHours = isPlainHoursHeader(header.header);
        this.settle();
      }
      return;
    }
    if (problem === null && isBlankRecord(cells)) {
      this.blankLines.hours += 1;
      return;
    }
    this.hoursRows += 1;
    const header = this.hoursHeader;
    const rawId = (cells[header.positions.get("employeeId")!] ?? "").trim();
    const index = this.byId.get(rawId);
    if (problem !== null) {
      this.hoursProblem({ file: "hours", line, column: "", message: problem }, index);
      return;
    }
    const read = readHoursRow(cells, header, line);
    if (!read.ok) {
      for (const p of read.problems) this.hoursProblem({ file: "hours", ...p }, index);
      return;
    }
    const row = read.row;
    if (index === undefined) {
      this.hoursProblem({ file: "hours", line, column: "employeeId", message: `"${row.employeeId}" is not in the census CSV` }, undefined);
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
          message: `${unpackDate(row.date)} is before employee ${person.id}'s employment start date (${person.start}); hours are credited from the first hour of service`,
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
      this.fatal = { file: "hours", line: 1, column: "", message: `is empty; its first line must be the header ${HOURS_REQUIRED.join(",")}` };
    }
  }

  private hoursProblem(problem: FileProblem, person: number | undefined): void {
    this.hoursProblemCount += 1;
    if (this.hoursProblems.length < MAX_LISTED_PROBLEMS) this.hoursProblems.push(problem);
    if (person !== undefined) (this.people[person]!.problems ??= []).push(describe("Hours", problem));
  }

  /** The whole census is read: each employee's rows are put together and checked against each other. */
  private settle(): void {
    if (this.settled) return;
    this.settled = true;
    for (const person of this.people) settlePerson(person, this.plan);
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
      result.fatal = { file: "census", line: 1, column: "", message: `is empty; its first line must be the header ${CENSUS_REQUIRED.join(",")}` };
      return result;
    }
    if (this.fatal) return result;
    if (count === 0) {
      result.fatal = { file: "census", line: 2, column: "", message: "has a header but no employee rows" };
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
        result.reasons[i] = errorReason(person.problems ?? []);
      } else {
        answer(this.plan, this.asOf, person, ledgerOf(p), result, i);
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

/** Another row of the same employee carries the employee's answer. */
function copyAnswer(result: RosterResult, from: number, to: number, line: number, id: string): void {
  result.ids[to] = id;
  result.lines[to] = line;
  result.status[to] = result.status[from]!;
  result.eligibilityDate[to] = result.eligibilityDate[from]!;
  result.entryDate[to] = result.entryDate[from]!;
  result.daysUntil[to] = result.daysUntil[from]!;
  result.mayDefer[to] = result.mayDefer[from]!;
  result.partTimeDate[to] = result.partTimeDate[from]!;
  result.reasons[to] = result.reasons[from]!;
}

/** Whether a row gives any of the highly compensated columns (a blank fivePercentOwner and "false" say the same). */
function givesHce(row: CensusRow): boolean {
  return row.highlyCompensated !== undefined || row.priorYearCompensation !== undefined || row.fivePercentOwner === true;
}

function sameHce(a: CensusRow, b: CensusRow): boolean {
  const pay = a.priorYearCompensation === undefined || b.priorYearCompensation === undefined ? a.priorYearCompensation === b.priorYearCompensation : a.priorYearCompensation.equals(b.priorYearCompensation);
  return pay && a.highlyCompensated === b.highlyCompensated && (a.fivePercentOwner ?? false) === (b.fivePercentOwner ?? false);
}

function hceInWords(row: CensusRow): string {
  const parts: string[] = [];
  if (row.highlyCompensated !== undefined) parts.push(`highlyCompensated ${row.highlyCompensated}`);
  if (row.priorYearCompensation !== undefined) parts.push(`priorYearCompensation ${formatUsd(row.priorYearCompensation)}`);
  if (row.fivePercentOwner !== undefined) parts.push(`fivePercentOwner ${row.fivePercentOwner}`);
  return parts.join(", ");
}

/** Puts one employee's rows together: the values they share, the spells, and what contradicts. */
function settlePerson(person: Person, plan: PlanDefinition): void {
  if (person.problems !== null || person.first.row === null) return;
  const first = person.first.row;
  const entries = person.more ? [person.first, ...person.more] : null;
  let hceRow = first;
  if (entries) {
    const problems: string[] = [];
    const conflict = (a: CensusEntry, b: CensusEntry, column: string, message: string) =>
      problems.push(`Census lines ${a.line} and ${b.line}${column ? `, column ${column}` : ""}: ${message}.`);
    let hceGiven: CensusEntry | null = givesHce(first) ? person.first : null;
    for (const entry of person.more!) {
      const row = entry.row!;
      if (row.birthDate !== first.birthDate) {
        conflict(person.first, entry, "birthDate", `employee "${person.id}" is born on ${first.birthDate} on line ${person.first.line} but on ${row.birthDate} on line ${entry.line}; the rows of one employee (one for each employment spell) must agree`);
      }
      if (row.employer !== first.employer) {
        conflict(person.first, entry, "employer", `employee "${person.id}" works for ${first.employer} on line ${person.first.line} but for ${row.employer} on line ${entry.line}; the rows of one employee (one for each employment spell) must agree`);
      }
      if (!givesHce(row)) continue;
      if (hceGiven === null) hceGiven = entry;
      else if (!sameHce(hceGiven.row!, row)) {
        conflict(
          hceGiven,
          entry,
          "",
          `the highly compensated columns of employee "${person.id}" differ (line ${hceGiven.line}: ${hceInWords(hceGiven.row!)}; line ${entry.line}: ${hceInWords(row)}); ` +
            "they describe the employee in the as-of date's plan year, not one spell: give the same values on each row, or leave them blank on all rows but one",
        );
      }
    }
    if (hceGiven) hceRow = hceGiven.row!;
    const spells = orderSpells(entries.map((entry) => ({ start: entry.row!.employmentStartDate, end: entry.row!.terminationDate ?? null, line: entry.line })));
    for (const clash of spellConflicts(spells)) {
      problems.push(`Census lines ${clash.lines[0]} and ${clash.lines[1]}, column employmentStartDate: employee "${person.id}": ${clash.message}.`);
    }
    if (problems.length > 0) {
      person.problems = problems;
      return;
    }
    person.spells = spells;
    person.start = spells[0]!.start;
  } else {
    person.start = first.employmentStartDate;
    if (first.terminationDate !== undefined) person.spells = [{ start: first.employmentStartDate, end: first.terminationDate, line: person.first.line }];
  }
  person.birthDate = first.birthDate;
  person.startPacked = packDate(person.start);
  person.highlyCompensated = hceRow.highlyCompensated;
  person.pay = hceRow.priorYearCompensation;
  person.owner = hceRow.fivePercentOwner;
  person.employer = employerOf(plan, first.employer);
}

function describe(file: "Census" | "Hours", problem: RowProblem): string {
  return `${file} line ${problem.line}${problem.column ? `, column ${problem.column}` : ""}: ${problem.message}.`.replace(/\.\.$/, ".");
}

function errorReason(problems: string[]): string {
  if (problems.length <= 3) return problems.join(" ");
  return `${problems.slice(0, 3).join(" ")} And ${problems.length - 3} more problem${problems.length - 3 === 1 ? "" : "s"} with this employee's rows.`;
}

/** One employee's answer from the rule, put into the roster's columns and a reason in words. */
function answer(plan: PlanDefinition, asOf: IsoDate, person: Person, ledger: HoursLedger, out: RosterResult, i: number): void {
  let result: EligibilityResult;
  try {
    result = evaluateEligibility(
      {
        asOf,
        employer: person.employer!.id,
        birthDate: person.birthDate,
        employmentStartDate: person.start,
        ledger,
        highlyCompensated: person.highlyCompensated,
        priorYearCompensation: person.pay,
        fivePercentOwner: person.owner,
      },
      plan,
      { explain: false },
    );
  } catch (error) {
    if (!(error instanceof RuleInputError)) throw error;
    out.status[i] = STATUS.error;
    const column = error.path === "priorYearCompensation" || error.path === "asOf" ? `, column ${error.path === "asOf" ? "highlyCompensated" : error.path}` : "";
    out.reasons[i] = `Census line ${person.first.line}${column}: ${error.message}.`;
    return;
  }
  const employer = result.employer;
  const [age, service] = result.requirements;
  const partTime = result.longTermPartTime;
  if (result.eligibilityDate !== null) {
    out.eligibilityDate[i] = packDate(result.eligibilityDate);
    out.entryDate[i] = packDate(result.entryDate!);
  }
  if (partTime?.eligibilityDate) out.partTimeDate[i] = packDate(partTime.eligibilityDate);
  out.mayDefer[i] = result.mayDefer ? 1 : 0;
  const ageText = `age ${age.age} on ${age.metOn}`;
  const serviceText = service.metOn === null ? "" : `service met ${service.metOn}`;
  const spellText = person.spells ? spellsInWords(person, ledger) : "";
  if (result.excluded) {
    out.status[i] = STATUS.excluded;
    out.reasons[i] =
      `Excluded: highly compensated employee (${hceBasis(result.hce)}); the plan excludes highly compensated employees of ${employer.id} (${employer.citation}).` +
      (result.eligibilityDate ? ` Age and service alone would be met on ${result.eligibilityDate}.` : "") +
      (partTime?.eligibilityDate ? ` The part-time rule alone would be met on ${partTime.eligibilityDate}.` : "") +
      spellText;
    return;
  }
  const hceNote = result.highlyCompensated ? ` Highly compensated (${hceBasis(result.hce)}); ${employer.id} highly compensated employees may participate.` : "";
  if (result.eligible) {
    out.status[i] = STATUS.eligible;
    out.reasons[i] = `Eligible: ${ageText}, ${serviceText}.${hceNote}${spellText}`;
    return;
  }
  const notYet =
    result.eligibilityDate === null ? `${progress(result, asOf)}; ${ageText}` : `eligible on ${result.eligibilityDate} (${ageText}, ${serviceText})`;
  if (result.eligibilityDate !== null) out.daysUntil[i] = daysBetween(asOf, result.eligibilityDate);
  if (partTime?.eligible && partTime.metBy) {
    out.status[i] = STATUS.partTime;
    const { period } = partTime.metBy;
    out.reasons[i] =
      `Part-time: may make their own deferrals since ${partTime.eligibilityDate} as a long-term part-time employee (${period.run} periods in a row with ` +
      `${formatHours(plan.longTermPartTime.qualifyingHours.hours)} hours or more, the last ${periodLabel(period)}; ${partTime.citation}), ` +
      `${partTime.employerMatch ? "with the" : "no"} employer match. Not yet eligible to join: ${notYet}.${hceNote}${spellText}`;
    return;
  }
  out.status[i] = STATUS.notYet;
  const partTimeLater = partTime?.eligibilityDate && partTime.eligibilityDate > asOf ? ` Part-time rule: may make their own deferrals from ${partTime.eligibilityDate}.` : "";
  out.reasons[i] = `Not yet: ${notYet}.${partTimeLater}${hceNote}${spellText}`;
}

/** A rehire's spells, or a last day, and the hours dated where the employee was not employed (counted). */
function spellsInWords(person: Person, ledger: HoursLedger): string {
  const spells = person.spells!;
  const last = spells[spells.length - 1]!;
  const after = last.end !== null && ledger.latestDate !== null && ledger.latestDate > last.end ? fromHourUnits(ledger.unitsBetween(addDays(last.end, 1), ledger.latestDate)) : 0;
  const afterText = after > 0 ? ` ${formatHours(after)} hours dated after the last day are counted (hours are credited on the dates payroll gives).` : "";
  if (spells.length === 1) return ` Last day ${last.end}.${afterText}`;
  const listed = spells.map((spell) => (spell.end === null ? `from ${spell.start}` : `${spell.start} to ${spell.end}`)).join(", ");
  let text = ` Rehired: ${spells.length} spells (census lines ${spells.map((spell) => spell.line).join(", ")}): ${listed}; the hours of all of them count, from the first start, ${person.start}.`;
  for (const gap of gapsBetween(spells)) {
    if (gap.from === null) continue;
    const inGap = fromHourUnits(ledger.unitsBetween(gap.from, gap.to));
    if (inGap > 0) text += ` ${formatHours(inGap)} hours dated in the gap from ${gap.from} to ${gap.to} are counted.`;
  }
  return text + afterText;
}

/** Why someone is (or is not) highly compensated, in a few words. */
function hceBasis(hce: HceResult): string {
  if (hce.basis === "stated") return "stated in the census";
  if (hce.basis === "fivePercentOwner") return `a 5% owner in ${hce.planYear} or ${hce.lookBackYear}`;
  const pay: Money | null = hce.priorYearCompensation;
  return `${hce.lookBackYear} pay of ${formatUsd(pay ?? ZERO)} ${hce.highlyCompensated ? "above" : "not above"} the ${formatUsd(hce.threshold!)} threshold`;
}
