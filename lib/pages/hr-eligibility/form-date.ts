/**
 * A date typed into one of this page's fields, read by lib/parse.ts (MM/DD/YYYY or YYYY-MM-DD).
 * The field shows the format in its hint and echoes the date it read in words, so its message can
 * be short (two lines on a phone at most, the lines the field keeps for it, so a message appearing
 * never moves the field below): the same refusals as the API's, in fewer words.
 */
import { DATE_PROBLEMS, readDate, type Read } from "../../parse";
import type { IsoDate } from "../../dates";

export function readFormDate(text: string): Read<IsoDate> {
  const read = readDate(text, "typed");
  if (read.ok) return read;
  const { problem } = read;
  if (problem === DATE_PROBLEMS.notTyped) return { ok: false, problem: "must be written MM/DD/YYYY or YYYY-MM-DD" };
  if (problem === DATE_PROBLEMS.notReal) return { ok: false, problem: "is not a real calendar date" };
  if (problem.startsWith(DATE_PROBLEMS.monthFirst)) {
    return { ok: false, problem: `is not a real date: with slashes the month comes first (MM/DD/YYYY), and there is no month ${problem.slice(DATE_PROBLEMS.monthFirst.length).trim()}` };
  }
  return read;
}
