/** The /hr/testing Web Worker in English: testing-serve.ts with the English words. */
import { longDate } from "@/lib/dates";
import { correctionSentences, deadlineSentences, earningsSentence, limitSentence, noHceReason, notCountedSentence, verdictSentence } from "@/lib/words/en/nondiscrimination";
import * as file from "@/lib/words/en/testing-file";
import { serve } from "./testing-serve";

// The sentences the page shows, not the module: the API's lineExplanation stays out of the worker.
const sentences = { correctionSentences, deadlineSentences, earningsSentence, limitSentence, noHceReason, notCountedSentence, verdictSentence };
serve({ sentences, file, longDate });
