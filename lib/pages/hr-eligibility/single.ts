/**
 * The one-employee form, as a pure function: what the person typed in, the plan's answer and the
 * problems out, each problem keyed by the field it belongs beside. Each typed value is read by
 * lib/parse.ts (dates may be MM/DD/YYYY or YYYY-MM-DD); the request they make is then checked with
 * lib/schemas' `eligibilityRequestSchema` (the API's own schema) and answered by
 * lib/rules/eligibility's `evaluateEligibility`.
 */
import type * as z from "zod";
import { readDate, readHours, readMoney, type Read } from "../../parse";
import { RuleInputError } from "../../errors";
import type { PlanDefinition } from "../../plan/definition";
import { evaluateEligibility, type EligibilityResult } from "../../rules/eligibility";
import type { HoursEntry } from "../../rules/hours";
import { eligibilityRequestSchema } from "../../schemas";
import { parsePastedHours, weeklyHours, type WeeklySchedule } from "./hours-input";

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
}

export interface FormAnswer {
  /** Field key ("birthDate", "rows.2.hours", "paste", "schedule.from") → messages. */
  issues: Record<string, string[]>;
  /** The hours the answer used. */
  hours: HoursEntry[];
  result: EligibilityResult | null;
}

const FIELD_NAMES: Record<string, string> = {
  asOf: "As-of date",
  employer: "Employer",
  birthDate: "Birth date",
  employmentStartDate: "Employment start date",
  priorYearCompensation: "Last year's pay",
  fivePercentOwner: "5% owner",
  highlyCompensated: "Highly compensated",
};

/** A value that could not be read: its problem is already listed beside the field. */
const UNREAD = Symbol("unread");

const typedDate = (text: string) => readDate(text, "typed");

export function answerForm(form: EmployeeForm, plan: PlanDefinition): FormAnswer {
  const issues: Record<string, string[]> = {};
  const add = (key: string, message: string) => (issues[key] ??= []).push(message);
  /** A typed value: blank is undefined (the schema then says "is required" where it is). */
  function read<T>(key: string, text: string, reader: (text: string) => Read<T>, name = FIELD_NAMES[key] ?? key): T | undefined | typeof UNREAD {
    if (text.trim() === "") return undefined;
    const result = reader(text);
    if (result.ok) return result.value;
    add(key, `${name} ${result.problem}.`);
    return UNREAD;
  }

  // Hours, from whichever way they were given; `where(k)` names the field of hours entry k.
  let hours: { date: string | undefined; hours: number | undefined }[] = [];
  let unread = false;
  let where: (index: number) => { key: string; prefix: string } = () => ({ key: "hours", prefix: "" });
  if (form.hoursMode === "rows") {
    const used: number[] = [];
    form.rows.forEach((row, index) => {
      if (row.date.trim() === "" && row.hours.trim() === "") return;
      const prefix = `Row ${index + 1}: the`;
      const date = read(`rows.${index}.date`, row.date, typedDate, `${prefix} date`);
      const value = read(`rows.${index}.hours`, row.hours, readHours, `${prefix} hours`);
      if (date === UNREAD || value === UNREAD) {
        unread = true;
        return;
      }
      used.push(index);
      hours.push({ date, hours: value });
    });
    where = (k) => ({ key: `rows.${used[k]}`, prefix: `Row ${used[k]! + 1}:` });
  } else if (form.hoursMode === "paste") {
    const pasted = parsePastedHours(form.paste);
    for (const problem of pasted.problems) add("paste", problem.message);
    hours = pasted.entries;
    where = (k) => ({ key: "paste", prefix: `Line ${pasted.lines[k]}:` });
  } else {
    const weekly = weeklyHours(form.schedule);
    for (const problem of weekly.problems) add(`schedule.${problem.field}`, problem.message);
    hours = weekly.entries;
    where = () => ({ key: "schedule.from", prefix: "First day:" });
  }

  const asOf = read("asOf", form.asOf, typedDate);
  const birthDate = read("birthDate", form.birthDate, typedDate);
  const employmentStartDate = read("employmentStartDate", form.employmentStartDate, typedDate);
  const pay = form.hce === "workOut" ? read("priorYearCompensation", form.priorYearCompensation, readMoney) : undefined;
  if (unread || asOf === UNREAD || birthDate === UNREAD || employmentStartDate === UNREAD || pay === UNREAD) return { issues, hours: [], result: null };
  const request = {
    asOf,
    employer: form.employer,
    birthDate,
    employmentStartDate,
    hours,
    ...(form.hce === "workOut"
      ? { priorYearCompensation: pay?.toFixed(), fivePercentOwner: form.fivePercentOwner }
      : { highlyCompensated: form.hce === "yes" }),
  };
  const parsed = eligibilityRequestSchema.safeParse(request, { reportInput: true });
  if (!parsed.success) {
    const seen = new Set<string>();
    for (const issue of parsed.error.issues as (z.core.$ZodIssue & { input?: unknown })[]) {
      const [head, index, leaf] = issue.path;
      const required = issue.code === "invalid_type" && issue.input === undefined;
      if (head === "hours" && typeof index === "number") {
        const place = where(index);
        const field = leaf === "date" ? "date" : "hours";
        const key = form.hoursMode === "rows" ? `${place.key}.${field}` : place.key;
        const text =
          form.hoursMode === "schedule" && field === "date"
            ? `First day ${issue.message}`
            : `${place.prefix} ${field === "date" ? "the date" : "the hours"} ${required ? "is required" : issue.message}`;
        if (seen.has(`${key}|${text}`)) continue;
        seen.add(`${key}|${text}`);
        add(key, `${text}.`);
        continue;
      }
      const key = String(head ?? "asOf");
      add(key, `${FIELD_NAMES[key] ?? key} ${required ? "is required" : issue.message}.`);
    }
    return { issues, hours: [], result: null };
  }
  if (Object.keys(issues).length > 0) return { issues, hours: [], result: null };
  try {
    return { issues, hours: parsed.data.hours ?? [], result: evaluateEligibility(parsed.data, plan) };
  } catch (error) {
    if (error instanceof RuleInputError) {
      add(error.path.split(".")[0] ?? "asOf", `${error.message}.`);
      return { issues, hours: [], result: null };
    }
    throw error;
  }
}
