/**
 * What the participant page's sections share: a section has its figures or says which inputs it
 * still needs; a rule's refusal becomes the section's message.
 */
import { RuleInputError } from "../../errors";
import { UnsupportedYearError } from "../../plan/limits";
import type { FullVestingEvent } from "../../plan/definition";
import { countWord, listInWords } from "../../words/en/participant";
import type { ParticipantInputs } from "./validate";

export type Section<T> = { ok: true; value: T } | { ok: false; missing: string };

const missing = (text: string): { ok: false; missing: string } => ({ ok: false, missing: text });

/** Joins the names of missing inputs: "your birth date, next year's pay and a deferral %" (the words module's list). */
export { listInWords };

function need(items: readonly string[], purpose: string): { ok: false; missing: string } {
  return missing(`Enter ${listInWords(items)} to see ${purpose}.`);
}

/** An input a section needs: the field's name (or "hours"), its words, whether it is given, and its words when it needs a fix. */
export type Needed = readonly [field: string, words: string, given: boolean, fixWords?: string];

/**
 * What a section still needs, or null when it has everything. A field filled in wrongly is named
 * first ("Fix …"): it hides only the sections that need it.
 */
export function lacking(inputs: ParticipantInputs, needed: readonly Needed[], purpose: string): { ok: false; missing: string } | null {
  const fix = needed.filter(([field]) => inputs.invalid.has(field)).map(([, words, , fixWords]) => fixWords ?? words.replace(/^an? /, "the "));
  const enter = needed.filter(([field, , given]) => !inputs.invalid.has(field) && !given).map(([, words]) => words);
  if (fix.length > 0) return missing(`Fix ${listInWords(fix)} (see the message beside it) to see ${purpose}${enter.length > 0 ? `, and enter ${listInWords(enter)}` : ""}.`);
  return enter.length > 0 ? need(enter, purpose) : null;
}

/** Runs a rule; an input a rule refuses becomes a section message instead of an exception. */
export function guarded<T>(run: () => Section<T>): Section<T> {
  try {
    return run();
  } catch (error) {
    if (error instanceof RuleInputError || error instanceof UnsupportedYearError) return missing(`${error.message}.`);
    throw error;
  }
}

export function eventsOf(inputs: ParticipantInputs): FullVestingEvent[] {
  return inputs.planTerminated ? ["planTermination"] : [];
}

/** The inputs vesting service needs, for the way the person gives it, and the as-of date. */
export function serviceNeeds(inputs: ParticipantInputs): Needed[] {
  const needs: Needed[] =
    inputs.serviceBy === "years"
      ? [["yearsOfService", "your years of vesting service", inputs.yearsOfService !== null]]
      : [["employmentStartDate", "your employment start date", inputs.employmentStartDate !== null]];
  if (inputs.serviceBy === "hours") needs.push(["hours", "your hours in at least one plan year", inputs.hours !== null, "your hours"]);
  needs.push(["asOf", "the as-of date", inputs.asOf !== null]);
  return needs;
}

export const BALANCE_NEEDS = (inputs: ParticipantInputs): Needed[] => [
  ["balances.deferral", "your deferrals balance", true],
  ["balances.rollover", "the rollovers balance", true],
  ["balances.match", "the employer match balance", !inputs.invalid.has("balances.match")],
];

/** "1 year", "3 years" (the words module's countWord). */
export const plural = countWord;
