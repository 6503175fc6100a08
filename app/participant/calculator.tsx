"use client";

import { lazy, startTransition, Suspense, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Field, type FieldKind } from "@/app/components/field";
import { todayIso } from "@/app/components/today";
import { formatUsd } from "@/lib/money";
import { readMoney } from "@/lib/parse";
import { fromFragment, initialState, presetPercent, TEXT_FIELDS, toFragment, type FormState, type MatchPreset, type ServiceBy, type TextField } from "@/lib/pages/participant/form";
import { yearFieldId, yearKey } from "@/lib/pages/participant/hours";
import { ageSentence, defaultYears, eligibilityNote, limitSection, stayOrGoSection, vestedToday, yearsAhead } from "@/lib/pages/participant/scenario";
import { FIELD_LABELS, readInputs } from "@/lib/pages/participant/validate";
import type { PlanDefinition } from "@/lib/plan/definition";
import { LimitSectionView, VestedTodaySection, YearsAheadSection } from "./results";
import styles from "./participant.module.css";

// The hours mode's rows and record load when that mode is chosen: the page stays light for the others.
const HoursForm = lazy(() => import("./hours-mode"));
const ServiceRecordCard = lazy(() => import("./hours-mode").then((module) => ({ default: module.ServiceRecordCard })));

/** The element id of a field: "f-balances-match"; an hours row's: "f-hoursByYear-2003". */
export function fieldId(field: string): string {
  const year = /^hoursByYear\.(\d{4})$/.exec(field);
  return year ? yearFieldId(Number(year[1])) : `f-${field.replace(/\./g, "-")}`;
}

/** The fields a link filled in: their messages show at once. */
function filledIn(state: FormState): string[] {
  const hours = state.hoursEntries ? state.hoursEntries.flatMap((_, index) => [`hours.${index}.date`, `hours.${index}.hours`]) : Object.keys(state.hoursByYear).map((year) => yearKey(Number(year)));
  return [...TEXT_FIELDS.filter((field) => state.text[field] !== ""), ...hours];
}

/** A fragment holds a scenario when it has fields; "#content" (the skip link) does not. */
function holdsScenario(hash: string): boolean {
  return hash.includes("=");
}

