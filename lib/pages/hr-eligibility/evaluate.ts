/**
 * A roster's eligibility (11-K Note 1.A; plan-rules §2), for 100,000 employees at once.
 *
 * Rows arrive one at a time (the census first, then the hours) and are checked as they come; then
 * `finish` answers every census row, in census order: eligible, not yet, excluded, or in error
 * with the reason. No row is dropped: a row that cannot be evaluated is an error row that says why.
 *
 * The answer for each employee is the one `evaluateEligibility` gives (lib/rules/eligibility),
 * worked out on integer dates for speed under the plan's default options; other options go through
 * `evaluateEligibility` itself. test/unit/roster-evaluate.test.ts checks the two agree.
 */
import { Dec, formatUsd, type Money } from "../../money";
import type { EmployerDefinition, PlanDefinition } from "../../plan/definition";
import { employerOf } from "../../plan/sources";
import { entryDateFor, evaluateEligibility } from "../../rules/eligibility";
import { highlyCompensatedStatus, type HceResult } from "../../rules/hce";
import { fromHourUnits, toHourUnits } from "../../rules/hours";
import { formatHours } from "../../rules/words";
import { RuleInputError } from "../../errors";
import { MAX_HOURS_PER_ENTRY } from "../../schemas";
import {
  addDaysToDayNumber,
  daysInMonth,
  anniversaryOfDayNumber,
  dayNumberOf,
  daysFromTo,
  isoOfDayNumber,
  type DayNumber,
} from "./day-number";
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
  birth: DayNumber;
  start: DayNumber;
  highlyCompensated: boolean | undefined;
  pay: Money | undefined;
  owner: boolean | undefined;
  /** Problems that put the row in error (its own, or its hours rows'). */
  problems: string[];
}

export class RosterBuilder {
  private readonly asOf: DayNumber;
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
    this.asOf = dayNumberOf(asOf);
    if (this.asOf < 0) throw new RangeError(`not a calendar date: ${asOf}`);
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
      birth: 0,
      start: 0,
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
        employee.birth = row.birthDate;
        employee.start = row.employmentStartDate;
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

  /** Cell bounds of the line being read by `hoursLine`. */
  private bounds = new Int32Array(0);

  /**
   * The hours fast path: a line with no quote, read in place (no cells, no substrings but the id).
   * It takes only a line that is plainly right (a real date, plain hours, a known employee, on or
   * after the start date); anything else returns false and goes through `hours` and the schema.
   */
  hoursLine = (text: string, start: number, end: number, line: number): boolean => {
    const header = this.hoursHeader;
    if (header === null || this.fatal) return false;
    const width = header.width;
    if (this.bounds.length !== width * 2) this.bounds = new Int32Array(width * 2);
    const bounds = this.bounds;
    let cellStart = start;
    for (let c = 0; c < width - 1; c += 1) {
      const comma = text.indexOf(",", cellStart);
      if (comma === -1 || comma >= end) return false;
      bounds[2 * c] = cellStart;
      bounds[2 * c + 1] = comma;
      cellStart = comma + 1;
    }
    const extra = text.indexOf(",", cellStart);
    if (extra !== -1 && extra < end) return false;
    bounds[2 * width - 2] = cellStart;
    bounds[2 * width - 1] = end;
    const positions = this.hoursPositions!;
    const date = dayNumberAt(text, bounds[2 * positions.date]!, bounds[2 * positions.date + 1]!);
    if (date < 0) return false;
    const units = hourUnitsAt(text, bounds[2 * positions.hours]!, bounds[2 * positions.hours + 1]!);
    if (units < 0) return false;
    // Hours files usually list an employee's rows together: reuse the last id's lookup when the
    // text is the same, without cutting a new string.
    const idStart = bounds[2 * positions.id]!;
    const idEnd = bounds[2 * positions.id + 1]!;
    let index: number | undefined;
    const lastId = this.lastId;
    if (lastId.length === idEnd - idStart && lastId.length > 0) {
      let same = true;
      for (let k = 0; k < lastId.length; k += 1) {
        if (lastId.charCodeAt(k) !== text.charCodeAt(idStart + k)) {
          same = false;
          break;
        }
      }
      if (same) index = this.lastIndex;
    }
    if (index === undefined) {
      const id = text.slice(idStart, idEnd);
      index = this.byId.get(id);
      if (index === undefined) return false;
      this.lastId = id;
      this.lastIndex = index;
    }
    const employee = this.employees[index]!;
    if (employee.employer === null || date < employee.start) return false;
    this.hoursRows += 1;
    this.hoursEmployee.push(index);
    this.hoursDate.push(date);
    this.hoursUnits.push(units);
    void line;
    return true;
  };

