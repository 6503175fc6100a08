"use client";

/** The forfeitures page's forms in Spanish: the Spanish words only, so the browser gets no other language's. */
import type { ForfeituresWords } from "@/lib/pages/hr-forfeitures/words";
import * as annualAdditions from "@/lib/words/es/annual-additions";
import { allocationExplanation, leavingExplanation } from "@/lib/words/es/forfeiture";
import * as form from "@/lib/words/es/forfeiture-form";
import { problemWords } from "@/lib/words/es/problems";
import { ruleInputWords } from "@/lib/words/es/rule-input";
import { periodName, periodStatusWords } from "@/lib/words/es/vesting";
import { AllocationForm, type AllocationFormProps } from "./allocation-form";
import { TerminationForm, type TerminationFormProps } from "./termination-form";

const WORDS: ForfeituresWords = { form, annualAdditions, leavingExplanation, allocationExplanation, periodName, periodStatusWords, problemWords, ruleInputWords };

export function TerminationFormEs(props: Omit<TerminationFormProps, "words">) {
  return <TerminationForm {...props} words={WORDS} />;
}

export function AllocationFormEs(props: Omit<AllocationFormProps, "words">) {
  return <AllocationForm {...props} words={WORDS} />;
}
