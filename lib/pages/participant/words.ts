/**
 * The words the participant page's builders write with, in one language: the builders take them
 * as an argument (they import no language), and the page's per-language client entry
 * (app/participant/calculator-en.tsx, calculator-es.tsx) gives its language's, so the browser
 * loads one language only, and the hours' words only when they are used. The shape is the English
 * modules' (lib/words/en/participant-words.ts builds it); the Spanish modules mirror them.
 */
import type * as Participant from "../../words/en/participant";
import type * as Contribution from "../../words/en/contribution";
import type * as Vesting from "../../words/en/vesting";
import type * as Projection from "../../words/en/projection";
import type * as Page from "../../words/en/participant-page";
import type * as Hours from "../../words/en/participant-hours";
import type * as ServiceExplanation from "../../words/en/service-explanation";

/** The words the page loads with it: every builder but the hours mode's takes these. */
export type ParticipantWords = Pick<
  typeof Participant,
  | "eligibilityNoteSentence"
  | "fullyVestedSentence"
  | "hoursAssumptionSentence"
  | "lawCaveatSentence"
  | "leaveYearSentence"
  | "listInWords"
  | "methodNoteSentence"
  | "serviceCountedWords"
  | "stayCaveatSentence"
  | "stayExplanation"
  | "stayStepSentence"
  | "underAgeSentence"
  | "vestedAmountSentence"
  | "leavingNowSentence"
  | "vestingLines"
> &
  Pick<typeof Contribution, "bindingLimitName" | "contributionExplanation" | "limitsNote" | "limitYearNote" | "overLimitWarning"> &
  Pick<typeof Projection, "matchReducedFootnote" | "projectionExplanation" | "projectionLimitsNote" | "todaysDollarsSentence" | "vestedRowSentence"> &
  typeof Page;

/**
 * The words only the hours of service use: the hours rows and their helpers, and the service record
 * (app/participant/hours-mode.tsx). They are modules of their own (lib/words/<language>/
 * participant-hours.ts and service-explanation.ts, with two of the vesting words the HR pages share),
 * loaded with that part of the page when a person counts service by hours
 * (lib/words/<language>/participant-hours-words.ts), not with the page.
 */
export type HoursWords = typeof Hours &
  Pick<typeof Vesting, "periodName" | "periodStatusWords"> &
  Pick<typeof ServiceExplanation, "serviceExplanation">;

/** Their names, for the test that the page's words hold none of them. */
export const HOURS_WORD_NAMES = [
  "aheadPeriodWords",
  "currentPeriodWords",
  "recordProgressSentence",
  "recordYearsSentence",
  "recordForfeitSentence",
  "hoursDating",
  "pastedNotYear",
  "pastedHoursProblem",
  "pastedTooMany",
  "pastedNotPlanYear",
  "pastedPut",
  "weeksProduct",
  "putHoursIn",
  "hoursFromLink",
  "periodName",
  "periodStatusWords",
  "serviceExplanation",
] as const satisfies readonly (keyof HoursWords)[];

/** The words of the hours mode: the page's and the hours' own. */
export type HoursModeWords = ParticipantWords & HoursWords;
