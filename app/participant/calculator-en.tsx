"use client";

/**
 * The calculator with its English words: the page's client entry for /participant, so the browser
 * loads this language's words and no other's, and the hours mode's only when it is used.
 */
import { lazy } from "react";
import { PARTICIPANT_WORDS } from "@/lib/words/en/participant-words";
import { Calculator, type CalculatorProps, type HoursMode } from "./calculator";

const HOURS_MODE: HoursMode = {
  Form: lazy(() => import("./hours-mode-en")),
  Card: lazy(() => import("./hours-mode-en").then((module) => ({ default: module.ServiceRecordCardEn }))),
};

export function CalculatorEn(props: Omit<CalculatorProps, "words" | "hoursMode">) {
  return <Calculator {...props} words={PARTICIPANT_WORDS} hoursMode={HOURS_MODE} />;
}
