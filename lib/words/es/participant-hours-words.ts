/**
 * The hours mode's words in Spanish (lib/pages/participant/words.ts HoursWords), with the page's:
 * app/participant/hours-mode-es.tsx loads them with the hours rows and the service record, so a
 * person who counts service in years never loads them.
 */
import type { HoursModeWords } from "../../pages/participant/words";
import { PARTICIPANT_WORDS } from "./participant-words";
import * as hours from "./participant-hours";
import { periodName, periodStatusWords } from "./vesting";
import { serviceExplanation } from "./service-explanation";

export const HOURS_MODE_WORDS: HoursModeWords = { ...PARTICIPANT_WORDS, ...hours, periodName, periodStatusWords, serviceExplanation };