export function Calculator({ plan }: { plan: PlanDefinition }) {
  const reference = plan.match.referencePercentOfDeferrals;
  // The server renders the empty form; the fragment and today's date are read once mounted.
  const [state, setState] = useState<FormState>(() => initialState("", reference));
  const [ready, setReady] = useState(false);
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  // The fragment last copied: "Link copied." shows until the scenario changes.
  const [copiedFragment, setCopiedFragment] = useState<string | null>(null);
  // The latest state, for the hashchange listener registered once.
  const current = useRef(state);
  useEffect(() => {
    current.current = state;
  }, [state]);

  const load = useCallback(() => {
    const hash = window.location.hash;
    const next = holdsScenario(hash) ? fromFragment(hash, todayIso(), reference, plan.employers.map((employer) => employer.id)) : initialState(todayIso(), reference);
    setState(next);
    // Fields that came filled in from a link show their messages at once.
    setTouched(new Set(holdsScenario(hash) ? filledIn(next) : []));
  }, [reference, plan.employers]);

  useEffect(() => {
    // The fragment exists only in the browser (the server never sees it): read it once mounted.
    // This is synchronising with an external system, which the rule's heuristic cannot tell.
    // A transition: the page, already on screen, is recomputed in slices that leave the main thread
    // free for taps (one long task would block a slow phone for a fifth of a second).
    startTransition(() => {
      load();
      setReady(true);
    });
    const onHashChange = () => {
      if (holdsScenario(window.location.hash)) startTransition(load);
      else window.history.replaceState(null, "", `#${toFragment(current.current, reference)}`);
    };
    window.addEventListener("hashchange", onHashChange);
    return () => window.removeEventListener("hashchange", onHashChange);
  }, [load, reference]);

  // Editing updates the fragment in place: no navigation, no history entry, nothing sent anywhere.
  const fragment = useMemo(() => toFragment(state, reference), [state, reference]);
  useEffect(() => {
    if (!ready) return;
    window.history.replaceState(null, "", `${window.location.pathname}${window.location.search}#${fragment}`);
  }, [fragment, ready]);
  const copied = copiedFragment === fragment;

  const setText = useCallback((field: TextField, value: string) => {
    setState((previous) => ({ ...previous, text: { ...previous.text, [field]: value } }));
  }, []);
  // A message appearing while a pointer is pressed would move the fields under it: a blur caused
  // by a tap or click on another field shows its message once the tap is over.
  const pressed = useRef(false);
  const pending = useRef<string[]>([]);
  const show = useCallback((fields: readonly string[]) => {
    setTouched((previous) => (fields.every((field) => previous.has(field)) ? previous : new Set([...previous, ...fields])));
  }, []);
  useEffect(() => {
    const down = () => {
      pressed.current = true;
    };
    const up = () => {
      pressed.current = false;
      const fields = pending.current;
      pending.current = [];
      if (fields.length > 0) setTimeout(() => show(fields), 0);
    };
    window.addEventListener("pointerdown", down, true);
    window.addEventListener("pointerup", up, true);
    window.addEventListener("pointercancel", up, true);
    return () => {
      window.removeEventListener("pointerdown", down, true);
      window.removeEventListener("pointerup", up, true);
      window.removeEventListener("pointercancel", up, true);
    };
  }, [show]);
  const touch = useCallback(
    (field: string) => {
      if (pressed.current) pending.current.push(field);
      else show([field]);
    },
    [show],
  );
  const setYears = useCallback((hoursByYear: Record<string, string>) => {
    setState((previous) => ({ ...previous, hoursByYear, hoursEntries: null }));
  }, []);

  const { inputs, errors, warnings } = useMemo(() => readInputs(state), [state]);
  const errorFields = Object.keys(errors).filter((field) => errors[field] !== undefined);
  const shownError = (field: TextField) => (touched.has(field) ? errors[field] : undefined);
  const shownErrors = errorFields.filter((name) => touched.has(name));

  const results = useMemo(() => {
    if (!ready) return null;
    const today = vestedToday(inputs, plan);
    return {
      today,
      stay: stayOrGoSection(inputs, plan, today),
      limit: limitSection(inputs, plan),
      ahead: yearsAhead(inputs, plan),
      age: ageSentence(inputs, plan),
    };
  }, [inputs, plan, ready]);

  const yearsHint =
    inputs.birthDate && inputs.asOf && !errors.birthDate && !errors.asOf
      ? `Leave empty for age 65: ${defaultYears(inputs.birthDate, inputs.asOf, plan)} years.`
      : "Leave empty to project to age 65.";

  const field = (name: TextField, kind: FieldKind, extra: { hint?: string; suffix?: string } = {}) => (
    <Field
      id={fieldId(name)}
      name={name}
      label={FIELD_LABELS[name]}
      value={state.text[name]}
      onChange={(value) => setText(name, value)}
      onBlur={() => touch(name)}
      error={shownError(name)}
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
        </fieldset>

        <fieldset>
          <legend>Balances on the as-of date</legend>
          {field("balances.deferral", "money", { hint: "Money you put in from your pay before tax (deferrals), with its earnings." })}
          {field("balances.rollover", "money", { hint: "Money moved in from another plan (a rollover). Empty means $0." })}
          {field("balances.match", "money", { hint: "Money the employer added to match yours, with its earnings." })}
        </fieldset>

        <fieldset>
          <legend>Next year</legend>
          {field("compensation", "money", { hint: "Your pay for the plan year after the as-of date." })}
          {field("deferralPercent", "number", { suffix: "%", hint: `The part of your pay you put in. The plan allows up to ${plan.contributions.deferralPercentCap}%.` })}
          <fieldset className={styles.inner}>
            <legend>Employer match: the employer decides it each year (discretionary)</legend>
            {(
              [
                ["2002", `2002 rate: ${reference}% of deferrals`],
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
            The plan is terminated (everyone becomes fully vested, 11-K Note 5)
          </label>
        </fieldset>
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
        {shownErrors.length > 0 ? (
          <div className={styles.problems} role="status" data-testid="problems">
            <h2>Some entries need a fix</h2>
            <p>The figures that use them are hidden until then; the others are shown below.</p>
            <ul>
              {shownErrors.map((name) => (
                <li key={name}>
                  <button type="button" className={styles.linkButton} onClick={() => document.getElementById(fieldId(name))?.focus()}>
                    {errors[name]}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {results ? (
          <>
            <p className={styles.note}>{eligibilityNote(inputs, plan)}</p>
            {results.age ? (
              <p className={styles.callout} data-testid="age-sentence">
                {results.age}
              </p>
            ) : null}
            <div className={styles.cards}>
              <VestedTodaySection section={results.today} stay={results.stay} record={
                  results.today.ok && results.today.value.result.service ? (
                    <Suspense fallback={null}>
                      <ServiceRecordCard inputs={inputs} plan={plan} today={results.today.value} />
                    </Suspense>
                  ) : null
                } />
              <LimitSectionView section={results.limit} />
            </div>
            <YearsAheadSection section={results.ahead} asOf={inputs.asOf ?? ""} onChoose={chooseYear} plan={plan} />
          </>
        ) : (
          <p className={styles.missing}>Loading the calculator…</p>
        )}
      </div>
    </div>
  );
}

/** The inputs in words, shown only on paper, so a printed statement says what it assumed. */
function PrintSummary({ state, plan }: { state: FormState; plan: PlanDefinition }) {
  const t = state.text;
  const money = (text: string) => {
    if (text.trim() === "") return "$0.00";
    const read = readMoney(text);
    return read.ok ? formatUsd(read.value) : text;
  };
  const items: [string, string][] = [
    ["As-of date", t.asOf],
    ["Employer", plan.employers.find((employer) => employer.id === state.employer)?.name ?? state.employer],
    ["Birth date", t.birthDate || "not given"],
    state.serviceBy === "years" ? ["Years of service", t.yearsOfService || "not given"] : ["Employment start date", t.employmentStartDate || "not given"],
    ...(state.serviceBy === "hours"
      ? [["Hours", state.hoursEntries ? `${state.hoursEntries.length} dated entries` : Object.entries(state.hoursByYear).filter(([, hours]) => hours.trim() !== "").map(([year, hours]) => `${year}: ${hours}`).join("; ") || "not given"] as [string, string]]
      : []),
    ["Balances", `deferrals ${money(t["balances.deferral"])}, rollovers ${money(t["balances.rollover"])}, match ${money(t["balances.match"])}`],
    ["Next year's pay", t.compensation ? money(t.compensation) : "not given"],
    ["Deferral", t.deferralPercent ? `${t.deferralPercent}%` : "not given"],
    ["Match", `${t.matchPercentOfDeferral || "?"}% of deferrals${state.matchPreset === "2002" ? ` (the ${plan.match.referenceYear} rate)` : ""}`],
    ["Return, salary growth", `${t.annualReturnPercent}% and ${t.salaryGrowthPercent}% a year`],
    ["Inflation", t.inflationPercent ? `${t.inflationPercent}% a year` : "not shown"],
    ["Plan terminated", state.planTerminated ? "yes" : "no"],
  ];
  return (
    <section className={styles.printOnly} aria-hidden="true">
      <h2>Your figures</h2>
      <dl className={styles.summary}>
        {items.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