  private hoursPositions: { id: number; date: number; hours: number } | null = null;
  private lastId = "";
  private lastIndex = 0;

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
        const at = header.header.positions;
        this.hoursPositions = { id: at.get("employeeId")!, date: at.get("date")!, hours: at.get("hours")! };
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
    const employee = this.employees[index]!;
    if (employee.employer === null) return; // the census row is in error already; it says why
    if (row.date < employee.start) {
      this.hoursProblem(
        {
          file: "hours",
          line,
          column: "date",
          message: `${isoOfDayNumber(row.date)} is before employee ${employee.id}'s employment start date (${isoOfDayNumber(employee.start)}); hours are credited from the first hour of service`,
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
      asOf: isoOfDayNumber(this.asOf),
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
    const evaluator = new Evaluator(this.plan, this.asOf);
    for (let i = 0; i < count; i += 1) {
      const employee = this.employees[i]!;
      result.ids[i] = employee.id;
      result.lines[i] = employee.line;
      if (employee.problems.length > 0 || employee.employer === null) {
        result.status[i] = STATUS.error;
        result.reasons[i] = errorReason(employee.problems);
        continue;
      }
      evaluator.evaluate(employee, dates, units, starts[i]!, starts[i + 1]!, result, i);
      if (options.onProgress && (i & 8191) === 0) options.onProgress(i, count);
    }
    return result;
  }
}

/** A `YYYY-MM-DD` date read in place (as dayNumberOf), or −1. */
function dayNumberAt(text: string, start: number, end: number): DayNumber {
  if (end - start !== 10 || text.charCodeAt(start + 4) !== 45 || text.charCodeAt(start + 7) !== 45) return -1;
  let value = 0;
  for (let i = 0; i < 10; i += 1) {
    if (i === 4 || i === 7) continue;
    const digit = text.charCodeAt(start + i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  const year = Math.floor(value / 10000);
  const month = Math.floor(value / 100) % 100;
  const day = value % 100;
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return -1;
  return value;
}

/**
 * Plain hours read in place as ten-thousandths of an hour: digits, optionally a point and at most
 * four more digits, at most MAX_HOURS_PER_ENTRY. Exactly what toHourUnits(Number(text)) gives for
 * such text. −1 for anything else (the schema then decides).
 */
function hourUnitsAt(text: string, start: number, end: number): number {
  if (end <= start || end - start > 10) return -1;
  let whole = 0;
  let i = start;
  for (; i < end; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 46) break;
    if (code < 48 || code > 57) return -1;
    whole = whole * 10 + (code - 48);
  }
  if (i === start) return -1;
  let fraction = 0;
  let scale = 10000;
  if (i < end) {
    i += 1;
    if (i === end || end - i > 4) return -1;
    for (; i < end; i += 1) {
      const code = text.charCodeAt(i);
      if (code < 48 || code > 57) return -1;
      scale /= 10;
      fraction += (code - 48) * scale;
    }
  }
  if (whole > MAX_HOURS_PER_ENTRY || (whole === MAX_HOURS_PER_ENTRY && fraction > 0)) return -1;
  return whole * 10000 + fraction;
}

function describe(file: "Census" | "Hours", problem: RowProblem): string {
  return `${file} line ${problem.line}${problem.column ? `, column ${problem.column}` : ""}: ${problem.message}.`.replace(/\.\.$/, ".");
}

function errorReason(problems: string[]): string {
  if (problems.length <= 3) return problems.join(" ");
  return `${problems.slice(0, 3).join(" ")} And ${problems.length - 3} more problem${problems.length - 3 === 1 ? "" : "s"} with this employee's rows.`;
}

/** Per-employee arithmetic, sharing scratch space across the roster. */
class Evaluator {
  private readonly yearUnits = new Float64Array(10001);
  private readonly touched: number[] = [];
  private readonly lean: boolean;
  private readonly planYear: number;
  private readonly minimumAge: number;

  constructor(
    private readonly plan: PlanDefinition,
    private readonly asOf: DayNumber,
  ) {
    const options = plan.options;
    this.lean = options.eligibilityPeriods === "planYear" && options.serviceCredited === "endOfPeriod";
    this.planYear = Math.floor(asOf / 10000);
    this.minimumAge = plan.eligibility.minimumAge;
  }

  evaluate(employee: Employee, dates: Int32Array, units: Float64Array, from: number, to: number, out: RosterResult, i: number): void {
    const employer = employee.employer!;
    // Who is an HCE (plan-rules §2.3): stated, else a 5% owner, else last year's pay above the
    // threshold; before plan year 1998 a blank pay decides nothing and a stated one is an error.
    let status: HceResult;
    try {
      status = highlyCompensatedStatus({ highlyCompensated: employee.highlyCompensated, fivePercentOwner: employee.owner, priorYearCompensation: employee.pay }, this.planYear);
    } catch (error) {
      if (!(error instanceof RuleInputError)) throw error;
      out.status[i] = STATUS.error;
      out.reasons[i] = `Census line ${employee.line}, column ${error.path}: ${error.message}.`;
      return;
    }
    const hce = status.highlyCompensated;
    const pay = status.priorYearCompensation ?? new Dec(0);
    const hceBasis =
      status.basis === "stated"
        ? "stated in the census"
        : status.basis === "fivePercentOwner"
          ? `a 5% owner in ${this.planYear} or ${this.planYear - 1}`
          : status.threshold === null
            ? `no ${this.planYear - 1} pay stated, and no ${this.planYear - 1} threshold`
            : `${this.planYear - 1} pay of ${formatUsd(pay)} ${hce ? "above" : "not above"} the ${formatUsd(status.threshold)} threshold`;
    const excluded = hce && employer.excludesHighlyCompensated;
    const feb29 = this.plan.options.feb29Anniversary;
    const ageMet = anniversaryOfDayNumber(employee.birth, this.minimumAge, feb29);

    let serviceMet = 0;
    let progress = "";
    if (employer.service.kind === "daysFollowingFirstHour") {
      serviceMet = addDaysToDayNumber(employee.start, employer.service.days);
    } else if (this.lean) {
      const required = toHourUnits(employer.service.hours);
      const firstAnniversary = anniversaryOfDayNumber(employee.start, 1, feb29);
      const firstPlanYear = Math.floor(firstAnniversary / 10000);
      let initial = 0;
      let latest = 0;
      const yearUnits = this.yearUnits;
      const touched = this.touched;
      for (let k = from; k < to; k += 1) {
        const date = dates[k]!;
        if (date > latest) latest = date;
        if (date < firstAnniversary) initial += units[k]!;
        const year = Math.floor(date / 10000);
        if (year >= firstPlanYear) {
          if (yearUnits[year] === 0) touched.push(year);
          yearUnits[year]! += units[k]!;
        }
      }
      if (initial >= required) serviceMet = firstAnniversary;
      else {
        let best = 0;
        for (const year of touched) if (yearUnits[year]! >= required && (best === 0 || year < best)) best = year;
        if (best !== 0) serviceMet = (best + 1) * 10000 + 101;
        else {
          // Not met: the latest period considered (as lib/rules/eligibility lists them) and its hours.
          const lastRelevant = Math.max(this.asOf, latest);
          const lastYear = Math.floor(lastRelevant / 10000);
          const inInitial = lastYear < firstPlanYear;
          const have = inInitial ? initial : yearUnits[lastYear]!;
          const end = inInitial ? isoOfDayNumber(addDaysToDayNumber(firstAnniversary, -1)) : `${lastYear}-12-31`;
          const hours = fromHourUnits(have);
          progress = `${formatHours(hours)} of ${formatHours(employer.service.hours)} hours in the period ending ${end}: ${formatHours(Math.max(0, employer.service.hours - hours))} to go`;
        }
      }
      for (const year of touched) yearUnits[year] = 0;
      touched.length = 0;
    } else {
      const answer = this.viaRules(employee, dates, units, from, to, hce);
      if (typeof answer === "string") {
        out.status[i] = STATUS.error;
        out.reasons[i] = answer;
        return;
      }
      serviceMet = answer.serviceMet;
      progress = answer.progress;
    }

    const eligibilityDate = serviceMet === 0 ? 0 : Math.max(ageMet, serviceMet);
    const ageText = `age ${this.minimumAge} on ${isoOfDayNumber(ageMet)}`;
    const serviceText = serviceMet === 0 ? "" : `service met ${isoOfDayNumber(serviceMet)}`;
    if (excluded) {
      out.status[i] = STATUS.excluded;
      out.reasons[i] =
        `Excluded: highly compensated employee (${hceBasis}); the plan excludes highly compensated employees of ${employer.id} (${employer.citation}).` +
        (eligibilityDate ? ` Age and service alone would be met on ${isoOfDayNumber(eligibilityDate)}.` : "");
      return;
    }
    const hceNote = hce ? ` Highly compensated (${hceBasis}); ${employer.id} highly compensated employees may participate.` : "";
    if (eligibilityDate === 0) {
      out.status[i] = STATUS.notYet;
      out.reasons[i] = `Not yet: ${progress}; ${ageText}.${hceNote}`;
      return;
    }
    out.eligibilityDate[i] = eligibilityDate;
    out.entryDate[i] = dayNumberOf(entryDateFor(isoOfDayNumber(eligibilityDate), this.plan.options.entry));
    if (eligibilityDate <= this.asOf) {
      out.status[i] = STATUS.eligible;
      out.reasons[i] = `Eligible: ${ageText}, ${serviceText}.${hceNote}`;
    } else {
      out.status[i] = STATUS.notYet;
      out.daysUntil[i] = daysFromTo(this.asOf, eligibilityDate);
      out.reasons[i] = `Not yet: eligible on ${isoOfDayNumber(eligibilityDate)} (${ageText}, ${serviceText}).${hceNote}`;
    }
  }

  /** Plan options the integer path does not cover: ask lib/rules/eligibility itself. */
  private viaRules(
    employee: Employee,
    dates: Int32Array,
    units: Float64Array,
    from: number,
    to: number,
    hce: boolean,
  ): { serviceMet: DayNumber; progress: string } | string {
    const hours = [];
    for (let k = from; k < to; k += 1) hours.push({ date: isoOfDayNumber(dates[k]!), hours: fromHourUnits(units[k]!) });
    try {
      const answer = evaluateEligibility(
        {
          asOf: isoOfDayNumber(this.asOf),
          employer: employee.employer!.id,
          birthDate: isoOfDayNumber(employee.birth),
          employmentStartDate: isoOfDayNumber(employee.start),
          hours,
          highlyCompensated: hce,
        },
        this.plan,
        { explain: false },
      );
      const service = answer.requirements[1];
      let progress = "";
      if (service.kind === "hoursInPeriod" && service.metOn === null) {
        const last = service.periods[service.periods.length - 1]!;
        progress = `${formatHours(last.hours)} of ${formatHours(service.hoursRequired)} hours in the period ending ${last.end}: ${formatHours(Math.max(0, service.hoursRequired - last.hours))} to go`;
      }
      return { serviceMet: service.metOn === null ? 0 : dayNumberOf(service.metOn), progress };
    } catch (error) {
      if (error instanceof RuleInputError) return `Census line ${employee.line}: ${error.message}.`;
      throw error;
    }
  }
}
