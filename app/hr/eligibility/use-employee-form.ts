import { useMemo, useState } from "react";
import { useTouchedFields } from "@/app/components/use-touched-fields";
import type { PlanDefinition } from "@/lib/plan/definition";
import { ANSWER_BEFORE_RULES, EMPTY_EMPLOYEE_FORM as EMPTY } from "@/lib/pages/hr-eligibility/before-rules";
import type { EmployeeForm } from "@/lib/pages/hr-eligibility/single";
import { useToday } from "@/app/components/today";
import type { PageWords } from "@/lib/pages/hr-eligibility/words";
import { useEngine } from "./use-engine";

/** plan-rules' worked example: born 1980-02-29, started 2002-03-15, 1,040 hours in the first 12 months. */
const EXAMPLE: EmployeeForm = {
  ...EMPTY,
  birthDate: "1980-02-29",
  employmentStartDate: "2002-03-15",
  asOf: "2003-06-30",
  rows: [
    { date: "2002-09-30", hours: "520" },
    { date: "2003-03-14", hours: "520" },
  ],
};

/** What a part of the form needs to show and change its fields. */
export interface FormFields {
  form: EmployeeForm;
  update: (patch: Partial<EmployeeForm>) => void;
  /** The person has left this field: its messages show from now on. */
  touch: (key: string) => void;
  /** A field's messages: "is required" waits until the person has been to the field. */
  messages: (key: string, value: string) => string[] | undefined;
}

/** The one-employee form: what was typed, its answer (worked out again on each change) and the messages to show. */
export function useEmployeeForm(plan: PlanDefinition, words: PageWords) {
  const today = useToday();
  /** The form as typed; its as-of date is null until typed (today is the default). */
  const [typed, setForm] = useState<Omit<EmployeeForm, "asOf"> & { asOf: string | null }>({ ...EMPTY, asOf: null });
  const { touched, touch, reset } = useTouchedFields();
  const form: EmployeeForm = useMemo(() => ({ ...typed, asOf: typed.asOf ?? today }), [typed, today]);
  const engine = useEngine();
  const answer = useMemo(() => (engine ? engine.answerForm(form, plan, words) : ANSWER_BEFORE_RULES), [engine, form, plan, words]);

  const fields: FormFields = {
    form,
    update: (patch) => setForm((current) => ({ ...current, ...patch })),
    touch,
    messages: (key, value) => {
      const list = answer.issues[key];
      if (!list) return undefined;
      if (value.trim() === "" && !touched.has(key)) return undefined;
      return list;
    },
  };
  const fillExample = () => setForm(EXAMPLE);
  const clear = () => {
    setForm({ ...EMPTY, asOf: null });
    reset();
  };
  return { fields, answer, periodLines: engine?.periodLines ?? null, fillExample, clear };
}
