"use client";

/** The page's two tools with the Spanish words: the Spanish page's only client entry, so no English words reach its browser. */
import * as pageWords from "@/lib/words/es/eligibility-page";
import { eligibilityAnswerWords, eligibilitySentences, partTimeInWords, partTimePeriodLine, periodLineWords } from "@/lib/words/es/eligibility";
import { DATE_FIELD_WORDS } from "@/lib/words/es/date-field";
import type { PlanDefinition } from "@/lib/plan/definition";
import { DateFieldWordsProvider } from "@/app/components/field";
import { Roster, type RosterText } from "./roster";
import { SingleEmployee, type SingleText } from "./single-employee";

const answerWords = { eligibilityAnswerWords, eligibilitySentences, partTimeInWords, partTimePeriodLine, periodLineWords, datesInWords: pageWords.datesInText };

export function SingleEmployeeTool({ plan, text }: { plan: PlanDefinition; text: SingleText }) {
  return (
    <DateFieldWordsProvider words={DATE_FIELD_WORDS}>
      <SingleEmployee plan={plan} text={text} words={pageWords} answerWords={answerWords} />
    </DateFieldWordsProvider>
  );
}

export function RosterTool({ plan, text }: { plan: PlanDefinition; text: RosterText }) {
  return (
    <DateFieldWordsProvider words={DATE_FIELD_WORDS}>
      <Roster plan={plan} text={text} words={pageWords} language="es" />
    </DateFieldWordsProvider>
  );
}
