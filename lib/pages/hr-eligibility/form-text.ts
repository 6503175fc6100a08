/**
 * A date or a number of hours typed into one of this page's fields, read by lib/parse.ts (dates
 * MM/DD/YYYY or YYYY-MM-DD). The field shows the format in its hint (and echoes a date in words),
 * so its message can be short: two lines at most in the field's width, the lines the field keeps
 * for its message, so a message appearing never moves the field below. The same refusals as the
 * API's, in fewer words.
 */
import { DATE_PROBLEMS, HOURS_PROBLEMS, readDate, readHours, type Read } from "../../parse";
import type { IsoDate } from "../../dates";
import type { PageWords } from "./words";

/** The short problems' words. */
type FormTextWords = Pick<PageWords, "DATE_PATTERN" | "NOT_REAL_DATE" | "HOURS_NUMBER" | "noSuchMonth">;

export function readFormHours(text: string, words: FormTextWords): Read<number> {
  const read = readHours(text);
  if (!read.ok && read.problem === HOURS_PROBLEMS.notHours) return { ok: false, problem: words.HOURS_NUMBER };
  return read;
}

export function readFormDate(text: string, words: FormTextWords): Read<IsoDate> {
  const read = readDate(text, "typed");
  if (read.ok) return read;
  const { problem } = read;
  if (problem === DATE_PROBLEMS.notTyped) return { ok: false, problem: words.DATE_PATTERN };
  if (problem === DATE_PROBLEMS.notReal) return { ok: false, problem: words.NOT_REAL_DATE };
  if (problem.startsWith(DATE_PROBLEMS.monthFirst)) {
    return { ok: false, problem: words.noSuchMonth(problem.slice(DATE_PROBLEMS.monthFirst.length).trim()) };
  }
  return read;
}
