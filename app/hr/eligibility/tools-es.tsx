"use client";

/** The page's two tools with the Spanish words: the Spanish page's only client entry, so no English words reach its browser. */
import * as pageWords from "@/lib/words/es/eligibility-page";
import { eligibilityAnswerWords, eligibilitySentences, partTimeInWords, partTimePeriodLine, periodLineWords } from "@/lib/words/es/eligibility";
import type { PlanDefinition } from "@/lib/plan/definition";
import { Roster, type RosterText } from "./roster";
import { SingleEmployee, type SingleText } from "./single-employee";

const answerWords = { eligibilityAnswerWords, eligibilitySentences, partTimeInWords, partTimePeriodLine, periodLineWords, datesInWords: pageWords.datesInText };

export function SingleEmployeeTool({ plan, text }: { plan: PlanDefinition; text: SingleText }) {
  return <SingleEmployee plan={plan} text={text} words={pageWords} answerWords={answerWords} />;
}

export function RosterTool({ plan, text }: { plan: PlanDefinition; text: RosterText }) {
  return <Roster plan={plan} text={text} words={pageWords} language="es" />;
}
