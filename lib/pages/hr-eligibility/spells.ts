/**
 * Employment spells of one employee: a rehire has several, each from a start date to a last day
 * (its termination date), and the gaps between them. The census gives one row per spell; the
 * one-employee form gives the first start and each gap's last day and return date.
 *
 * What a spell changes, as this page reads plan-rules §2.1: nothing in the answer. The employment
 * start date of the rule is the day of the first hour of service, so a rehire's is the earliest
 * start, and every hour credited counts, in a gap too (a pay period may end after the last day,
 * and the hours are payroll's): the spells are checked and shown, and the hours dated in a gap are
 * counted and said so. The termination date is the last day of employment, worked in full (plan-rules
 * §1), so a gap runs from the day after it to the day before the next start.
 */
import { addDays, type IsoDate } from "../../dates";

export interface Spell {
  start: IsoDate;
  /** The last day of employment (the termination date), or null when not given. */
  end: IsoDate | null;
  /** Where the spell was given: a census line, or the form's gap it ends at. */
  line: number;
}

/** The days between two spells when the employee was not employed, both inclusive. */
export interface Gap {
  /** The day after the earlier spell's last day; null when that last day is not given. */
  from: IsoDate | null;
  to: IsoDate;
  /** The earlier spell's last day and the next spell's start. */
  lastDay: IsoDate | null;
  rehired: IsoDate;
  lines: [number, number];
}

/** Two spells that cannot both be: they begin on one day, or the later begins before the earlier's last day. */
export type SpellConflict = { lines: [number, number] } & ({ kind: "sameStart"; start: IsoDate } | { kind: "overlap"; before: { start: IsoDate; end: IsoDate }; start: IsoDate });

/** The spells in order of start (spells that begin on one day keep the order they were given in). */
export function orderSpells(spells: readonly Spell[]): Spell[] {
  return spells.map((spell, index) => ({ spell, index })).sort((a, b) => (a.spell.start < b.spell.start ? -1 : a.spell.start > b.spell.start ? 1 : a.index - b.index)).map(({ spell }) => spell);
}

/**
 * Two spells of one employee cannot run at once: one that begins on the day another begins, or on
 * or before the last day of the one before it, is a conflict naming both. (A spell whose last day
 * is not given may be followed by another: its end is simply not known.) Each spell's own last day
 * is checked where it is read (it may not be before its start).
 */
export function spellConflicts(ordered: readonly Spell[]): SpellConflict[] {
  const conflicts: SpellConflict[] = [];
  for (let i = 1; i < ordered.length; i += 1) {
    const before = ordered[i - 1]!;
    const after = ordered[i]!;
    if (after.start === before.start) {
      conflicts.push({ lines: [before.line, after.line], kind: "sameStart", start: after.start });
    } else if (before.end !== null && after.start <= before.end) {
      conflicts.push({ lines: [before.line, after.line], kind: "overlap", before: { start: before.start, end: before.end }, start: after.start });
    }
  }
  return conflicts;
}

/** The gaps between spells in order (none between a spell and one that begins the day after its last day). */
export function gapsBetween(ordered: readonly Spell[]): Gap[] {
  const gaps: Gap[] = [];
  for (let i = 1; i < ordered.length; i += 1) {
    const before = ordered[i - 1]!;
    const after = ordered[i]!;
    const from = before.end === null ? null : addDays(before.end, 1);
    if (from !== null && from >= after.start) continue;
    gaps.push({ from, to: addDays(after.start, -1), lastDay: before.end, rehired: after.start, lines: [before.line, after.line] });
  }
  return gaps;
}
