/**
 * What the participant page's sections share: a section has its figures or says which inputs it
 * still needs; a rule's refusal becomes the section's message.
 */
import { RuleInputError } from "../../errors";
import { UnsupportedYearError } from "../../plan/limits";
import type { FullVestingEvent } from "../../plan/definition";
import type { ParticipantInputs } from "./validate";
import type { ParticipantWords } from "./words";

export type Section<T> = { ok: true; value: T } | { ok: false; missing: string };

const missing = (text: string): { ok: false; missing: string } => ({ ok: false, missing: text });

/** An input a section needs: the field's name (or "hours"), its words, whether it is given, and its words when it needs a fix. */
export type Needed = readonly [field: string, words: string, given: boolean, fixWords?: string];

/**
 * What a section still needs, or null when it has everything. A field filled in wrongly is named
 * first ("Fix …"): it hides only the sections that need it.
 */
export function lacking(inputs: ParticipantInputs, needed: readonly Needed[], purpose: string, words: ParticipantWords): { ok: false; missing: string } | null {
  const fix = needed.filter(([field]) => inputs.invalid.has(field)).map(([, said, , fixWords]) => fixWords ?? words.fixWords(said));
  const enter = needed.filter(([field, , given]) => !inputs.invalid.has(field) && !given).map(([, said]) => said);
  if (fix.length > 0) return missing(words.fixToSee(words.listInWords(fix), purpose, enter.length > 0 ? words.listInWords(enter) : null));
  return enter.length > 0 ? missing(words.enterToSee(words.listInWords(enter), purpose)) : null;
}

/** Runs a rule; an input a rule refuses becomes a section message instead of an exception. */
export function guarded<T>(run: () => Section<T>, words: ParticipantWords): Section<T> {
  try {
    return run();
  } catch (error) {
    if (error instanceof RuleInputError) return missing(`${words.ruleProblem(error)}.`);
    if (error instanceof UnsupportedYearError) return missing(`${words.yearLimitProblem(error)}.`);
    throw error;
  }
}

export function eventsOf(inputs: ParticipantInputs): FullVestingEvent[] {
  return inputs.planTerminated ? ["planTermination"] : [];
}

/** The inputs vesting service needs, for the way the person gives it, and the as-of date. */
export function serviceNeeds(inputs: ParticipantInputs, words: ParticipantWords): Needed[] {
  const said = words.needs();
  const needs: Needed[] =
    inputs.serviceBy === "years"
      ? [["yearsOfService", said.yearsOfService, inputs.yearsOfService !== null]]
      : [["employmentStartDate", said.employmentStartDate, inputs.employmentStartDate !== null]];
  if (inputs.serviceBy === "hours") needs.push(["hours", said.hours, inputs.hours !== null, said.hoursFix]);
  needs.push(["asOf", said.asOf, inputs.asOf !== null]);
  return needs;
}

export const BALANCE_NEEDS = (inputs: ParticipantInputs, words: ParticipantWords): Needed[] => {
  const said = words.needs();
  return [
    ["balances.deferral", said.deferralBalance, true],
    ["balances.rollover", said.rolloverBalance, true],
    ["balances.match", said.matchBalance, !inputs.invalid.has("balances.match")],
  ];
};
