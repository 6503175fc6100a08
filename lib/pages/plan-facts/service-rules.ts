/**
 * Two rules the 11-K does not state but the calculator applies, in words for the plan facts page,
 * each with its source (plan-rules §4.1 and §2.4): years of vesting service counted from hours
 * with breaks in service, and long-term part-time employees. Every number comes from the plan;
 * the words are lib/words/<language>/plan-facts.ts's.
 */
import type { PlanDefinition } from "../../plan/definition";

/** The words these builders need: lib/words/en/plan-facts.ts or its Spanish mirror. */
export type PlanFactsWords = typeof import("../../words/en/plan-facts");

export interface RuleInWords {
  title: string;
  sentences: string[];
  /** Where each part comes from. */
  sources: string[];
}

/** The service rule in words (the vesting words module's, as the other pages say it), with its sources. */
export function hoursAndBreaksInWords(plan: PlanDefinition, words: PlanFactsWords): RuleInWords {
  const counting = plan.vesting.hoursCounting;
  return {
    title: words.hoursAndBreaksTitle(),
    sentences: words.serviceRuleSentences(plan),
    sources: [counting.yearOfService.citation, counting.breakInService.citation, counting.forfeiture.citation],
  };
}

export function longTermPartTimeInWords(plan: PlanDefinition, words: PlanFactsWords): RuleInWords {
  const rule = plan.longTermPartTime;
  return { ...words.longTermPartTime(plan), sources: [...new Set([rule.citation, ...rule.runs.map((run) => run.citation)])] };
}
