"use client";

import { Suspense, useCallback, useMemo, useState, type ComponentType, type Dispatch, type ReactNode, type SetStateAction } from "react";
import { Field, type FieldKind } from "@/app/components/field";
import { formatUsd } from "@/lib/money";
import { useTouchedFields } from "@/app/components/use-touched-fields";
import { presetPercent, type FormState, type MatchPreset, type ServiceBy, type TextField } from "@/lib/pages/participant/form";
import { yearFieldId, yearOfKey } from "@/lib/pages/participant/hours";
import { ageSentence, defaultYears, eligibilityNote, limitSection, stayOrGoSection, vestedToday, yearsAhead } from "@/lib/pages/participant/scenario";
import { readInputs, type ParticipantInputs } from "@/lib/pages/participant/validate";
import type { ParticipantWords } from "@/lib/pages/participant/words";
import type { PlanDefinition } from "@/lib/plan/definition";
import { PrintSummary } from "./print-summary";
import type { ParticipantText } from "./text";
import type { HoursFormProps, ServiceRecordProps } from "./hours-mode";
import { LimitSectionView, VestedTodaySection, YearsAheadSection } from "./results";
import { useScenarioFragment } from "./use-scenario-fragment";
import styles from "./participant.module.css";

// The hours mode's rows and record load when that mode is chosen: the page stays light for the others.
/** The hours rows and the service record, with their language's words, loaded when first shown (calculator-<language>.tsx). */
export interface HoursMode {
  Form: ComponentType<Omit<HoursFormProps, "words">>;
  Card: ComponentType<Omit<ServiceRecordProps, "words">>;
}

/** The element id of a field: "f-balances-match"; an hours row's: "f-hoursByYear-2003". */
export function fieldId(field: string): string {
  const year = yearOfKey(field);
  return year !== null ? yearFieldId(year) : `f-${field.replace(/\./g, "-")}`;
}

/** One of the form's text fields, with its label, value, message and hint. */
type FieldOf = (name: TextField, kind: FieldKind, extra?: { hint?: string; suffix?: string }) => ReactNode;
type SetState = Dispatch<SetStateAction<FormState>>;
type Errors = ReturnType<typeof readInputs>["errors"];

export interface CalculatorProps {
  plan: PlanDefinition;
  /** The page's static strings, in its language (messages "participant.client"). */
  text: ParticipantText;
  /** The sentences the browser fills with figures, in the page's language (calculator-en.tsx, calculator-es.tsx). */
  words: ParticipantWords;
  hoursMode: HoursMode;
}

