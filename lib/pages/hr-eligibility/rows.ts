/**
 * The rows of the two roster files, checked with the same zod schemas as the API and the form
 * ("one schema, used twice"): lib/schemas' `isoDate`, `money`, the employer of
 * `eligibilityRequestSchema` and the hours of `hoursEntrySchema`.
 *
 * For speed, a row first meets a quick check written to accept only what the schema accepts; any
 * row it does not pass goes to the schema, which decides and words the message.
 * test/unit/roster-rows.test.ts checks that the quick check never accepts what the schema refuses.
 */
import { z } from "../../zod";
import { toHourUnits } from "../../rules/hours";
import { Dec, type Money } from "../../money";
import { eligibilityRequestSchema, hoursEntrySchema, isoDate, MAX_HOURS_PER_ENTRY, MAX_MONEY, money } from "../../schemas";
import { dayNumberOf, type DayNumber } from "./day-number";

export const CENSUS_REQUIRED = ["employeeId", "employer", "birthDate", "employmentStartDate", "highlyCompensated"] as const;
export const CENSUS_OPTIONAL = ["priorYearCompensation", "fivePercentOwner"] as const;
export const HOURS_REQUIRED = ["employeeId", "date", "hours"] as const;

/** A problem with one row of a file: its line, the column it concerns ("" for the whole row), what is wrong. */
export interface RowProblem {
  line: number;
  column: string;
  message: string;
}

export interface Header {
  /** Column name → position in the row. */
  positions: Map<string, number>;
  width: number;
  /** Header names we do not use (ignored, and said so). */
  ignored: string[];
}

/** "Employee ID", "employee_id" and "employeeId" all name the column employeeId. */
function normalise(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** Reads a header row; a missing or repeated column is a problem for the whole file. */
export function readHeader(
  cells: readonly string[],
  required: readonly string[],
  optional: readonly string[],
): { ok: true; header: Header } | { ok: false; message: string } {
  const known = new Map<string, string>();
  for (const name of [...required, ...optional]) known.set(normalise(name), name);
  const positions = new Map<string, number>();
  const ignored: string[] = [];
  for (let i = 0; i < cells.length; i += 1) {
    const raw = cells[i]!.trim();
    const name = known.get(normalise(raw));
    if (name === undefined) {
      if (raw !== "") ignored.push(raw);
      continue;
    }
    if (positions.has(name)) return { ok: false, message: `the header names the column ${name} twice` };
    positions.set(name, i);
  }
  const missing = required.filter((name) => !positions.has(name));
  if (missing.length > 0) {
    const found = cells.map((cell) => cell.trim()).filter(Boolean).join(",");
    const separator = cells.length === 1 ? (found.includes(";") ? "semicolons" : found.includes("\t") ? "tabs" : null) : null;
    return {
      ok: false,
      message:
        `the first line must be the header ${required.join(",")}${optional.length ? ` (optionally ${optional.join(",")})` : ""}; ` +
        `it has no column ${missing.join(", ")} (found: ${found === "" ? "nothing" : `"${found.slice(0, 200)}"`})` +
        (separator ? `; the values seem to be separated by ${separator}: save the file as CSV with commas` : ""),
    };
  }
  return { ok: true, header: { positions, width: cells.length, ignored } };
}

/** A line that holds nothing but commas and spaces: skipped and counted, never an employee. */
export function isBlankRecord(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.trim() !== "") return false;
  return true;
}

/** The row has the header's columns: no required column missing, no value beyond the header. */
function shapeProblem(cells: readonly string[], header: Header, required: readonly string[], line: number): RowProblem | null {
  const missing = required.filter((name) => header.positions.get(name)! >= cells.length);
  if (missing.length > 0) {
    return {
      line,
      column: missing[0]!,
      message: `is missing: the line has ${cells.length} value${cells.length === 1 ? "" : "s"} and the header ${header.width} columns (missing ${missing.join(", ")})`,
    };
  }
  for (let i = header.width; i < cells.length; i += 1) {
    if (cells[i]!.trim() !== "") {
      return {
        line,
        column: "",
        message: `has ${cells.length} values but the header has ${header.width} columns; a value that holds a comma must be in double quotes ("Smith, Jr.")`,
      };
    }
  }
  return null;
}

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const trimmed = (value: unknown) => (typeof value === "string" ? value.trim() : value);

