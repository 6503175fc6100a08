/**
 * For the Spanish words tests (test/unit/words-es-*.test.ts): a Spanish module's sentences held to
 * the English module's for the same facts: as many, in the same order, none of them the English
 * sentence, and every figure of the English sentence ("$1,000.00", "15%", "2002", a date as
 * es-US writes it: "December 31, 2002" as "31 de diciembre de 2002") in the Spanish one, as often.
 */
import { expect } from "vitest";
import { longDate } from "@/lib/words/es/format";

const EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const EN_DATE = new RegExp(`(${EN_MONTHS.join("|")}) (\\d{1,2}), (\\d{4})`, "g");
const FIGURE = /\d{1,2} de [a-z]+ de \d{4}|\$?\d(?:[\d,]*\d)?(?:\.\d+)?%?/g;

/** The figures of a sentence, an English date first put as es-US writes it: "$1,000.00", "15%", "31 de diciembre de 2002", "2002". */
export function figures(sentence: string): string[] {
  const esDates = sentence.replace(EN_DATE, (_, month: string, day: string, year: string) =>
    longDate(`${year}-${String(EN_MONTHS.indexOf(month) + 1).padStart(2, "0")}-${day.padStart(2, "0")}`),
  );
  return esDates.match(FIGURE) ?? [];
}

/** The figures of `english` that `spanish` lacks, counting each as often as it appears. */
export function missingFigures(spanish: string, english: string): string[] {
  const left = figures(spanish);
  return figures(english).filter((figure) => {
    const at = left.indexOf(figure);
    if (at < 0) return true;
    left.splice(at, 1);
    return false;
  });
}

/** The Spanish sentences parallel to the English: as many, none the English one, each with the English one's figures. */
export function expectParallel(spanish: readonly string[], english: readonly string[]): void {
  expect(spanish).toHaveLength(english.length);
  spanish.forEach((sentence, index) => {
    expect(sentence).not.toBe(english[index]);
    expect(missingFigures(sentence, english[index]!)).toEqual([]);
  });
}

/** The same for a sentence or null: null in both languages, or parallel sentences. */
export function expectParallelOrNull(spanish: string | null, english: string | null): void {
  if (spanish === null || english === null) expect(spanish).toBe(english);
  else expectParallel([spanish], [english]);
}

/** English's little words, none of which a Spanish sentence has. */
const ENGLISH_WORDS = /\b(the|is|are|and|which|of|pay|employees?)\b/i;

/**
 * One sentence: parallel to the English, and without English's little words. `withFigures`: the
 * English has figures (so the check of them checks something).
 */
export function expectSpanishOf(english: string, spanish: string, withFigures = true): void {
  if (withFigures) expect(figures(english).length, english).toBeGreaterThan(0);
  expectParallel([spanish], [english]);
  expect(spanish).not.toMatch(ENGLISH_WORDS);
}

/** Lists: as many sentences, each the Spanish of the English at its position, and some figure to check. */
export function expectSpanishListOf(english: readonly string[], spanish: readonly string[]): void {
  expect(english.flatMap(figures).length).toBeGreaterThan(0);
  expectParallel(spanish, english);
  for (const sentence of spanish) expect(sentence).not.toMatch(ENGLISH_WORDS);
}
