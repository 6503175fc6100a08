import { useState } from "react";
import type { TestingOptions } from "@/lib/pages/hr-testing/evaluate";
import { readPriorFigure, type PageWords } from "@/lib/pages/hr-testing/form";
import type { PlanDefinition } from "@/lib/plan/definition";
import { priorReadyFor, useTestingWorker, type PriorRead } from "./use-testing-worker";

/** A line's prior-year figures of the others, as typed. */
export type PriorText = Record<string, { nhceAdp: string; nhceAcp: string }>;

function readPrior(lines: readonly string[], prior: PriorText, words: PageWords): PriorRead[] {
  return lines.map((line) => ({ line, adp: readPriorFigure(prior[line]!.nhceAdp, words), acp: readPriorFigure(prior[line]!.nhceAcp, words) }));
}

/**
 * The testing form: the year, the method, the prior-year figures and the file; each change tests
 * the file again, in a worker from `createWorker` (its language's). `workerStopped` is what a
 * worker that dies says.
 */
export function useTestingForm(plan: PlanDefinition, firstYear: number, lines: readonly string[], words: PageWords, createWorker: () => Worker, workerStopped: string) {
  const [planYear, setPlanYear] = useState(firstYear);
  const [method, setMethod] = useState<TestingOptions["method"]>(plan.options.testingMethod);
  const [prior, setPrior] = useState<PriorText>(() => Object.fromEntries(lines.map((line) => [line, { nhceAdp: "", nhceAcp: "" }])));
  const [file, setFile] = useState<File | null>(null);
  const { state, start } = useTestingWorker(plan, createWorker, workerStopped);

  const priorRead = readPrior(lines, prior, words);

  return {
    planYear,
    method,
    prior,
    priorRead,
    priorReady: priorReadyFor(method, priorRead),
    file,
    state,
    chooseYear: (year: number) => {
      setPlanYear(year);
      start({ file, planYear: year, method, prior: priorRead });
    },
    chooseMethod: (choice: TestingOptions["method"]) => {
      setMethod(choice);
      start({ file, planYear, method: choice, prior: priorRead });
    },
    chooseFile: (chosen: File | null) => {
      setFile(chosen);
      start({ file: chosen, planYear, method, prior: priorRead });
    },
    changePrior: (line: string, key: "nhceAdp" | "nhceAcp", value: string) => {
      const nextPrior = { ...prior, [line]: { ...prior[line]!, [key]: value } };
      setPrior(nextPrior);
      start({ file, planYear, method, prior: readPrior(lines, nextPrior, words) });
    },
  };
}
