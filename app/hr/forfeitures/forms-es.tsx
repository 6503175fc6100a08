"use client";

/** The forfeitures page's forms in Spanish: the Spanish words only, so the browser gets no other language's. */
import type { ForfeituresWords } from "@/lib/pages/hr-forfeitures/words";
import * as annualAdditions from "@/lib/words/es/annual-additions";
import { allocationExplanation, leavingExplanation } from "@/lib/words/es/forfeiture";
import * as form from "@/lib/words/es/forfeiture-form";
import { problemWords } from "@/lib/words/es/problems";
import { ruleInputWords } from "@/lib/words/es/rule-input";
import { periodName, periodStatusWords } from "@/lib/words/es/vesting";
import { DATE_FIELD_WORDS } from "@/lib/words/es/date-field";
import { DateFieldWordsProvider } from "@/app/components/field";
import { AllocationForm, type AllocationFormProps } from "./allocation-form";
import { TerminationForm, type TerminationFormProps } from "./termination-form";

const WORDS: ForfeituresWords = { form, annualAdditions, leavingExplanation, allocationExplanation, periodName, periodStatusWords, problemWords, ruleInputWords };

export function TerminationFormEs(props: Omit<TerminationFormProps, "words">) {
  return (
    <DateFieldWordsProvider words={DATE_FIELD_WORDS}>
      <TerminationForm {...props} words={WORDS} />
    </DateFieldWordsProvider>
  );
}

export function AllocationFormEs(props: Omit<AllocationFormProps, "words">) {
  return (
    <DateFieldWordsProvider words={DATE_FIELD_WORDS}>
      <AllocationForm {...props} words={WORDS} />
    </DateFieldWordsProvider>
  );
}
