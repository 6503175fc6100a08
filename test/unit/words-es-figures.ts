/**
 * For the Spanish words tests: the figures of an English sentence (amounts, percents, counts,
 * years, citations' numbers, and its long dates written as es-US writes them), which the
 * Spanish sentence for the same facts must carry unchanged; and words only English uses.
 */
import { expect } from "vitest";
import { isoOf } from "@/lib/dates";
import { longDate } from "@/lib/words/es/format";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const ENGLISH_DATE = new RegExp(`\\b(${MONTHS.join("|")}) (\\d{1,2}), (\\d{4})`, "g");

/** "By March 15, 2003: … $2,000.00 … 5.83% …" → ["15 de marzo de 2003", "$2,000.00", "5.83%", …]. */
export function figuresOf(english: string): string[] {
  const dates: string[] = [];
  const rest = english.replace(ENGLISH_DATE, (_, month: string, day: string, year: string) => {
    dates.push(longDate(isoOf(Number(year), MONTHS.indexOf(month) + 1, Number(day))));
    return " ";
  });
  return [...dates, ...(rest.match(/\$?\d[\d,]*(?:\.\d+)?%?/g) ?? []).map((figure) => figure.replace(/,$/, ""))];
}

/**
 * The Spanish is not the English, carries every figure of it, and has none of English's little
 * words. `withFigures`: the English has figures (so the check of them checks something).
 */
export function expectSpanishOf(english: string, spanish: string, withFigures = true): void {
  expect(spanish).not.toBe(english);
  const figures = figuresOf(english);
  if (withFigures) expect(figures.length, english).toBeGreaterThan(0);
  for (const figure of figures) expect(spanish, `${figure} in: ${spanish}`).toContain(figure);
  expect(spanish).not.toMatch(/\b(the|is|are|and|which|of|pay|employees?)\b/i);
}

/** The same for lists: as many sentences, each the Spanish of the English at its position. */
export function expectSpanishListOf(english: readonly string[], spanish: readonly string[]): void {
  expect(spanish).toHaveLength(english.length);
  expect(english.flatMap(figuresOf).length).toBeGreaterThan(0);
  english.forEach((sentence, index) => expectSpanishOf(sentence, spanish[index]!, false));
}
