/**
 * The words the forfeitures page's builders and components write with, one language at a time:
 * lib/words/en/* or lib/words/es/*, given by the page's client entry for its language
 * (app/hr/forfeitures/forms-en.tsx, forms-es.tsx), so the browser gets one language's sentences
 * only. Typed from the English modules; the Spanish ones have the same functions
 * (test/unit/words-es.test.ts).
 */
import type * as form from "../../words/en/forfeiture-form";
import type * as annualAdditions from "../../words/en/annual-additions";
import type { allocationExplanation, leavingExplanation } from "../../words/en/forfeiture";
import type { periodName, periodStatusWords } from "../../words/en/vesting";
import type { problemWords } from "../../words/en/problems";
import type { ruleInputWords } from "../../words/en/rule-input";

export interface ForfeituresWords {
  /** The page's own sentences: its fields, their problems, the headlines. */
  form: typeof form;
  /** The 415(c) check of the shares. */
  annualAdditions: typeof annualAdditions;
  leavingExplanation: typeof leavingExplanation;
  allocationExplanation: typeof allocationExplanation;
  periodName: typeof periodName;
  periodStatusWords: typeof periodStatusWords;
  /** A failed read's issue (lib/parse.ts), as the fragment after a field's name. */
  problemWords: typeof problemWords;
  /** A rule's refusal (lib/errors.ts RuleInputError's issue). */
  ruleInputWords: typeof ruleInputWords;
}
