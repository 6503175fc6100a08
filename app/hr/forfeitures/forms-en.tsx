"use client";

/** The forfeitures page's forms in English: the English words only, so the browser gets no other language's. */
import type { ForfeituresWords } from "@/lib/pages/hr-forfeitures/words";
import * as annualAdditions from "@/lib/words/en/annual-additions";
import { allocationExplanation, leavingExplanation } from "@/lib/words/en/forfeiture";
import * as form from "@/lib/words/en/forfeiture-form";
import { problemWords } from "@/lib/words/en/problems";
import { ruleInputWords } from "@/lib/words/en/rule-input";
import { periodName, periodStatusWords } from "@/lib/words/en/vesting";
import { AllocationForm, type AllocationFormProps } from "./allocation-form";
import { TerminationForm, type TerminationFormProps } from "./termination-form";

const WORDS: ForfeituresWords = { form, annualAdditions, leavingExplanation, allocationExplanation, periodName, periodStatusWords, problemWords, ruleInputWords };

export function TerminationFormEn(props: Omit<TerminationFormProps, "words">) {
  return <TerminationForm {...props} words={WORDS} />;
}

export function AllocationFormEn(props: Omit<AllocationFormProps, "words">) {
  return <AllocationForm {...props} words={WORDS} />;
}
