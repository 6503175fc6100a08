/**
 * A roster's eligibility (11-K Note 1.A; plan-rules §2), for 100,000 employees at once.
 *
 * Rows arrive one at a time (the census first, then the hours) and are read as they come; then
 * `finish` answers every census row, in census order: eligible, not yet, excluded, or in error
 * with the reason. No row is dropped: a row that cannot be evaluated is an error row that says why.
 *
 * The answer for each employee is lib/rules/eligibility's `evaluateEligibility` itself, given the
 * employee's hours as a ledger built straight from the file's rows (packed dates, hour units):
 * this file reads, groups and words; it decides nothing about eligibility.
 */
import { daysBetween, packDate, unpackDate, type IsoDate } from "../../dates";
import { RuleInputError } from "../../errors";
import { formatUsd, ZERO, type Money } from "../../money";
import type { EmployerDefinition, PlanDefinition } from "../../plan/definition";
import { employerOf } from "../../plan/sources";
import { evaluateEligibility, type EligibilityResult } from "../../rules/eligibility";
import type { HceResult } from "../../rules/hce";
import { HoursLedger } from "../../rules/hours";
import { formatHours } from "../../rules/words";
import { readDate } from "../../parse";
import {
  CENSUS_OPTIONAL,
  CENSUS_REQUIRED,
  HOURS_REQUIRED,
  isBlankRecord,
  readCensusRow,
  readHeader,
  readHoursRow,
  type Header,
  type RowProblem,
} from "./rows";

/** What became of one census row. */
export const STATUS = { eligible: 0, notYet: 1, excluded: 2, error: 3 } as const;
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
  /** Days from the as-of date to the eligibility date (not-yet rows with a date), else −1. */
  daysUntil: Int32Array;
  reasons: string[];
  /** Hours-file problems (up to MAX_LISTED_PROBLEMS) and how many there were. */
  hoursProblems: FileProblem[];
  hoursProblemCount: number;
  censusRows: number;
  hoursRows: number;
  blankLines: { census: number; hours: number };
  ignoredColumns: { census: string[]; hours: string[] };
}

interface Employee {
  id: string;
  line: number;
  employer: EmployerDefinition | null;
  birthDate: IsoDate;
  employmentStartDate: IsoDate;
  /** The start date packed, to check each hours row against it. */
  startPacked: number;
  highlyCompensated: boolean | undefined;
  pay: Money | undefined;
  owner: boolean | undefined;
  /** Problems that put the row in error (its own, or its hours rows'). */
  problems: string[];
}

