"use client";

import { lazy, Suspense, useCallback, useMemo, useState, type Dispatch, type ReactNode, type SetStateAction } from "react";
import { Field, type FieldKind } from "@/app/components/field";
import { formatUsd } from "@/lib/money";
import { useTouchedFields } from "@/app/components/use-touched-fields";
import { presetPercent, type FormState, type MatchPreset, type ServiceBy, type TextField } from "@/lib/pages/participant/form";
import { yearFieldId, yearOfKey } from "@/lib/pages/participant/hours";
import { ageSentence, defaultYears, eligibilityNote, limitSection, stayOrGoSection, vestedToday, yearsAhead } from "@/lib/pages/participant/scenario";
import { FIELD_LABELS, readInputs, type ParticipantInputs } from "@/lib/pages/participant/validate";
import type { PlanDefinition } from "@/lib/plan/definition";
import { PrintSummary } from "./print-summary";
import { LimitSectionView, VestedTodaySection, YearsAheadSection } from "./results";
import { useScenarioFragment } from "./use-scenario-fragment";
import styles from "./participant.module.css";

// The hours mode's rows and record load when that mode is chosen: the page stays light for the others.
const HoursForm = lazy(() => import("./hours-mode"));
const ServiceRecordCard = lazy(() => import("./hours-mode").then((module) => ({ default: module.ServiceRecordCard })));

/** The element id of a field: "f-balances-match"; an hours row's: "f-hoursByYear-2003". */
export function fieldId(field: string): string {
  const year = yearOfKey(field);
  return year !== null ? yearFieldId(year) : `f-${field.replace(/\./g, "-")}`;
}

/** One of the form's text fields, with its label, value, message and hint. */
type FieldOf = (name: TextField, kind: FieldKind, extra?: { hint?: string; suffix?: string }) => ReactNode;
type SetState = Dispatch<SetStateAction<FormState>>;
type Errors = ReturnType<typeof readInputs>["errors"];

export function Calculator({ plan }: { plan: PlanDefinition }) {
  const { touched, touch, reset } = useTouchedFields({ holdWhilePressed: true });
  // The server renders the empty form; the fragment and today's date are read once mounted.
  const { state, setState, ready, fragment } = useScenarioFragment(plan, reset);
  // The fragment last copied: "Link copied." shows until the scenario changes.
  const [copiedFragment, setCopiedFragment] = useState<string | null>(null);
  const copied = copiedFragment === fragment;

  const setText = useCallback(
    (field: TextField, value: string) => setState((previous) => ({ ...previous, text: { ...previous.text, [field]: value } })),
    [setState],
  );
  const setYears = useCallback((hoursByYear: Record<string, string>) => setState((previous) => ({ ...previous, hoursByYear, hoursEntries: null })), [setState]);

  const { inputs, errors, warnings } = useMemo(() => readInputs(state), [state]);
  const errorFields = Object.keys(errors).filter((field) => errors[field] !== undefined);
  const shownErrors = errorFields.filter((name) => touched.has(name));

  const results = useMemo(() => (ready ? scenarioResults(inputs, plan) : null), [inputs, plan, ready]);

  const field: FieldOf = (name, kind, extra = {}) => (
    <Field
      id={fieldId(name)}
      name={name}
      label={FIELD_LABELS[name]}
      value={state.text[name]}
      onChange={(value) => setText(name, value)}
      onBlur={() => touch(name)}
      error={touched.has(name) ? errors[name] : undefined}
      warning={touched.has(name) ? warnings[name] : undefined}
      kind={kind}
      {...extra}
    />
  );

  const showResults = () => {
    const results = document.getElementById("results");
    results?.scrollIntoView({ block: "start" });
    results?.focus({ preventScroll: true });
  };

  const chooseYear = (year: number) => setText("leaveYear", String(year));

  /** One tap from a start date or a number of years to the plan's own count: the hours boxes, with the focus on the choice. */
  const countByHours = () => {
    setState((previous) => ({ ...previous, serviceBy: "hours" }));
    const choice = document.querySelector<HTMLInputElement>('input[name="serviceBy"][value="hours"]');
    choice?.scrollIntoView({ block: "center" });
    choice?.focus({ preventScroll: true });
  };

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopiedFragment(fragment);
    } catch {
      setCopiedFragment(null);
    }
  };

  return (
    <div className={styles.layout}>
      <form className={`${styles.form} no-print`} onSubmit={(event) => event.preventDefault()} aria-label="Your figures">
        <button type="button" className={styles.jump} onClick={() => showResults()}>
          Jump to your figures
        </button>
        <p className={styles.lead}>
          Figures update as you type. They stay in this page&apos;s address (after the #), so you can bookmark or share the link; nothing
          is sent to a server.
        </p>
        <YouFieldset state={state} setState={setState} field={field} plan={plan} />
        <ServiceFieldset state={state} setState={setState} field={field}>
          {state.serviceBy === "hours" ? (
            <Suspense fallback={<p className={styles.hint}>Loading the rows for your hours…</p>}>
              <HoursForm
                state={state}
                start={errors.employmentStartDate ? null : inputs.employmentStartDate}
                asOf={errors.asOf ? null : inputs.asOf}
                errors={errors}
                touched={touched}
                onTouch={touch}
                onYears={setYears}
              />
            </Suspense>
          ) : null}
        </ServiceFieldset>
        <fieldset>
          <legend>Balances on the as-of date</legend>
          {field("balances.deferral", "money", { hint: "Money you put in from your pay before tax (deferrals), with its earnings." })}
          {field("balances.rollover", "money", { hint: "Money moved in from another plan (a rollover). Empty means $0." })}
          {field("balances.match", "money", { hint: "Money the employer added to match yours, with its earnings." })}
        </fieldset>

        <NextYearFieldset state={state} setState={setState} field={field} plan={plan} />
        <AssumptionsFieldset state={state} setState={setState} field={field} yearsHint={yearsHint(inputs, errors, plan)} plan={plan} />
        <StickySummary results={results} onShow={showResults} />
      </form>

      <div className={styles.results} id="results" tabIndex={-1} role="region" aria-label="Your results">
        <div className={`${styles.actions} no-print`}>
          <button type="button" onClick={copyLink}>
            Copy link to these figures
          </button>
          <button type="button" onClick={() => window.print()}>
            Print a statement
          </button>
          <span aria-live="polite" className={styles.hint}>
            {copied ? "Link copied." : ""}
          </span>
        </div>
        <PrintSummary state={state} plan={plan} />
        <FixList errors={errors} fields={shownErrors} />
        {results ? <Figures results={results} inputs={inputs} plan={plan} onChoose={chooseYear} onCountByHours={countByHours} /> : <p className={styles.missing}>Loading the calculator…</p>}
      </div>
    </div>
  );
}

