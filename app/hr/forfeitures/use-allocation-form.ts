import { useDeferredValue, useMemo, useState } from "react";
import { useTouchedFields } from "@/app/components/use-touched-fields";
import { ALLOCATION_BEFORE_RULES } from "@/lib/pages/hr-forfeitures/before-rules";
import { readPlanYear } from "@/lib/pages/hr-forfeitures/plan-year";
import type { ForfeituresWords } from "@/lib/pages/hr-forfeitures/words";
import type { PlanDefinition } from "@/lib/plan/definition";
import { useEngine } from "./use-engine";

/** A deferrals file chosen on this device: used as it is, never copied into the text box. */
export interface ChosenFile {
  name: string;
  text: string;
  lines: number;
}

/**
 * The pool form: what was typed or chosen, the allocation (worked out again a moment behind the
 * typing) and the problems to show: a field's problem waits until the person has been to it or
 * typed in it.
 */
export function useAllocationForm(plan: PlanDefinition, referenceYear: number, words: ForfeituresWords, stoppedNote: string) {
  const [poolText, setPoolText] = useState("");
  // The reference year by default: its 415(c) limit is the lowest of the table, so the default never hides a warning.
  const [yearText, setYearText] = useState(String(referenceYear));
  const [deferralsText, setDeferralsText] = useState("");
  const { touched, touch } = useTouchedFields();
  // A chosen file is used as it is, never copied into the text box (a 100,000-line box is slow).
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [fileNote, setFileNote] = useState("");

  // Large pastes stay responsive: the allocation follows the text a moment behind the typing, and
  // the deferrals are parsed again only when they change, not when the pool does.
  const pool = useDeferredValue(poolText);
  const deferrals = useDeferredValue(file ? file.text : deferralsText);
  const engine = useEngine();
  const parsed = useMemo(() => (engine ? engine.parseDeferrals(deferrals, words) : null), [engine, deferrals, words]);
  const outcome = useMemo(() => (engine && parsed ? engine.allocateParsed(pool, parsed, plan, words) : ALLOCATION_BEFORE_RULES), [engine, pool, parsed, plan, words]);
  const year = useMemo(() => readPlanYear(yearText, words), [yearText, words]);
  const warnings = useMemo(() => (engine && outcome.result ? engine.poolWarnings(outcome.result, year.lookup) : null), [engine, outcome.result, year.lookup]);

  const poolIssue = touched.has("pool") || poolText !== "" ? outcome.poolIssue : null;
  const lineIssues = file || touched.has("deferrals") || deferralsText !== "" ? outcome.lineIssues : [];

  async function readFile(event: React.ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    if (!chosen) return;
    try {
      const text = await chosen.text();
      const lines = text.split(/\r\n|\n|\r/).filter((line) => line.trim() !== "").length;
      setFile({ name: chosen.name, text, lines });
      setFileNote(words.form.fileRead(chosen.name, lines));
    } catch {
      setFileNote(words.form.fileUnreadable(chosen.name));
    }
  }

  function stopUsingFile() {
    setFile(null);
    setFileNote(stoppedNote);
  }

  return {
    poolText,
    setPoolText,
    yearText,
    setYearText,
    deferralsText,
    setDeferralsText,
    touch,
    file,
    fileNote,
    readFile,
    stopUsingFile,
    year,
    warnings,
    poolIssue,
    lineIssues,
    result: outcome.result,
    /** The shares as a CSV file's text (present with a result: the rules have loaded). */
    allocationCsv: engine?.allocationCsv ?? null,
  };
}
