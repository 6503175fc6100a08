/**
 * The census rows of one employee, put together (the roster of lib/pages/hr-eligibility/roster-builder).
 *
 * Each census row is read into a `CensusEntry`; the rows of one employeeId are one `Person`. Once
 * the whole census is read, `settlePerson` takes the values the rows share, orders the spells, and
 * names what contradicts; `describe` words a row's problem as the reason an employee is in error.
 */
import { packDate, type IsoDate, type PackedDate } from "../../dates";
import { formatUsd, type Money } from "../../money";
import type { EmployerDefinition, PlanDefinition } from "../../plan/definition";
import { employerOf } from "../../plan/sources";
import type { CensusRow, RowProblem } from "./rows";
import { orderSpells, spellConflicts, type Spell } from "./spells";

/** One census row as read: its index in the census, its line, and its values (null when it is in error). */
export interface CensusEntry {
  index: number;
  line: number;
  row: CensusRow | null;
}

/** One employee: the census rows of one employeeId (a row without an id is an employee of its own, in error). */
export interface Person {
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
  /** `start` packed; 0 until the census is read. */
  startPacked: PackedDate | 0;
  highlyCompensated: boolean | undefined;
  pay: Money | undefined;
  owner: boolean | undefined;
  /** The spells in order of start, when there is more than one or a termination date was given. */
  spells: Spell[] | null;
}

/** Whether a row gives any of the highly compensated columns (a blank fivePercentOwner and "false" say the same). */
export function givesHce(row: CensusRow): boolean {
  return row.highlyCompensated !== undefined || row.priorYearCompensation !== undefined || row.fivePercentOwner === true;
}

export function sameHce(a: CensusRow, b: CensusRow): boolean {
  const pay = a.priorYearCompensation === undefined || b.priorYearCompensation === undefined ? a.priorYearCompensation === b.priorYearCompensation : a.priorYearCompensation.equals(b.priorYearCompensation);
  return pay && a.highlyCompensated === b.highlyCompensated && (a.fivePercentOwner ?? false) === (b.fivePercentOwner ?? false);
}

export function hceInWords(row: CensusRow): string {
  const parts: string[] = [];
  if (row.highlyCompensated !== undefined) parts.push(`highlyCompensated ${row.highlyCompensated}`);
  if (row.priorYearCompensation !== undefined) parts.push(`priorYearCompensation ${formatUsd(row.priorYearCompensation)}`);
  if (row.fivePercentOwner !== undefined) parts.push(`fivePercentOwner ${row.fivePercentOwner}`);
  return parts.join(", ");
}

/** Puts one employee's rows together: the values they share, the spells, and what contradicts. */
export function settlePerson(person: Person, plan: PlanDefinition): void {
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

export function describe(file: "Census" | "Hours", problem: RowProblem): string {
  return `${file} line ${problem.line}${problem.column ? `, column ${problem.column}` : ""}: ${problem.message}.`.replace(/\.\.$/, ".");
}
