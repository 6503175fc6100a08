/**
 * The problems of typed input in English, beside lib/words/es/problems.ts (the same functions and
 * constants): `problemWords(issue)` writes a read's issue (lib/read-issues.ts) as the fragment
 * after a field's name. The words are lib/problems-en.ts', which lib/parse.ts writes every read's
 * `problem` with (a helper below the rules imports nothing from lib/words).
 */
export { DATE_PROBLEMS, HOURS_PROBLEMS, MONEY_PROBLEMS, numberProblems, problemWords, YEAR_PROBLEMS } from "../../problems-en";
