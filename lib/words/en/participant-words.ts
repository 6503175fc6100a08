/**
 * Every words function the participant page uses, in one object, for the page's English client entry
 * (app/participant/calculator-en.tsx) and the tests: lib/pages/participant takes it as `words`.
 * Only the functions the page uses are named (and the whole of participant-page.ts, all of it
 * the page's), so the browser loads no other.
 */
import type { ParticipantWords } from "../../pages/participant/words";
import {
  eligibilityNoteSentence,
  fullyVestedSentence,
  hoursAssumptionSentence,
  lawCaveatSentence,
  leaveYearSentence,
  listInWords,
  methodNoteSentence,
  serviceCountedWords,
  stayCaveatSentence,
  stayExplanation,
  stayStepSentence,
  underAgeSentence,
  vestedAmountSentence,
  leavingNowSentence,
  vestingLines,
} from "./participant";
import { bindingLimitName, contributionExplanation, limitsNote, limitYearNote, overLimitWarning } from "./contribution";
import { matchReducedFootnote, projectionExplanation, projectionLimitsNote, todaysDollarsSentence, vestedRowSentence } from "./projection";
import * as page from "./participant-page";

export const PARTICIPANT_WORDS: ParticipantWords = {
  // Every function of the page's own words module (participant-page.ts) is the page's.
  ...page,
  eligibilityNoteSentence,
  fullyVestedSentence,
  hoursAssumptionSentence,
  lawCaveatSentence,
  leaveYearSentence,
  listInWords,
  methodNoteSentence,
  serviceCountedWords,
  stayCaveatSentence,
  stayExplanation,
  stayStepSentence,
  underAgeSentence,
  vestedAmountSentence,
  bindingLimitName,
  contributionExplanation,
  limitsNote,
  limitYearNote,
  overLimitWarning,
  leavingNowSentence,
  vestingLines,
  matchReducedFootnote,
  projectionExplanation,
  projectionLimitsNote,
  todaysDollarsSentence,
  vestedRowSentence,
};
