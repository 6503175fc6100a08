/** The /hr/testing Web Worker in Spanish: testing-serve.ts with the Spanish words. */
import { longDate } from "@/lib/words/es/format";
import { correctionSentences, deadlineSentences, earningsSentence, limitSentence, noHceReason, notCountedSentence, verdictSentence } from "@/lib/words/es/nondiscrimination";
import * as file from "@/lib/words/es/testing-file";
import { serve } from "./testing-serve";

// The sentences the page shows, not the module: the API's lineExplanation stays out of the worker.
const sentences = { correctionSentences, deadlineSentences, earningsSentence, limitSentence, noHceReason, notCountedSentence, verdictSentence };
serve({ sentences, file, longDate });
