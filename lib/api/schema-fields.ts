/**
 * The pieces every input schema is built from: a date, an amount, a number in a range, read by
 * lib/parse.ts with its messages; and the checks that run whatever else fails (across fields, ids
 * unique in a list), so one answer names every problem.
 */
import { z } from "../zod";
import type { IsoDate } from "../dates";
import type { Money } from "../money";
import { readDate, readMoney, readMoneyCents, type NumberRange } from "../parse";
import { examplesOf } from "../read-issues";
import { problemIn, say } from "./parse-language";

/** A reader's issue as a zod `error` parameter, in the parse's language. */
const problemOf = (issue: Parameters<typeof problemIn>[0]) => ({ error: () => problemIn(issue) });

/**
 * A date in a request: `YYYY-MM-DD`, a real calendar date from 1800 to 2200 (lib/parse.ts). Out of
 * range: the rules work on YYYY-MM-DD strings, and dates they derive (a birthday, an anniversary,
 * a 60-year projection) must stay within year 9999 to be written and compared.
 */
export const isoDate = z
  .string(problemOf({ code: "notIsoDate" }))
  .transform((text, ctx): IsoDate => {
    const read = readDate(text);
    if (read.ok) return read.value;
    ctx.addIssue({ code: "custom", message: problemIn(read.issue) });
    return z.NEVER;
  })
  // For the API document: what the reader above accepts, as JSON Schema says it.
  .meta({ format: "date", pattern: "^\\d{4}-\\d{2}-\\d{2}$" });

/** Money in a request: a string or number with at most 2 decimals, 0 or more, read as a Decimal (lib/parse.ts). */
export const money = z.union([z.string(), z.number()], problemOf({ code: "notAnAmount" })).transform((value, ctx): Money => {
  const read = readMoney(value);
  if (read.ok) return read.value;
  ctx.addIssue({ code: "custom", message: problemIn(read.issue) });
  return z.NEVER;
});

/** Money in a request read as whole cents (a number), for the large censuses: the same reading as `money`. */
export const moneyCents = z.union([z.string(), z.number()], problemOf({ code: "notAnAmount" })).transform((value, ctx): number => {
  const read = readMoneyCents(value);
  if (read.ok) return read.value;
  ctx.addIssue({ code: "custom", message: problemIn(read.issue) });
  return z.NEVER;
});

/** A number within a range, with the messages of lib/parse.ts' `readNumber`. */
export function numberIn(range: NumberRange) {
  const notANumber = problemOf({ code: "notANumber", min: range.min, max: range.max, whole: range.whole === true, examples: examplesOf(range.example) });
  const number = z.number(notANumber);
  // Not zod's .int(): a failed .int() aborts the request's checks across fields, and a request should
  // hear of every problem at once.
  const ranged = number.min(range.min, problemOf({ code: "tooSmall", min: range.min })).max(range.max, problemOf({ code: "tooLarge", max: range.max }));
  return range.whole ? ranged.refine(Number.isInteger, notANumber).meta({ type: "integer" }) : ranged;
}

/**
 * A check across fields (a birth date after the start date, hours before it): it runs whenever the
 * fields it compares were read, whatever else is wrong with the request, so one answer names every
 * problem (zod would skip it once any field fails). `request` holds only the fields read correctly.
 */
export function across<T extends object>(check: (request: Partial<T>, ctx: z.RefinementCtx<T>, failed: ReadonlySet<string>) => void) {
  return [
    (value: T, ctx: z.RefinementCtx<T>) => {
      if (typeof value !== "object" || value === null || Array.isArray(value)) return;
      const failed = new Set(ctx.issues.map((issue) => String(issue.path?.[0])));
      check(Object.fromEntries(Object.entries(value).filter(([key]) => !failed.has(key))) as Partial<T>, ctx, failed);
    },
    { when: () => true },
  ] as const;
}

/**
 * Ids unique in a list, checked on the list itself so the repeat is named even when another item
 * of the list fails (the item-level problems and the repeat come back in one answer).
 */
export function uniqueIds(list: string) {
  return [
    (items: readonly unknown[], ctx: z.RefinementCtx<readonly unknown[]>) => {
      if (!Array.isArray(items)) return;
      const seen = new Map<string, number>();
      items.forEach((item, index) => {
        const id = (item as { id?: unknown } | null)?.id;
        if (typeof id !== "string") return;
        const first = seen.get(id);
        if (first !== undefined) ctx.addIssue({ code: "custom", path: [index, "id"], message: say((w) => w.repeatedId(id, list, first)) });
        else seen.set(id, index);
      });
    },
    { when: () => true },
  ] as const;
}