export class RosterBuilder {
  private readonly asOf: IsoDate;
  private censusHeader: Header | null = null;
  private hoursHeader: Header | null = null;
  private fatal: FileProblem | null = null;
  private readonly employees: Employee[] = [];
  private readonly byId = new Map<string, number>();
  /** Ids seen more than once: id → indexes of their census rows. */
  private readonly repeated = new Map<string, number[]>();
  private readonly hoursEmployee: number[] = [];
  private readonly hoursDate: number[] = [];
  private readonly hoursUnits: number[] = [];
  private readonly hoursProblems: FileProblem[] = [];
  private hoursProblemCount = 0;
  private hoursRows = 0;
  private readonly blankLines = { census: 0, hours: 0 };

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
    const employee: Employee = {
      id: "",
      line,
      employer: null,
      birthDate: "",
      employmentStartDate: "",
      startPacked: 0,
      highlyCompensated: undefined,
      pay: undefined,
      owner: undefined,
      problems: [],
    };
    const idAt = header.positions.get("employeeId")!;
    employee.id = (cells[idAt] ?? "").trim();
    if (problem !== null) employee.problems.push(`Census line ${line}: ${problem}.`);
    else {
      const read = readCensusRow(cells, header, line);
      if (!read.ok) {
        for (const p of read.problems) employee.problems.push(describe("Census", p));
      } else {
        const row = read.row;
        employee.employer = employerOf(this.plan, row.employer);
        employee.birthDate = row.birthDate;
        employee.employmentStartDate = row.employmentStartDate;
        employee.startPacked = packDate(row.employmentStartDate);
        employee.highlyCompensated = row.highlyCompensated;
        employee.pay = row.priorYearCompensation;
        employee.owner = row.fivePercentOwner;
      }
    }
    const index = this.employees.length;
    this.employees.push(employee);
    if (employee.id === "") return;
    const first = this.byId.get(employee.id);
    if (first === undefined) this.byId.set(employee.id, index);
    else {
      const indexes = this.repeated.get(employee.id) ?? [first];
      indexes.push(index);
      this.repeated.set(employee.id, indexes);
    }
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
      else this.hoursHeader = header.header;
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
    const employee = this.employees[index]!;
    if (employee.employer === null) return; // the census row is in error already; it says why
    if (row.date < employee.startPacked) {
      this.hoursProblem(
        {
          file: "hours",
          line,
          column: "date",
          message: `${unpackDate(row.date)} is before employee ${employee.id}'s employment start date (${employee.employmentStartDate}); hours are credited from the first hour of service`,
        },
        index,
      );
      return;
    }
    this.hoursEmployee.push(index);
    this.hoursDate.push(row.date);
    this.hoursUnits.push(row.units);
  };

  /** The hours file is read; a file with no header at all is a problem. */
  endHours(): void {
    if (!this.fatal && this.hoursHeader === null) {
      this.fatal = { file: "hours", line: 1, column: "", message: `is empty; its first line must be the header ${HOURS_REQUIRED.join(",")}` };
    }
  }

  private hoursProblem(problem: FileProblem, employeeIndex: number | undefined): void {
    this.hoursProblemCount += 1;
    if (this.hoursProblems.length < MAX_LISTED_PROBLEMS) this.hoursProblems.push(problem);
    if (employeeIndex !== undefined) this.employees[employeeIndex]!.problems.push(describe("Hours", problem));
  }

  /** Every census row's answer, in census order. */
  finish(options: { onProgress?: (done: number, total: number) => void } = {}): RosterResult {
    const count = this.fatal ? 0 : this.employees.length;
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
      reasons: new Array<string>(count),
      hoursProblems: this.hoursProblems,
      hoursProblemCount: this.hoursProblemCount,
      censusRows: this.employees.length,
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
    for (const [id, indexes] of this.repeated) {
      const lines = indexes.map((index) => this.employees[index]!.line);
      for (const index of indexes) {
        this.employees[index]!.problems.unshift(
          `Census line ${this.employees[index]!.line}, column employeeId: "${id}" appears on lines ${lines.join(", ")}; each employee must appear once, so hours cannot be matched to one of them.`,
        );
      }
    }
    // Group the hours by employee (a counting sort on the census index).
    const starts = new Int32Array(count + 1);
    const total = this.hoursEmployee.length;
    for (let i = 0; i < total; i += 1) starts[this.hoursEmployee[i]! + 1]! += 1;
    for (let i = 0; i < count; i += 1) starts[i + 1]! += starts[i]!;
    const fill = starts.slice(0, count);
    const dates = new Int32Array(total);
    const units = new Float64Array(total);
    for (let i = 0; i < total; i += 1) {
      const at = fill[this.hoursEmployee[i]!]!++;
      dates[at] = this.hoursDate[i]!;
      units[at] = this.hoursUnits[i]!;
    }

    for (let i = 0; i < count; i += 1) {
      const employee = this.employees[i]!;
      result.ids[i] = employee.id;
      result.lines[i] = employee.line;
      if (employee.problems.length > 0 || employee.employer === null) {
        result.status[i] = STATUS.error;
        result.reasons[i] = errorReason(employee.problems);
        continue;
      }
      answer(this.plan, this.asOf, employee, HoursLedger.fromPacked(dates.subarray(starts[i]!, starts[i + 1]!), units.subarray(starts[i]!, starts[i + 1]!)), result, i);
      if (options.onProgress && (i & 8191) === 0) options.onProgress(i, count);
    }
    return result;
  }
}

