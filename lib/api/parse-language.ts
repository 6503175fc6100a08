/**
 * The language of the messages a parse writes. zod writes an issue's message while it parses
 * (schema-level messages win over anything passed to the parse), so the request schemas give
 * functions for their messages, which read the language here: `inLanguage` sets it for one
 * synchronous parse and restores it after, so parses in different languages never mix (the
 * server answers each body in one synchronous call; each worker thread has its own module).
 * The words are lib/words/<language>/requests.ts' and problems.ts', written from facts.
 */
import { z } from "../zod";
import type { Language } from "../languages";
import type { ReadIssue } from "../read-issues";
import * as enRequests from "../words/en/requests";
import * as esRequests from "../words/es/requests";
import * as enProblems from "../words/en/problems";
import * as esProblems from "../words/es/problems";
import * as enRuleInput from "../words/en/rule-input";
import * as esRuleInput from "../words/es/rule-input";

/** Every word a 400 answer needs, by language: the same functions in each. */
export const ANSWER_WORDS = {
  en: { ...enRequests, problemWords: enProblems.problemWords, ...enRuleInput },
  es: { ...esRequests, problemWords: esProblems.problemWords, ...esRuleInput },
} as const satisfies Record<Language, unknown>;

export type AnswerWords = (typeof ANSWER_WORDS)[Language];

let parsing: Language = "en";

/** Runs `run` (a synchronous parse) with its messages in `language`. */
export function inLanguage<T>(language: Language, run: () => T): T {
  const outer = parsing;
  parsing = language;
  try {
    return run();
  } finally {
    parsing = outer;
  }
}

/** The words of the parse under way. */
export function words(): AnswerWords {
  return ANSWER_WORDS[parsing];
}

type Pick = (words: AnswerWords["requestWords"]) => string;

/** `pick`'s words in the parse's language, for an issue added while parsing: `message: say((w) => w.afterStart(start))`. */
export function say(pick: Pick): string {
  return pick(ANSWER_WORDS[parsing].requestWords);
}

/** A zod `error` parameter whose message is `pick`'s words in the parse's language: `.min(1, said((w) => w.notEmpty))`. */
export function said(pick: Pick): { error: () => string } {
  return { error: () => say(pick) };
}

/** A reader's issue (lib/read-issues.ts) in the parse's language. */
export function problemIn(issue: ReadIssue): string {
  return ANSWER_WORDS[parsing].problemWords(issue);
}

/** zod's own messages, for an issue no schema words (none should reach an answer): its Spanish locale in Spanish. */
const SPANISH_DEFAULTS = z.locales.es().localeError;

/** The parse's options: the inputs reported (so a missing field can be told apart), zod's defaults in the language. */
export function parseOptions(language: Language) {
  return language === "es" ? { reportInput: true, error: SPANISH_DEFAULTS } : { reportInput: true };
}