const TRUE_TEXT = new Set(["true", "yes", "y", "1"]);
const FALSE_TEXT = new Set(["false", "no", "n", "0"]);
function boolText(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const text = value.trim().toLowerCase();
  if (text === "") return undefined;
  if (TRUE_TEXT.has(text)) return true;
  if (FALSE_TEXT.has(text)) return false;
  return value;
}

function employerText(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const text = value.trim().toLowerCase();
  return text === "sos" ? "SOS" : text === "inteliant" ? "Inteliant" : value.trim();
}

export const employeeIdSchema = z
  .string({ error: "is required" })
  .trim()
  .min(1, "is empty; every row needs an employee id")
  .max(200, "must be at most 200 characters");

/** One census row, in the words of lib/schemas. */
export const censusRowSchema = z
  .object({
    employeeId: employeeIdSchema,
    employer: z.preprocess(employerText, eligibilityRequestSchema.shape.employer),
    birthDate: z.preprocess(trimmed, isoDate),
    employmentStartDate: z.preprocess(trimmed, isoDate),
    highlyCompensated: z.preprocess(
      boolText,
      z.boolean({ error: "must be true or false, or left blank to work it out from priorYearCompensation and fivePercentOwner" }).optional(),
    ),
    priorYearCompensation: z.preprocess(blankToUndefined, money.optional()),
    fivePercentOwner: z.preprocess(boolText, z.boolean({ error: "must be true or false, or left blank (not an owner)" }).optional()),
  })
  .superRefine((row, ctx) => {
    if (row.birthDate > row.employmentStartDate) {
      ctx.addIssue({ code: "custom", path: ["birthDate"], message: `is after the employment start date (${row.employmentStartDate}); check both dates` });
    }
  });

/** One hours row: the hours are a number of hours as the API takes them. */
export const hoursRowSchema = z.object({
  employeeId: employeeIdSchema,
  date: z.preprocess(trimmed, isoDate),
  hours: z.preprocess(hoursNumber, hoursEntrySchema.shape.hours),
});

/** "80", "7.5", "1,040" → a number; anything else is left for the schema to refuse. */
function hoursNumber(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const text = value.trim();
  if (text === "") return undefined;
  if (/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return Number(text);
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) return Number(text.replace(/,/g, ""));
  return value;
}

export interface CensusRow {
  employeeId: string;
  employer: "SOS" | "Inteliant";
  birthDate: DayNumber;
  employmentStartDate: DayNumber;
  highlyCompensated: boolean | undefined;
  priorYearCompensation: Money | undefined;
  fivePercentOwner: boolean | undefined;
}

export interface HoursRow {
  employeeId: string;
  date: DayNumber;
  /** Ten-thousandths of an hour, as lib/rules/hours counts them. */
  units: number;
}

type Read<T> = { ok: true; row: T } | { ok: false; problems: RowProblem[] };

function cell(cells: readonly string[], header: Header, name: string): string | undefined {
  const at = header.positions.get(name);
  return at === undefined ? undefined : cells[at];
}

/** A value quoted back in a message, shortened: `"03/15/1980"`, or "blank". */
function shown(value: unknown): string {
  if (value === undefined || (typeof value === "string" && value.trim() === "")) return "";
  const text = String(value);
  return ` (found "${text.length > 40 ? `${text.slice(0, 40)}…` : text}")`;
}

function problemsOf(error: z.ZodError, line: number, raw: Record<string, string | undefined>): RowProblem[] {
  return error.issues.map((issue) => {
    const column = String(issue.path[0] ?? "");
    const value = raw[column];
    const blank = value === undefined || value.trim() === "";
    const message = blank ? "is empty" : value !== undefined && issue.message.includes(value.trim()) ? issue.message : `${issue.message}${shown(value)}`;
    return { line, column, message };
  });
}

const BOOL_QUICK = new Set(["", "true", "false"]);
const MONEY_QUICK = /^\d{1,13}(\.\d{1,2})?$/;

