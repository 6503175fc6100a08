"use client";

/**
 * The hours mode with its English words: the calculator loads this when a person counts service by
 * hours (calculator-en.tsx), so the hours' words load with the hours rows and not before.
 */
import { HOURS_MODE_WORDS } from "@/lib/words/en/participant-hours-words";
import HoursForm, { ServiceRecordCard, type HoursFormProps, type ServiceRecordProps } from "./hours-mode";

export default function HoursFormEn(props: Omit<HoursFormProps, "words">) {
  return <HoursForm {...props} words={HOURS_MODE_WORDS} />;
}

export function ServiceRecordCardEn(props: Omit<ServiceRecordProps, "words">) {
  return <ServiceRecordCard {...props} words={HOURS_MODE_WORDS} />;
}