/**
 * On a phone the figures come after a long form: a bar held at the bottom of the screen while the
 * form is in view gives the first figure as it changes (so a change is seen to work) and a way to
 * all of them. Hidden beside the form on a wide screen.
 */
function StickySummary({ results, onShow }: { results: ReturnType<typeof scenarioResults> | null; onShow: () => void }) {
  const today = results?.today;
  const text = !today
    ? "Loading the calculator…"
    : today.ok
      ? `Vested today: ${formatUsd(today.value.result.vested.total)} of ${formatUsd(today.value.result.balance)} (match ${today.value.result.vestedPercent}% vested)`
      : today.missing;
  return (
    <div className={styles.stickySummary} data-testid="sticky-summary">
      <span role="status">{text}</span>
      <button type="button" onClick={onShow}>
        See your figures
      </button>
    </div>
  );
}

/** Every figure the results column shows, from the inputs read. */
function scenarioResults(inputs: ParticipantInputs, plan: PlanDefinition) {
  const today = vestedToday(inputs, plan);
  return { today, stay: stayOrGoSection(inputs, plan, today), limit: limitSection(inputs, plan), ahead: yearsAhead(inputs, plan), age: ageSentence(inputs, plan) };
}

/** The figures: the eligibility note, the age sentence, what is vested today, the limit and the years ahead. */
function Figures({ results, inputs, plan, onChoose, onCountByHours }: {
  results: ReturnType<typeof scenarioResults>;
  inputs: ParticipantInputs;
  plan: PlanDefinition;
  onChoose: (year: number) => void;
  onCountByHours: () => void;
}) {
  return (
    <>
      <p className={styles.note}>{eligibilityNote(inputs, plan)}</p>
      {results.age ? (
        <p className={styles.callout} data-testid="age-sentence">
          {results.age}
        </p>
      ) : null}
      <div className={styles.cards}>
        <VestedTodaySection section={results.today} stay={results.stay} onCountByHours={onCountByHours} record={
            results.today.ok && results.today.value.result.service ? (
              <Suspense fallback={null}>
                <ServiceRecordCard inputs={inputs} plan={plan} today={results.today.value} />
              </Suspense>
            ) : null
          } />
        <LimitSectionView section={results.limit} />
      </div>
      <YearsAheadSection section={results.ahead} asOf={inputs.asOf ?? ""} onChoose={onChoose} />
    </>
  );
}

/** The projection's default length, in the hint of the years field once the dates read. */
function yearsHint(inputs: ParticipantInputs, errors: Errors, plan: PlanDefinition): string {
  return inputs.birthDate && inputs.asOf && !errors.birthDate && !errors.asOf
    ? `Leave empty for age 65: ${defaultYears(inputs.birthDate, inputs.asOf, plan)} years.`
    : "Leave empty to project to age 65.";
}

interface SectionProps {
  state: FormState;
  setState: SetState;
  field: FieldOf;
}

