import { useMemo, useState } from "react";
import { useTouchedFields } from "@/app/components/use-touched-fields";
import type { PlanDefinition } from "@/lib/plan/definition";
import { EMPTY_TERMINATION_FORM, fieldsShown, type TerminationField, type TerminationForm as Form } from "@/lib/pages/hr-forfeitures/leaving-form";
import { TERMINATION_BEFORE_RULES } from "@/lib/pages/hr-forfeitures/before-rules";
import type { TerminationOutcome } from "@/lib/pages/hr-forfeitures/termination";
import type { ForfeituresWords } from "@/lib/pages/hr-forfeitures/words";
import { useEngine } from "./use-engine";

/** What a part of the leaving-participant form needs to show and change its fields. */
export interface TerminationFields {
  form: Form;
  update: (patch: Partial<Form>) => void;
  /** The person has left this field: its message shows from now on. */
  touch: (field: TerminationField) => void;
  outcome: TerminationOutcome;
  /** A field's message: it waits until the person has been to the field or typed in it. */
  shownIssue: (field: TerminationField) => string | undefined;
  /** The problems of one plan year's box (`year:2003`) or of the pasted lines. */
  problemsOf: (source: string) => string[];
  /** Every problem of the pasted hours, once some are typed (service given as pasted lines). */
  listProblems: string[];
}

/** The leaving-participant form: what was typed, its outcome (worked out again on each change) and the messages to show. */
export function useTerminationForm(plan: PlanDefinition, words: ForfeituresWords) {
  const [form, setForm] = useState<Form>(EMPTY_TERMINATION_FORM);
  const { touched, touch } = useTouchedFields();
  const engine = useEngine();
  const outcome = useMemo(() => (engine ? engine.evaluateTermination(form, plan, words) : TERMINATION_BEFORE_RULES), [engine, form, plan, words]);

  const typedHours = form.hoursBy === "years" ? Object.values(form.hoursByYear).some((text) => text.trim() !== "") : form.hoursLines.trim() !== "";
  const fields: TerminationFields = {
    form,
    update: (patch) => setForm((before) => ({ ...before, ...patch })),
    touch,
    outcome,
    shownIssue: (field) => {
      const typed = field === "hours" ? typedHours : form[field].trim() !== "";
      return touched.has(field) || typed ? outcome.issues[field] : undefined;
    },
    problemsOf: (source) => outcome.hoursProblems.filter((problem) => problem.source === source).map((problem) => problem.message),
    listProblems: form.hoursBy === "lines" && typedHours ? outcome.hoursProblems.map((problem) => problem.message) : [],
  };
  return { fields, shown: fieldsShown(form.serviceBy) };
}
