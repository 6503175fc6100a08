/**
 * The one-employee form, as a pure function: what the person typed in, the plan's answer and the
 * problems out, each problem keyed by the field it belongs beside. Each typed value is read by
 * lib/parse.ts (dates may be MM/DD/YYYY or YYYY-MM-DD), the checks across fields of the API's
 * `eligibilityRequestSchema` are made here in its words (the page ships no zod; the cross-surface
 * property test holds the two equal), and lib/rules/eligibility's `evaluateEligibility` answers.
 *
 * A rehire's gaps (a last day and the day of the return) are checked as the roster checks a
 * rehire's spells (lib/pages/hr-eligibility/spells) and shown; they change nothing in the answer:
 * the employment start date is the first start, and every hour counts (plan-rules §2.1).
 */
import { readMoney, type Read } from "../../parse";
import { RuleInputError } from "../../errors";
import type { IsoDate } from "../../dates";
import type { PlanDefinition } from "../../plan/definition";
import { closestAndCurrent, evaluateEligibility, type ComputationPeriod, type EligibilityResult } from "../../rules/eligibility";
import type { EntryProblem, HoursPlace } from "../../words/en/eligibility-page";
import type { PeriodLineFacts } from "../../words/en/eligibility";
import { fromHourUnits, HoursLedger, type HoursEntry } from "../../rules/hours";
import { readFormDate, readFormHours } from "./form-text";
import { parsePastedHours, weeklyHours, type WeeklySchedule } from "./hours-input";
import { gapsBetween, spellConflicts, type Gap, type Spell } from "./spells";
import type { PageWords } from "./words";

export type HoursMode = "rows" | "paste" | "schedule";
export type HceMode = "no" | "yes" | "workOut";

export interface EmployeeForm {
  employer: string;
  birthDate: string;
  employmentStartDate: string;
  asOf: string;
  hce: HceMode;
  priorYearCompensation: string;
  fivePercentOwner: boolean;
  hoursMode: HoursMode;
  rows: { date: string; hours: string }[];
  paste: string;
  schedule: WeeklySchedule;
  /** A rehire's gaps in employment, in order: the last day of a spell and the day of the return. */
  gaps: { lastDay: string; rehired: string }[];
}

/** A gap between two spells, with the hours dated in it (they count). */
export interface FormGap extends Gap {
  hours: number;
}

export interface FormAnswer {
  /** Field key ("birthDate", "rows.2.hours", "paste", "schedule.from") → messages. */
  issues: Record<string, string[]>;
  /** The hours the answer used. */
  hours: HoursEntry[];
  /** A rehire's gaps, with the hours dated in each. */
  gaps: FormGap[];
  /** The as-of date read (ISO), with the answer. */
  asOf: IsoDate | null;
  result: EligibilityResult | null;
}

/** No answer: the problems say why. */
const NONE = { hours: [], gaps: [], asOf: null, result: null };

/** A value that could not be read: its problem is already listed beside the field. */
const UNREAD = Symbol("unread");