/** Reads one census row: the quick check, else the schema. */
export function readCensusRow(cells: readonly string[], header: Header, line: number): Read<CensusRow> {
  const shape = shapeProblem(cells, header, CENSUS_REQUIRED, line);
  if (shape) return { ok: false, problems: [shape] };
  const raw: Record<string, string | undefined> = {};
  for (const name of [...CENSUS_REQUIRED, ...CENSUS_OPTIONAL]) raw[name] = cell(cells, header, name);

  const id = raw.employeeId!;
  const employer = raw.employer!;
  const birth = dayNumberOf(raw.birthDate!);
  const start = dayNumberOf(raw.employmentStartDate!);
  const hce = raw.highlyCompensated!;
  const pay = raw.priorYearCompensation ?? "";
  const owner = raw.fivePercentOwner ?? "";
  const quick =
    id.length > 0 &&
    id.length <= 200 &&
    id.trim() === id &&
    (employer === "SOS" || employer === "Inteliant") &&
    birth > 0 &&
    start > 0 &&
    birth <= start &&
    BOOL_QUICK.has(hce) &&
    BOOL_QUICK.has(owner) &&
    (pay === "" || (MONEY_QUICK.test(pay) && new Dec(pay).lessThanOrEqualTo(MAX_MONEY)));
  if (quick) {
    return {
      ok: true,
      row: {
        employeeId: id,
        employer,
        birthDate: birth,
        employmentStartDate: start,
        highlyCompensated: hce === "" ? undefined : hce === "true",
        priorYearCompensation: pay === "" ? undefined : new Dec(pay),
        fivePercentOwner: owner === "" ? undefined : owner === "true",
      },
    };
  }
  const parsed = censusRowSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error, line, raw) };
  const value = parsed.data;
  return {
    ok: true,
    row: {
      employeeId: value.employeeId,
      employer: value.employer,
      birthDate: dayNumberOf(value.birthDate),
      employmentStartDate: dayNumberOf(value.employmentStartDate),
      highlyCompensated: value.highlyCompensated,
      priorYearCompensation: value.priorYearCompensation,
      fivePercentOwner: value.fivePercentOwner,
    },
  };
}

/** Hours in the quick path: plain digits with an optional fraction of at most 4 digits, 0 to MAX_HOURS_PER_ENTRY. */
function quickHours(text: string): number {
  const length = text.length;
  if (length === 0 || length > 12) return -1;
  let dot = -1;
  for (let i = 0; i < length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 46) {
      if (dot >= 0 || i === 0 || i === length - 1) return -1;
      dot = i;
    } else if (code < 48 || code > 57) return -1;
  }
  if (dot >= 0 && length - dot - 1 > 4) return -1;
  const hours = Number(text);
  return hours <= MAX_HOURS_PER_ENTRY ? hours : -1;
}

/** Reads one hours row: the quick check, else the schema. Positions are looked up once by the caller. */
export function readHoursRow(cells: readonly string[], header: Header, line: number): Read<HoursRow> {
  const idAt = header.positions.get("employeeId")!;
  const dateAt = header.positions.get("date")!;
  const hoursAt = header.positions.get("hours")!;
  if (cells.length === header.width) {
    const id = cells[idAt]!;
    const date = dayNumberOf(cells[dateAt]!);
    const hours = quickHours(cells[hoursAt]!);
    if (date > 0 && hours >= 0 && id.length > 0 && id.length <= 200 && id.charCodeAt(0) > 32 && id.charCodeAt(id.length - 1) > 32) {
      return { ok: true, row: { employeeId: id, date, units: toHourUnits(hours) } };
    }
  }
  const shape = shapeProblem(cells, header, HOURS_REQUIRED, line);
  if (shape) return { ok: false, problems: [shape] };
  const raw: Record<string, string | undefined> = { employeeId: cells[idAt], date: cells[dateAt], hours: cells[hoursAt] };
  const parsed = hoursRowSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error, line, raw) };
  return { ok: true, row: { employeeId: parsed.data.employeeId, date: dayNumberOf(parsed.data.date), units: toHourUnits(parsed.data.hours) } };
}
