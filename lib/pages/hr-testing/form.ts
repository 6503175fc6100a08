/** The /hr/testing form's prior-year figures as typed: a percentage from 0 to 100 with at most 2 decimals (lib/parse.ts). */
import { readNumber, type WordedFailure } from "../../parse";
import type * as PageWordsModule from "../../words/en/testing-page";

/** The page's sentences (lib/words/<language>/testing-page): the page picks the language. */
export type PageWords = typeof PageWordsModule;

/** A prior-year figure as read: the percentage, or its problem in the page's words. */
export type PriorFigure = { ok: true; value: number } | WordedFailure;

const PRIOR_RANGE = { min: 0, max: 100, example: "3.1" } as const;

export function readPriorFigure(text: string, words: Pick<PageWords, "priorRequired" | "priorDecimals" | "problemWords">): PriorFigure {
  if (text.trim() === "") return { ok: false, problem: words.priorRequired() };
  const read = readNumber(text, PRIOR_RANGE);
  if (!read.ok) return { ok: false, problem: words.problemWords(read.issue) };
  const [, decimals = ""] = text.trim().replace(/%$/, "").trim().split(".");
  return decimals.length > 2 ? { ok: false, problem: words.priorDecimals() } : read;
}
