/**
 * The words this page's builders are given (they import no language): the English modules' types,
 * which the Spanish modules match (test/unit/words-es.test.ts). The page picks the language.
 */
import type * as PageWordsModule from "../../words/en/eligibility-page";
import type * as RosterWordsModule from "../../words/en/eligibility-roster";

/** The one-employee form's and the roster screen's sentences (lib/words/<language>/eligibility-page). */
export type PageWords = typeof PageWordsModule;
/** The roster's reasons and row problems (lib/words/<language>/eligibility-roster). */
export type RosterWords = typeof RosterWordsModule;
