/**
 * A date or a number of hours typed into one of this page's fields, read by lib/parse.ts (dates
 * MM/DD/YYYY or YYYY-MM-DD). The field shows the format in its hint (and echoes a date in words),
 * so its message can be short: two lines at most in the field's width, the lines the field keeps
 * for its message, so a message appearing never moves the field below. The same refusals as the
 * API's, in fewer words.
 */
import { readDate, readHours, type WordedFailure } from "../../parse";
import type { IsoDate } from "../../dates";
import type { PageWords } from "./words";

/** The short problems' words. */
type FormTextWords = Pick<PageWords, "DATE_PATTERN" | "NOT_REAL_DATE" | "HOURS_NUMBER" | "noSuchMonth" | "problemWords">;

/** A form's read: the value, or its problem in words (the page's short ones, else lib/parse.ts' issue in the page's words). */
export type FormRead<T> = { ok: true; value: T } | WordedFailure;

export function readFormHours(text: string, words: FormTextWords): FormRead<number> {
  const read = readHours(text);
  if (read.ok) return read;
  return { ok: false, problem: read.issue.code === "notHours" ? words.HOURS_NUMBER : words.problemWords(read.issue) };
}

export function readFormDate(text: string, words: FormTextWords): FormRead<IsoDate> {
  const read = readDate(text, "typed");
  if (read.ok) return read;
  const { issue } = read;
  if (issue.code === "notTypedDate") return { ok: false, problem: words.DATE_PATTERN };
  if (issue.code === "notRealDate") return { ok: false, problem: words.NOT_REAL_DATE };
  if (issue.code === "monthFirst") return { ok: false, problem: words.noSuchMonth(String(issue.month)) };
  return { ok: false, problem: words.problemWords(issue) };
}
