/** A date field's words in Spanish (US): the same as lib/words/en/date-field.ts. */
import type { DateFieldWords } from "../en/date-field";
import { longDate } from "./format";

export const DATE_FIELD_WORDS: DateFieldWords = { hint: "MM/DD/AAAA o AAAA-MM-DD", inWords: longDate };
