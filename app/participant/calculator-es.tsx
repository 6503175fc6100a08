"use client";

/**
 * The calculator with its Spanish words: the page's client entry for /es/participant, so the browser
 * loads this language's words and no other's, and the hours mode's only when it is used.
 */
import { lazy } from "react";
import { DATE_FIELD_WORDS } from "@/lib/words/es/date-field";
import { PARTICIPANT_WORDS } from "@/lib/words/es/participant-words";
import { DateFieldWordsProvider } from "@/app/components/field";
import { Calculator, type CalculatorProps, type HoursMode } from "./calculator";

const HOURS_MODE: HoursMode = {
  Form: lazy(() => import("./hours-mode-es")),
  Card: lazy(() => import("./hours-mode-es").then((module) => ({ default: module.ServiceRecordCardEs }))),
};

export function CalculatorEs(props: Omit<CalculatorProps, "words" | "hoursMode">) {
  return (
    <DateFieldWordsProvider words={DATE_FIELD_WORDS}>
      <Calculator {...props} words={PARTICIPANT_WORDS} hoursMode={HOURS_MODE} />
    </DateFieldWordsProvider>
  );
}
