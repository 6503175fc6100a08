import { useState } from "react";
import type { TestingOptions } from "@/lib/pages/hr-testing/evaluate";
import { readPriorFigure } from "@/lib/pages/hr-testing/form";
import type { PlanDefinition } from "@/lib/plan/definition";
import { priorReadyFor, useTestingWorker, type PriorRead } from "./use-testing-worker";

/** A line's prior-year figures of the others, as typed. */
export type PriorText = Record<string, { nhceAdp: string; nhceAcp: string }>;

function readPrior(lines: readonly string[], prior: PriorText): PriorRead[] {
  return lines.map((line) => ({ line, adp: readPriorFigure(prior[line]!.nhceAdp), acp: readPriorFigure(prior[line]!.nhceAcp) }));
}

/** The testing form: the year, the method, the prior-year figures and the file; each change tests the file again. */
export function useTestingForm(plan: PlanDefinition, firstYear: number, lines: readonly string[]) {
  const [planYear, setPlanYear] = useState(firstYear);
  const [method, setMethod] = useState<TestingOptions["method"]>(plan.options.testingMethod);
  const [prior, setPrior] = useState<PriorText>(() => Object.fromEntries(lines.map((line) => [line, { nhceAdp: "", nhceAcp: "" }])));
  const [file, setFile] = useState<File | null>(null);
  const { state, start } = useTestingWorker(plan);

  const priorRead = readPrior(lines, prior);

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
      start({ file, planYear, method, prior: readPrior(lines, nextPrior) });
    },
  };
}