function describe(file: "Census" | "Hours", problem: RowProblem): string {
  return `${file} line ${problem.line}${problem.column ? `, column ${problem.column}` : ""}: ${problem.message}.`.replace(/\.\.$/, ".");
}

function errorReason(problems: string[]): string {
  if (problems.length <= 3) return problems.join(" ");
  return `${problems.slice(0, 3).join(" ")} And ${problems.length - 3} more problem${problems.length - 3 === 1 ? "" : "s"} with this employee's rows.`;
}

/** One employee's answer from the rule, put into the roster's columns and a reason in words. */
function answer(plan: PlanDefinition, asOf: IsoDate, employee: Employee, ledger: HoursLedger, out: RosterResult, i: number): void {
  let result: EligibilityResult;
  try {
    result = evaluateEligibility(
      {
        asOf,
        employer: employee.employer!.id,
        birthDate: employee.birthDate,
        employmentStartDate: employee.employmentStartDate,
        ledger,
        highlyCompensated: employee.highlyCompensated,
        priorYearCompensation: employee.pay,
        fivePercentOwner: employee.owner,
      },
      plan,
      { explain: false },
    );
  } catch (error) {
    if (!(error instanceof RuleInputError)) throw error;
    out.status[i] = STATUS.error;
    const column = error.path === "priorYearCompensation" || error.path === "asOf" ? `, column ${error.path === "asOf" ? "highlyCompensated" : error.path}` : "";
    out.reasons[i] = `Census line ${employee.line}${column}: ${error.message}.`;
    return;
  }
  const employer = result.employer;
  const [age, service] = result.requirements;
  if (result.eligibilityDate !== null) {
    out.eligibilityDate[i] = packDate(result.eligibilityDate);
    out.entryDate[i] = packDate(result.entryDate!);
  }
  const ageText = `age ${age.age} on ${age.metOn}`;
  const serviceText = service.metOn === null ? "" : `service met ${service.metOn}`;
  if (result.excluded) {
    out.status[i] = STATUS.excluded;
    out.reasons[i] =
      `Excluded: highly compensated employee (${hceBasis(result.hce)}); the plan excludes highly compensated employees of ${employer.id} (${employer.citation}).` +
      (result.eligibilityDate ? ` Age and service alone would be met on ${result.eligibilityDate}.` : "");
    return;
  }
  const hceNote = result.highlyCompensated ? ` Highly compensated (${hceBasis(result.hce)}); ${employer.id} highly compensated employees may participate.` : "";
  if (result.eligibilityDate === null) {
    out.status[i] = STATUS.notYet;
    out.reasons[i] = `Not yet: ${progress(result)}; ${ageText}.${hceNote}`;
  } else if (result.eligible) {
    out.status[i] = STATUS.eligible;
    out.reasons[i] = `Eligible: ${ageText}, ${serviceText}.${hceNote}`;
  } else {
    out.status[i] = STATUS.notYet;
    out.daysUntil[i] = daysBetween(asOf, result.eligibilityDate);
    out.reasons[i] = `Not yet: eligible on ${result.eligibilityDate} (${ageText}, ${serviceText}).${hceNote}`;
  }
}

/** Why someone is (or is not) highly compensated, in a few words. */
function hceBasis(hce: HceResult): string {
  if (hce.basis === "stated") return "stated in the census";
  if (hce.basis === "fivePercentOwner") return `a 5% owner in ${hce.planYear} or ${hce.lookBackYear}`;
  const pay: Money | null = hce.priorYearCompensation;
  return `${hce.lookBackYear} pay of ${formatUsd(pay ?? ZERO)} ${hce.highlyCompensated ? "above" : "not above"} the ${formatUsd(hce.threshold!)} threshold`;
}

/** The hours still needed in the latest computation period considered. */
function progress(result: EligibilityResult): string {
  const service = result.requirements[1];
  if (service.kind !== "hoursInPeriod") return "";
  const last = service.periods[service.periods.length - 1]!;
  return `${formatHours(last.hours)} of ${formatHours(service.hoursRequired)} hours in the period ending ${last.end}: ${formatHours(Math.max(0, service.hoursRequired - last.hours))} to go`;
}
