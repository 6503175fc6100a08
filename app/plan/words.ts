/**
 * The plan facts page's words in each language: its messages (messages/<language>.json, namespace
 * "plan") and the sentence modules of lib/words/<language>/. The page is rendered on the server
 * only (see static-html), so importing both languages here sends neither to the browser.
 */
import { translator } from "@/app/i18n";
import { escapeHtml, type Html } from "@/app/components/static-html";
import type { Language } from "@/lib/languages";
import { longDate as enLongDate } from "@/lib/dates";
import * as enCompliance from "@/lib/words/en/compliance";
import * as esCompliance from "@/lib/words/es/compliance";
import * as enFacts from "@/lib/words/en/plan-facts";
import * as esFacts from "@/lib/words/es/plan-facts";
import * as enFormat from "@/lib/words/en/format";
import * as esFormat from "@/lib/words/es/format";
import * as enOptions from "@/lib/words/en/plan-options";
import * as esOptions from "@/lib/words/es/plan-options";
import * as enVesting from "@/lib/words/en/vesting";
import * as esVesting from "@/lib/words/es/vesting";

const WORDS = {
  en: { compliance: enCompliance, facts: enFacts, format: enFormat, options: enOptions, vesting: enVesting, longDate: enLongDate },
  es: { compliance: esCompliance, facts: esFacts, format: esFormat, options: esOptions, vesting: esVesting, longDate: esFormat.longDate },
} satisfies Record<Language, unknown>;

/** The sentence modules of one language, typed as the English ones (lib/words/es mirrors them). */
export type PlanWords = (typeof WORDS)["en"];

export type PlanTranslator = ReturnType<typeof translator<"plan">>;

/** Everything a section needs to write itself in the page's language. */
export interface PlanText {
  language: Language;
  t: PlanTranslator;
  words: PlanWords;
}

export function planText(language: Language): PlanText {
  return { language, t: translator(language, "plan"), words: WORDS[language] };
}

/**
 * A message with tags as HTML: each value is escaped, each tag's function writes its element
 * around the (already HTML) chunks. The messages themselves are the app's own text.
 */
export function markup(t: PlanTranslator, key: string, values: Record<string, string | number>, tags: Record<string, (chunks: string) => string>): Html {
  const escaped = Object.fromEntries(Object.entries(values).map(([name, value]) => [name, escapeHtml(String(value))]));
  return { __html: (t.markup as unknown as (key: string, values: Record<string, unknown>) => string)(key, { ...escaped, ...tags }) };
}
