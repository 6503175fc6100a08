/**
 * A date field's words (app/components/field.tsx): how a date may be written, shown under every
 * date field, and the date read back in words beside it. English is the field's default; a page in
 * another language gives its own (lib/words/es/date-field.ts) from its client entry, so a page
 * loads one language's.
 */
import { longDate, type IsoDate } from "../../dates";

export interface DateFieldWords {
  /** How a date may be written. */
  hint: string;
  /** A date in words: "March 15, 2002". */
  inWords: (iso: IsoDate) => string;
}

export const DATE_FIELD_WORDS: DateFieldWords = { hint: "MM/DD/YYYY or YYYY-MM-DD", inWords: longDate };