/** `words`: the page's language's (lib/words/<language>/eligibility-page). */
export function answerForm(form: EmployeeForm, plan: PlanDefinition, words: PageWords): FormAnswer {
  const FIELD_NAMES = words.FIELD_NAMES;
  /** Dates and hours as typed, with the field's short messages (form-text.ts). */
  const typedDate = (text: string) => readFormDate(text, words);
  const typedHours = (text: string) => readFormHours(text, words);
  const issues: Record<string, string[]> = {};
  const add = (key: string, message: string) => (issues[key] ??= []).push(message);
  /** A typed value: blank is undefined (the schema then says "is required" where it is). */
  function read<T>(key: string, text: string, reader: (text: string) => Read<T>, name = FIELD_NAMES[key] ?? key): T | undefined | typeof UNREAD {
    if (text.trim() === "") return undefined;
    const result = reader(text);
    if (result.ok) return result.value;
    add(key, words.fieldProblem(name, words.failureWords(result)));
    return UNREAD;
  }

  // Hours, from whichever way they were given; `where(k)` names the field of hours entry k.
  let hours: { date: string | undefined; hours: number | undefined }[] = [];
  let unread = false;
  let where: (index: number) => { key: string; place: HoursPlace } = () => ({ key: "hours", place: { kind: "schedule" } });
  if (form.hoursMode === "rows") {
    const used: number[] = [];
    form.rows.forEach((row, index) => {
      if (row.date.trim() === "" && row.hours.trim() === "") return;
      const date = read(`rows.${index}.date`, row.date, typedDate, words.rowFieldName(index + 1, "date"));
      const value = read(`rows.${index}.hours`, row.hours, typedHours, words.rowFieldName(index + 1, "hours"));
      if (date === UNREAD || value === UNREAD) {
        unread = true;
        return;
      }
      used.push(index);
      hours.push({ date, hours: value });
    });
    where = (k) => ({ key: `rows.${used[k]}`, place: { kind: "row", row: used[k]! + 1 } });
  } else if (form.hoursMode === "paste") {
    const pasted = parsePastedHours(form.paste, words);
    for (const problem of pasted.problems) add("paste", problem.message);
    hours = pasted.entries;
    where = (k) => ({ key: "paste", place: { kind: "line", line: pasted.lines[k]! } });
  } else {
    const weekly = weeklyHours(form.schedule, words);
    for (const problem of weekly.problems) add(`schedule.${problem.field}`, problem.message);
    hours = weekly.entries;
    where = () => ({ key: "schedule.from", place: { kind: "schedule" } });
  }

  const asOf = read("asOf", form.asOf, typedDate);
  const birthDate = read("birthDate", form.birthDate, typedDate);
  const employmentStartDate = read("employmentStartDate", form.employmentStartDate, typedDate);
  const pay = form.hce === "workOut" ? read("priorYearCompensation", form.priorYearCompensation, readMoney) : undefined;
  const spells = readGaps(form, employmentStartDate, read, add, words);
  if (unread || asOf === UNREAD || birthDate === UNREAD || employmentStartDate === UNREAD || pay === UNREAD || spells === UNREAD) return { issues, ...NONE };
  // What the API's schema checks beyond each value (lib/schemas.ts eligibilityRequestSchema), in its
  // words, without shipping zod to the page; test/property/surfaces.test.ts holds the two equal.
  for (const [key, value] of [["asOf", asOf], ["birthDate", birthDate], ["employmentStartDate", employmentStartDate]] as const) {
    if (value === undefined) add(key, words.fieldRequired(FIELD_NAMES[key]!));
  }
  const seen = new Set<string>();
  const addHours = (index: number, field: "date" | "hours", problem: EntryProblem) => {
    const { key: at, place } = where(index);
    const key = form.hoursMode === "rows" ? `${at}.${field}` : at;
    const text = words.hoursEntryProblem(place, field, problem);
    if (seen.has(`${key}|${text}`)) return;
    seen.add(`${key}|${text}`);
    add(key, text);
  };
  hours.forEach((entry, index) => {
    if (entry.date === undefined) addHours(index, "date", { kind: "required" });
    if (entry.hours === undefined) addHours(index, "hours", { kind: "required" });
  });
  if (birthDate !== undefined && employmentStartDate !== undefined && birthDate > employmentStartDate) {
    add("birthDate", words.birthAfterStart(employmentStartDate));
  }
  hours.forEach((entry, index) => {
    if (employmentStartDate !== undefined && entry.date !== undefined && entry.date < employmentStartDate) {
      addHours(index, "date", { kind: "beforeStart", start: employmentStartDate });
    }
  });
  if (Object.keys(issues).length > 0 || asOf === undefined || birthDate === undefined || employmentStartDate === undefined) return { issues, ...NONE };
  const used = hours as HoursEntry[];
  try {
    const result = evaluateEligibility(
      {
        asOf,
        employer: form.employer,
        birthDate,
        employmentStartDate,
        hours: used,
        ...(form.hce === "workOut" ? { priorYearCompensation: pay, fivePercentOwner: form.fivePercentOwner } : { highlyCompensated: form.hce === "yes" }),
      },
      plan,
    );
    const ledger = new HoursLedger(used);
    const gaps = gapsBetween(spells).map((gap) => ({ ...gap, hours: gap.from === null ? 0 : fromHourUnits(ledger.unitsBetween(gap.from, gap.to)) }));
    return { issues, hours: used, gaps, asOf, result };
  } catch (error) {
    if (error instanceof RuleInputError) {
      const key = error.path.split(".")[0] ?? "asOf";
      add(key, words.ruleProblem(FIELD_NAMES[key] ?? key, error.issue));
      return { issues, ...NONE };
    }
    throw error;
  }
}

