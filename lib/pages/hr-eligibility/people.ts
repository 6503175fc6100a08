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
import type { RosterWords } from "./words";

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
export function settlePerson(person: Person, plan: PlanDefinition, words: RosterWords): void {
  if (person.problems !== null || person.first.row === null) return;
  const first = person.first.row;
  const entries = person.more ? [person.first, ...person.more] : null;
  let hceRow = first;
  if (entries) {
    const problems: string[] = [];
    let hceGiven: CensusEntry | null = givesHce(first) ? person.first : null;
    for (const entry of person.more!) {
      const row = entry.row!;
      if (row.birthDate !== first.birthDate) {
        const facts = { id: person.id, firstLine: person.first.line, first: first.birthDate, line: entry.line, value: row.birthDate };
        problems.push(words.rowsConflict([person.first.line, entry.line], { kind: "birthDate", ...facts }));
      }
      if (row.employer !== first.employer) {
        const facts = { id: person.id, firstLine: person.first.line, first: first.employer, line: entry.line, value: row.employer };
        problems.push(words.rowsConflict([person.first.line, entry.line], { kind: "employer", ...facts }));
      }
      if (!givesHce(row)) continue;
      if (hceGiven === null) hceGiven = entry;
      else if (!sameHce(hceGiven.row!, row)) {
        const facts = { id: person.id, firstLine: hceGiven.line, first: hceInWords(hceGiven.row!), line: entry.line, value: hceInWords(row) };
        problems.push(words.rowsConflict([hceGiven.line, entry.line], { kind: "hce", ...facts }));
      }
    }
    if (hceGiven) hceRow = hceGiven.row!;
    const spells = orderSpells(entries.map((entry) => ({ start: entry.row!.employmentStartDate, end: entry.row!.terminationDate ?? null, line: entry.line })));
    for (const clash of spellConflicts(spells)) {
      problems.push(words.rowsConflict(clash.lines, { id: person.id, ...clash }));
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

export function describe(file: "census" | "hours", problem: RowProblem, words: RosterWords): string {
  return words.rowProblem(file, problem.line, problem.column, problem.message);
}