export function Calculator({ plan, text, words, hoursMode }: CalculatorProps) {
  const { Form: HoursForm, Card: ServiceRecordCard } = hoursMode;
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

  const { inputs, errors, warnings } = useMemo(() => readInputs(state, words), [state, words]);
  const errorFields = Object.keys(errors).filter((field) => errors[field] !== undefined);
  const shownErrors = errorFields.filter((name) => touched.has(name));

  const results = useMemo(() => (ready ? scenarioResults(inputs, plan, words) : null), [inputs, plan, ready, words]);
  const labels = useMemo(() => words.fieldLabels(), [words]);

  const field: FieldOf = (name, kind, extra = {}) => (
    <Field
      id={fieldId(name)}
      name={name}
      label={labels[name]}
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
  const sectionProps = { state, setState, field, plan, text, words };

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
      <form className={`${styles.form} no-print`} onSubmit={(event) => event.preventDefault()} aria-label={text.formLabel}>
        <button type="button" className={styles.jump} onClick={() => showResults()}>
          {text.jump}
        </button>
        <p className={styles.lead}>{text.lead}</p>
        <YouFieldset {...sectionProps} />
        <ServiceFieldset {...sectionProps}>
          {state.serviceBy === "hours" ? (
            <Suspense fallback={<p className={styles.hint}>{text.loadingHours}</p>}>
              <HoursForm
                text={text}
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
          <legend>{text.balancesLegend}</legend>
          {field("balances.deferral", "money", { hint: text.deferralBalanceHint })}
          {field("balances.rollover", "money", { hint: text.rolloverBalanceHint })}
          {field("balances.match", "money", { hint: text.matchBalanceHint })}
        </fieldset>

        <NextYearFieldset {...sectionProps} />
        <AssumptionsFieldset {...sectionProps} yearsHint={yearsHint(inputs, errors, plan, words)} />
        <StickySummary results={results} onShow={showResults} text={text} words={words} />
      </form>

      <div className={styles.results} id="results" tabIndex={-1} role="region" aria-label={text.resultsLabel}>
        <div className={`${styles.actions} no-print`}>
          <button type="button" onClick={copyLink}>
            {text.copyLink}
          </button>
          <button type="button" onClick={() => window.print()}>
            {text.print}
          </button>
          <span aria-live="polite" className={styles.hint}>
            {copied ? text.copied : ""}
          </span>
        </div>
        <PrintSummary state={state} plan={plan} text={text} words={words} />
        <FixList errors={errors} fields={shownErrors} text={text} />
        {results ? (
          <Figures results={results} inputs={inputs} plan={plan} onChoose={chooseYear} onCountByHours={countByHours} text={text} words={words} ServiceRecordCard={ServiceRecordCard} />
        ) : (
          <p className={styles.missing}>{text.loading}</p>
        )}
      </div>
    </div>
  );
}

/**
 * On a phone the figures come after a long form: a bar held at the bottom of the screen while the
 * form is in view gives the first figure as it changes (so a change is seen to work) and a way to
 * all of them. Hidden beside the form on a wide screen.
 */
function StickySummary({ results, onShow, text, words }: { results: ReturnType<typeof scenarioResults> | null; onShow: () => void; text: ParticipantText; words: ParticipantWords }) {
  const today = results?.today;
  const said = !today
    ? text.loading
    : today.ok
      ? words.stickyVested(formatUsd(today.value.result.vested.total), formatUsd(today.value.result.balance), today.value.result.vestedPercent)
      : today.missing;
  return (
    <div className={styles.stickySummary} data-testid="sticky-summary">
      <span role="status">{said}</span>
      <button type="button" onClick={onShow}>
        {text.seeFigures}
      </button>
    </div>
  );
}

/** Every figure the results column shows, from the inputs read. */
function scenarioResults(inputs: ParticipantInputs, plan: PlanDefinition, words: ParticipantWords) {
  const today = vestedToday(inputs, plan, words);
  return {
    today,
    stay: stayOrGoSection(inputs, plan, today, words),
    limit: limitSection(inputs, plan, words),
    ahead: yearsAhead(inputs, plan, words),
    age: ageSentence(inputs, plan, words),
  };
}

/** The figures: the eligibility note, the age sentence, what is vested today, the limit and the years ahead. */
function Figures({ results, inputs, plan, onChoose, onCountByHours, text, words, ServiceRecordCard }: {
  text: ParticipantText;
  words: ParticipantWords;
  ServiceRecordCard: HoursMode["Card"];
  results: ReturnType<typeof scenarioResults>;
  inputs: ParticipantInputs;
  plan: PlanDefinition;
  onChoose: (year: number) => void;
  onCountByHours: () => void;
}) {
  return (
    <>
      <p className={styles.note}>{eligibilityNote(inputs, plan, words)}</p>
      {results.age ? (
        <p className={styles.callout} data-testid="age-sentence">
          {results.age}
        </p>
      ) : null}
      <div className={styles.cards}>
        <VestedTodaySection section={results.today} stay={results.stay} onCountByHours={onCountByHours} text={text} words={words} record={
            results.today.ok && results.today.value.result.service ? (
              <Suspense fallback={null}>
                <ServiceRecordCard inputs={inputs} plan={plan} today={results.today.value} text={text} />
              </Suspense>
            ) : null
          } />
        <LimitSectionView section={results.limit} text={text} words={words} />
      </div>
      <YearsAheadSection section={results.ahead} asOf={inputs.asOf ?? ""} onChoose={onChoose} text={text} words={words} />
    </>
  );
}

/** The projection's default length, in the hint of the years field once the dates read. */
function yearsHint(inputs: ParticipantInputs, errors: Errors, plan: PlanDefinition, words: ParticipantWords): string {
  return words.yearsHint(inputs.birthDate && inputs.asOf && !errors.birthDate && !errors.asOf ? defaultYears(inputs.birthDate, inputs.asOf, plan) : null);
}

interface SectionProps {
  state: FormState;
  setState: SetState;
  field: FieldOf;
  plan: PlanDefinition;
  text: ParticipantText;
  words: ParticipantWords;
}

/** The fields touched that need a fix, each a button to its field. */
function FixList({ errors, fields, text }: { errors: Errors; fields: string[]; text: ParticipantText }) {
  if (fields.length === 0) return null;
  return (
    <div className={styles.problems} role="status" data-testid="problems">
      <h2>{text.fixHeading}</h2>
      <p>{text.fixLead}</p>
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

function YouFieldset({ state, setState, field, plan, text, words }: SectionProps) {
  return (
    <fieldset>
      <legend>{text.youLegend}</legend>
      {field("asOf", "date", { hint: text.asOfHint })}
      <div className={styles.field}>
        <label htmlFor="f-employer">{text.employer}</label>
        <select id="f-employer" name="employer" value={state.employer} onChange={(event) => setState((previous) => ({ ...previous, employer: event.target.value }))}>
          {plan.employers.map((employer) => (
            <option key={employer.id} value={employer.id}>
              {words.employerShortName(employer)}
            </option>
          ))}
        </select>
      </div>
      {field("birthDate", "date")}
      <p className={styles.hint}>{text.inteliantHint}</p>
    </fieldset>
  );
}

/** How service is given: years, a start date, or hours each plan year (`children`: the hours rows). */
function ServiceFieldset({ state, setState, field, text, children }: SectionProps & { children: ReactNode }) {
  return (
    <fieldset>
      <legend>{text.serviceLegend}</legend>
      <div className={styles.choices}>
        {(
          [
            ["years", text.byYears],
            ["start", text.byStart],
            ["hours", text.byHours],
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
        ? field("yearsOfService", "number", { hint: text.yearsOfServiceHint })
        : field("employmentStartDate", "date", { hint: state.serviceBy === "hours" ? text.startHintHours : text.startHint })}
      {children}
    </fieldset>
  );
}

function NextYearFieldset({ state, setState, field, plan, text, words }: SectionProps) {
  const reference = plan.match.referencePercentOfDeferrals;
  return (
    <fieldset>
      <legend>{text.nextYearLegend}</legend>
      {field("compensation", "money", { hint: text.compensationHint })}
      {field("deferralPercent", "number", { suffix: "%", hint: words.deferralHint(plan.contributions.deferralPercentCap) })}
      <fieldset className={styles.inner}>
        <legend>{text.matchLegend}</legend>
        {(
          [
            ["2002", words.referenceRate(plan.match.referenceYear, reference)],
            ["none", text.matchNone],
            ["custom", text.matchCustom],
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
        <p className={styles.hint}>{words.matchBasis(plan)}</p>
        {state.matchPreset === "custom" ? field("matchPercentOfDeferral", "number", { suffix: "%", hint: words.customMatchHint(reference) }) : null}
      </fieldset>
    </fieldset>
  );
}

function AssumptionsFieldset({ state, setState, field, yearsHint, plan, text, words }: SectionProps & { yearsHint: string }) {
  return (
    <fieldset>
      <legend>{text.assumptionsLegend}</legend>
      {field("annualReturnPercent", "number", { suffix: "%", hint: text.returnHint })}
      {field("salaryGrowthPercent", "number", { suffix: "%", hint: text.growthHint })}
      {field("years", "number", { hint: yearsHint })}
      {field("inflationPercent", "number", { suffix: "%", hint: text.inflationHint })}
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
        {words.terminatedChoice(plan.vesting.terminationCitation)}
      </label>
    </fieldset>
  );
}
