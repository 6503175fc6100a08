/** The /hr/testing form's prior-year figures as typed: a percentage from 0 to 100 with at most 2 decimals (lib/parse.ts). */
import { readNumber, type Read } from "../../parse";

const PRIOR_RANGE = { min: 0, max: 100, example: "3.1" } as const;

export function readPriorFigure(text: string): Read<number> {
  if (text.trim() === "") return { ok: false, problem: "is required under the prior-year method" };
  const read = readNumber(text, PRIOR_RANGE);
  if (!read.ok) return read;
  const [, decimals = ""] = text.trim().replace(/%$/, "").trim().split(".");
  return decimals.length > 2 ? { ok: false, problem: "must have at most 2 decimals (hundredths of a percentage point)" } : read;
}