/**
 * The spells a rehire's gaps make: the first from the employment start date to the first gap's last
 * day, the next from that gap's return, and so on; the last has no end. Each last day must be on or
 * after its spell's start, and each return after the last day before it (the roster's checks of a
 * rehire's spells, lib/pages/hr-eligibility/spells). Rows left wholly blank are skipped.
 */
function readGaps(
  form: EmployeeForm,
  start: IsoDate | undefined | typeof UNREAD,
  read: <T>(key: string, text: string, reader: (text: string) => Read<T>, name?: string) => T | undefined | typeof UNREAD,
  add: (key: string, message: string) => void,
  words: PageWords,
): Spell[] | typeof UNREAD {
  const typedDate = (text: string) => readFormDate(text, words);
  let unread = false;
  const given: { index: number; lastDay: IsoDate; rehired: IsoDate }[] = [];
  form.gaps.forEach((gap, index) => {
    if (gap.lastDay.trim() === "" && gap.rehired.trim() === "") return;
    const lastName = words.gapFieldName(index + 1, "lastDay");
    const rehiredName = words.gapFieldName(index + 1, "rehired");
    const lastDay = read(`gaps.${index}.lastDay`, gap.lastDay, typedDate, lastName);
    const rehired = read(`gaps.${index}.rehired`, gap.rehired, typedDate, rehiredName);
    if (lastDay === undefined) add(`gaps.${index}.lastDay`, words.fieldRequired(lastName));
    if (rehired === undefined) add(`gaps.${index}.rehired`, words.fieldRequired(rehiredName));
    if (lastDay === undefined || rehired === undefined || lastDay === UNREAD || rehired === UNREAD) {
      unread = true;
      return;
    }
    given.push({ index, lastDay, rehired });
  });
  if (unread || start === UNREAD) return UNREAD;
  if (start === undefined) return [];
  const spells: Spell[] = [];
  let from = start;
  for (const gap of given) {
    if (gap.lastDay < from) {
      add(`gaps.${gap.index}.lastDay`, words.gapLastDayTooEarly(gap.index + 1, from));
      unread = true;
    }
    spells.push({ start: from, end: gap.lastDay, line: gap.index });
    from = gap.rehired;
  }
  spells.push({ start: from, end: null, line: -1 });
  if (unread) return UNREAD;
  for (const clash of spellConflicts(spells)) {
    const index = clash.lines[0];
    const lastDay = spells.find((spell) => spell.line === index)!.end;
    add(`gaps.${index}.rehired`, words.gapRehiredTooEarly(index + 1, lastDay!));
    unread = true;
  }
  return unread ? UNREAD : spells;
}

/** One line of the list of computation periods: a period, a run of periods with no hours, or a rehire's gap (worded by lib/words/en/eligibility `periodLineWords`). */
export type PeriodLine = PeriodLineFacts;

/**
 * The periods worth showing, in order: those with hours, the current one (holding the as-of date)
 * and the one that meets the requirement; each run of other periods (no hours) is one line, and a
 * rehire's gap is shown where it falls, before the first period that begins after the gap does.
 */
export function periodLines(periods: readonly ComputationPeriod[], asOf: IsoDate, gaps: readonly FormGap[]): PeriodLine[] {
  const { closest, current } = closestAndCurrent(periods, asOf);
  const lines: PeriodLine[] = [];
  const pending = [...gaps];
  let empty: ComputationPeriod[] = [];
  const flush = () => {
    if (empty.length > 0) lines.push({ kind: "empty", first: empty[0]!, last: empty[empty.length - 1]!, count: empty.length });
    empty = [];
  };
  for (const period of periods) {
    while (pending.length > 0 && (pending[0]!.from ?? pending[0]!.to) < period.start) {
      flush();
      lines.push({ kind: "gap", gap: pending.shift()! });
    }
    const isCurrent = period === current;
    if (period.hours > 0 || isCurrent || period.meets) {
      flush();
      lines.push({ kind: "period", period, current: isCurrent, closest: period === closest && period.hours > 0 });
    } else empty.push(period);
  }
  flush();
  for (const gap of pending) lines.push({ kind: "gap", gap });
  return lines;
}
