/**
 * The plan options for the plan facts page: where the 11-K is silent, plan-rules says which
 * reading we take; each reading is an option of the plan definition with a default. The words of
 * each option and reading are lib/words/<language>/plan-options.ts's; here, which one is in force.
 */
import { fullVestingEventSchema, type FullVestingEvent, type PlanDefinition, type PlanOptions } from "../../plan/definition";
import type { OptionDescription } from "../../words/en/plan-options";

export type { OptionDescription };

/** The words this builder needs: lib/words/en/plan-options.ts or its Spanish mirror. */
export type PlanOptionsWords = typeof import("../../words/en/plan-options");

/** Every full-vesting event a plan can name, in the plan definition's order. */
const EVENTS: readonly FullVestingEvent[] = fullVestingEventSchema.options;

/** The options of a plan, each with its choices in words. */
export function optionDescriptions(plan: PlanDefinition, words: PlanOptionsWords): OptionDescription[] {
  return words.optionDescriptions(plan);
}

/** Whether a choice is in force for the plan (for a list option: whether it is among the events). */
export function isChosen(plan: PlanDefinition, key: keyof PlanOptions, choice: string): boolean {
  const value = plan.options[key];
  return Array.isArray(value) ? (value as readonly string[]).includes(choice) : String(value) === choice;
}

/** The reading in force, as one sentence. */
export function chosenReading(plan: PlanDefinition, option: OptionDescription, words: PlanOptionsWords): string {
  if (option.key === "fullVestingOn") {
    const events = plan.options.fullVestingOn;
    return words.fullVestingReading(events, EVENTS.filter((event) => !events.includes(event)));
  }
  return option.choices.find((choice) => isChosen(plan, option.key, choice.value))!.meaning;
}

/** The readings not in force, each as a sentence (a list option has none: its sentence says both). */
export function otherReadings(plan: PlanDefinition, option: OptionDescription): string[] {
  if (option.key === "fullVestingOn") return [];
  return option.choices.filter((choice) => !isChosen(plan, option.key, choice.value)).map((choice) => choice.meaning);
}
