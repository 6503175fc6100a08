/**
 * The language of an API answer's sentences, from the request's `Accept-Language` (RFC 9110
 * 12.5.4): Spanish when the caller prefers any Spanish (`es`, `es-US`, `es-MX`, …) to English,
 * English otherwise and by default. Only the sentences change (each answer's `explanation`);
 * fields, codes, paths and figures never do. The words are lib/words/<language>'s.
 */
import type { Language } from "../languages";
import { eligibilitySentences as enEligibility } from "../words/en/eligibility";
import { eligibilitySentences as esEligibility } from "../words/es/eligibility";
import { contributionExplanation as enContribution } from "../words/en/contribution";
import { contributionExplanation as esContribution } from "../words/es/contribution";
import { vestingExplanation as enVesting } from "../words/en/service-explanation";
import { vestingExplanation as esVesting } from "../words/es/service-explanation";
import { lineExplanation as enLine } from "../words/en/nondiscrimination";
import { lineExplanation as esLine } from "../words/es/nondiscrimination";

/** The language a request's `Accept-Language` asks for: the supported one with the highest weight; English on a tie, on `*` or when none is given. */
export function languageOfRequest(acceptLanguage: string | null | undefined): Language {
  if (!acceptLanguage) return "en";
  let best: { language: Language; weight: number } = { language: "en", weight: 0 };
  for (const part of acceptLanguage.split(",")) {
    const [range = "", ...params] = part.trim().split(";");
    const tag = range.trim().toLowerCase();
    const q = params.map((param) => param.trim()).find((param) => param.startsWith("q="));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    if (!Number.isFinite(weight) || weight <= 0 || weight > 1) continue;
    const language: Language | null = tag === "es" || tag.startsWith("es-") ? "es" : tag === "en" || tag.startsWith("en-") ? "en" : null;
    if (language === null) continue;
    if (weight > best.weight || (weight === best.weight && language === "en")) best = { language, weight };
  }
  return best.language;
}

/** The sentences the API's answers carry, by language: the same functions in each. */
export const API_WORDS = {
  en: { eligibility: enEligibility, contribution: enContribution, vesting: enVesting, line: enLine },
  es: { eligibility: esEligibility, contribution: esContribution, vesting: esVesting, line: esLine },
} as const satisfies Record<Language, unknown>;
