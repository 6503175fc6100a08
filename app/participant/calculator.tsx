"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { formatUsd } from "@/lib/money";
import { readMoney } from "@/lib/parse";
import { fromFragment, initialState, presetPercent, TEXT_FIELDS, toFragment, type FormState, type MatchPreset, type ServiceBy, type TextField } from "@/lib/pages/participant/form";
import { defaultYears, eligibilityNote, limitSection, stayOrGoSection, vestedToday, yearsAhead } from "@/lib/pages/participant/scenario";
import { FIELD_LABELS, readInputs } from "@/lib/pages/participant/validate";
import type { PlanDefinition } from "@/lib/plan/definition";
import { fieldId, TextInput } from "./fields";
import { LimitSectionView, VestedTodaySection, YearsAheadSection } from "./results";
import styles from "./participant.module.css";

/** Today's date in the person's own calendar, as YYYY-MM-DD: the default as-of date. */
function todayIso(): string {
  const now = new Date();
  return `${String(now.getFullYear()).padStart(4, "0")}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
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
  const [touched, setTouched] = useState<ReadonlySet<TextField>>(() => new Set());
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
    setTouched(new Set(holdsScenario(hash) ? TEXT_FIELDS.filter((field) => next.text[field] !== "") : []));
  }, [reference, plan.employers]);

  useEffect(() => {
    // The fragment exists only in the browser (the server never sees it): read it once mounted.
    // This is synchronising with an external system, which the rule's heuristic cannot tell.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    load();
    setReady(true);
    const onHashChange = () => {
      if (holdsScenario(window.location.hash)) load();
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
  const touch = useCallback((field: TextField) => {
    setTouched((previous) => (previous.has(field) ? previous : new Set(previous).add(field)));
  }, []);

  const { inputs, errors } = useMemo(() => readInputs(state), [state]);
  const errorFields = TEXT_FIELDS.filter((field) => errors[field] !== undefined);
  const shownError = (field: TextField) => (touched.has(field) ? errors[field] : undefined);
  const blocked = errorFields.length > 0;

  const results = useMemo(() => {
    if (!ready || blocked) return null;
    const today = vestedToday(inputs, plan);
    return {
      today,
      stay: stayOrGoSection(inputs, plan, today),
      limit: limitSection(inputs, plan),
      ahead: yearsAhead(inputs, plan),
    };
  }, [inputs, plan, ready, blocked]);

  const yearsHint =
    inputs.birthDate && inputs.asOf && !errors.birthDate && !errors.asOf
      ? `Leave empty for age 65: ${defaultYears(inputs.birthDate, inputs.asOf, plan)} years.`
      : "Leave empty to project to age 65.";

  const field = (name: TextField, kind: "date" | "money" | "number", extra: { hint?: string; suffix?: string; autoComplete?: string; placeholder?: string } = {}) => (
    <TextInput
      field={name}
      label={FIELD_LABELS[name]}
      value={state.text[name]}
      onChange={setText}
      onBlur={touch}
      error={shownError(name)}
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
          <legend>Vesting service: give one</legend>
          <div className={styles.choices}>
            {(
              [
                ["years", "Completed years of service"],
                ["start", "Employment start date"],
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
            ? field("yearsOfService", "number", { hint: "Completed years of vesting service; 3.9 counts as 3." })
            : field("employmentStartDate", "date", { hint: "The day of your first hour of service." })}
        </fieldset>

        <fieldset>
          <legend>Balances on the as-of date</legend>
          {field("balances.deferral", "money", { hint: "Your own pre-tax contributions and their earnings." })}
          {field("balances.rollover", "money", { hint: "Money rolled in from another plan. Empty means $0." })}
          {field("balances.match", "money", { hint: "Employer matching contributions and their earnings." })}
        </fieldset>

        <fieldset>
          <legend>Next year</legend>
          {field("compensation", "money", { hint: "Your pay for the plan year after the as-of date." })}
          {field("deferralPercent", "number", { suffix: "%", hint: `Of pay. The plan allows up to ${plan.contributions.deferralPercentCap}%.` })}
          <fieldset className={styles.inner}>
            <legend>Employer match (discretionary)</legend>
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
          {field("annualReturnPercent", "number", { suffix: "%", hint: "A year, after fees." })}
          {field("salaryGrowthPercent", "number", { suffix: "%", hint: "A year." })}
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
        {blocked ? (
          <div className={styles.problems} role="status" data-testid="problems">
            <h2>No figures yet</h2>
            {errorFields.some((name) => touched.has(name)) ? (
              <>
                <p>Some entries need attention before any figure is shown:</p>
                <ul>
                  {errorFields
                    .filter((name) => touched.has(name))
                    .map((name) => (
                      <li key={name}>
                        <button type="button" className={styles.linkButton} onClick={() => document.getElementById(fieldId(name))?.focus()}>
                          {errors[name]}
                        </button>
                      </li>
                    ))}
                </ul>
              </>
            ) : (
              <p>Finish typing {errorFields.map((name) => FIELD_LABELS[name].toLowerCase()).join(", ")} to see the figures.</p>
            )}
          </div>
        ) : results ? (
          <>
            <p className={styles.note}>{eligibilityNote(inputs, plan)}</p>
            <div className={styles.cards}>
              <VestedTodaySection section={results.today} stay={results.stay} />
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
