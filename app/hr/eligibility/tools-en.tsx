"use client";

/** The page's two tools with the English words: the English page's only client entry, so no Spanish reaches its browser. */
import * as pageWords from "@/lib/words/en/eligibility-page";
import { eligibilityAnswerWords, eligibilitySentences, partTimeInWords, partTimePeriodLine, periodLineWords } from "@/lib/words/en/eligibility";
import type { PlanDefinition } from "@/lib/plan/definition";
import { Roster, type RosterText } from "./roster";
import { SingleEmployee, type SingleText } from "./single-employee";

const answerWords = { eligibilityAnswerWords, eligibilitySentences, partTimeInWords, partTimePeriodLine, periodLineWords, datesInWords: pageWords.datesInText };

export function SingleEmployeeTool({ plan, text }: { plan: PlanDefinition; text: SingleText }) {
  return <SingleEmployee plan={plan} text={text} words={pageWords} answerWords={answerWords} />;
}

export function RosterTool({ plan, text }: { plan: PlanDefinition; text: RosterText }) {
  return <Roster plan={plan} text={text} words={pageWords} language="en" />;
}
