/**
 * The forfeitures page's words in each language, as its client entries give them
 * (app/hr/forfeitures/forms-en.tsx, forms-es.tsx), for the tests of lib/pages/hr-forfeitures/*.
 */
import type { ForfeituresWords } from "@/lib/pages/hr-forfeitures/words";
import * as enAnnualAdditions from "@/lib/words/en/annual-additions";
import * as enForfeiture from "@/lib/words/en/forfeiture";
import * as enForm from "@/lib/words/en/forfeiture-form";
import * as enVesting from "@/lib/words/en/vesting";
import * as esAnnualAdditions from "@/lib/words/es/annual-additions";
import * as esForfeiture from "@/lib/words/es/forfeiture";
import * as esForm from "@/lib/words/es/forfeiture-form";
import * as esVesting from "@/lib/words/es/vesting";
import { problemWords as enProblemWords } from "@/lib/words/en/problems";
import { problemWords as esProblemWords } from "@/lib/words/es/problems";
import { ruleInputWords as enRuleInputWords } from "@/lib/words/en/rule-input";
import { ruleInputWords as esRuleInputWords } from "@/lib/words/es/rule-input";

export const EN_WORDS: ForfeituresWords = {
  form: enForm,
  annualAdditions: enAnnualAdditions,
  leavingExplanation: enForfeiture.leavingExplanation,
  allocationExplanation: enForfeiture.allocationExplanation,
  periodName: enVesting.periodName,
  periodStatusWords: enVesting.periodStatusWords,
  problemWords: enProblemWords,
  ruleInputWords: enRuleInputWords,
};

export const ES_WORDS: ForfeituresWords = {
  form: esForm,
  annualAdditions: esAnnualAdditions,
  leavingExplanation: esForfeiture.leavingExplanation,
  allocationExplanation: esForfeiture.allocationExplanation,
  periodName: esVesting.periodName,
  periodStatusWords: esVesting.periodStatusWords,
  problemWords: esProblemWords,
  ruleInputWords: esRuleInputWords,
};