/** The fields touched that need a fix, each a button to its field. */
function FixList({ errors, fields }: { errors: Errors; fields: string[] }) {
  if (fields.length === 0) return null;
  return (
    <div className={styles.problems} role="status" data-testid="problems">
      <h2>Some entries need a fix</h2>
      <p>The figures that use them are hidden until then; the others are shown below.</p>
      <ul>
        {fields.map((name) => (
          <li key={name}>
            <button type="button" className={styles.linkButton} onClick={() => document.getElementById(fieldId(name))?.focus()}>
              {errors[name]}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function YouFieldset({ state, setState, field, plan }: SectionProps & { plan: PlanDefinition }) {
  return (
    <fieldset>
      <legend>You</legend>
      {field("asOf", "date", { hint: "The day to value your account on. Default: today." })}
      <div className={styles.field}>
        <label htmlFor="f-employer">Employer</label>
        <select id="f-employer" name="employer" value={state.employer} onChange={(event) => setState((previous) => ({ ...previous, employer: event.target.value }))}>
          {plan.employers.map((employer) => (
            <option key={employer.id} value={employer.id}>
              {employer.shortName}
            </option>
          ))}
        </select>
      </div>
      {field("birthDate", "date")}
      <p className={styles.hint}>Inteliant has its own eligibility rule; for the plan, every other subsidiary counts as SOS.</p>
    </fieldset>
  );
}

/** How service is given: years, a start date, or hours each plan year (`children`: the hours rows). */
function ServiceFieldset({ state, setState, field, children }: SectionProps & { children: ReactNode }) {
  return (
    <fieldset>
      <legend>Your service (it decides how much of the match is yours): give one</legend>
      <div className={styles.choices}>
        {(
          [
            ["years", "Completed years of service"],
            ["start", "Employment start date"],
            ["hours", "Hours in each plan year (best with gaps, part-time work or a rehire)"],
          ] as [ServiceBy, string][]
        ).map(([value, text]) => (
          <label key={value} className={styles.choice}>
            <input
              type="radio"
              name="serviceBy"
              value={value}
              checked={state.serviceBy === value}
              onChange={() => setState((previous) => ({ ...previous, serviceBy: value }))}
            />
            {text}
          </label>
        ))}
      </div>
      {state.serviceBy === "years"
        ? field("yearsOfService", "number", { hint: "Whole years that count for vesting; 3.9 counts as 3." })
        : field("employmentStartDate", "date", {
            hint: state.serviceBy === "hours" ? "Your very first day of work, even if you left and came back later." : "The day of your first hour of service.",
          })}
      {children}
    </fieldset>
  );
}

function NextYearFieldset({ state, setState, field, plan }: SectionProps & { plan: PlanDefinition }) {
  const reference = plan.match.referencePercentOfDeferrals;
  return (
    <fieldset>
      <legend>Next year</legend>
      {field("compensation", "money", { hint: "Your pay for the plan year after the as-of date." })}
      {field("deferralPercent", "number", { suffix: "%", hint: `The part of your pay you put in. The plan allows up to ${plan.contributions.deferralPercentCap}%.` })}
      <fieldset className={styles.inner}>
        <legend>Employer match: the employer decides it each year (discretionary)</legend>
        {(
          [
            ["2002", `${plan.match.referenceYear} rate: ${reference}% of deferrals`],
            ["none", "None"],
            ["custom", "My own figure"],
          ] as [MatchPreset, string][]
        ).map(([value, text]) => (
          <label key={value} className={styles.choice}>
            <input
              type="radio"
              name="matchPreset"
              value={value}
              checked={state.matchPreset === value}
              onChange={() =>
                setState((previous) => ({
                  ...previous,
                  matchPreset: value,
                  text: { ...previous.text, matchPercentOfDeferral: presetPercent(value, reference) ?? previous.text.matchPercentOfDeferral },
                }))
              }
            />
            {text}
          </label>
        ))}
        <p className={styles.hint}>
          {plan.match.referenceBasis} ({plan.match.citation}) Not a promise: the match is at the sponsor&apos;s discretion.
        </p>
        {state.matchPreset === "custom" ? field("matchPercentOfDeferral", "number", { suffix: "%", hint: `Of your deferral, such as ${reference} or 50.` }) : null}
      </fieldset>
    </fieldset>
  );
}

function AssumptionsFieldset({ state, setState, field, yearsHint, plan }: SectionProps & { yearsHint: string; plan: PlanDefinition }) {
  return (
    <fieldset>
      <legend>Assumptions</legend>
      {field("annualReturnPercent", "number", { suffix: "%", hint: "How much the account earns a year, after fees." })}
      {field("salaryGrowthPercent", "number", { suffix: "%", hint: "How much your pay rises a year." })}
      {field("years", "number", { hint: yearsHint })}
      {field("inflationPercent", "number", { suffix: "%", hint: "Optional: shows the years ahead in today's dollars too." })}
      <label className={styles.choice}>
        <input
          type="checkbox"
          id="f-planTerminated"
          name="planTerminated"
          checked={state.planTerminated}
          onChange={(event) => {
            const checked = event.target.checked;
            setState((previous) => ({ ...previous, planTerminated: checked }));
          }}
        />
        The plan is terminated (everyone becomes fully vested, {plan.vesting.terminationCitation})
      </label>
    </fieldset>
  );
}
