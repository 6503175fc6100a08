import { startTransition, useCallback, useEffect, useMemo, useState } from "react";
import { todayIso } from "@/app/components/today";
import { fromFragment, initialState, TEXT_FIELDS, toFragment, type FormState } from "@/lib/pages/participant/form";
import { yearKey } from "@/lib/pages/participant/hours";
import type { PlanDefinition } from "@/lib/plan/definition";

/** The fields a link filled in: their messages show at once. */
function filledIn(state: FormState): string[] {
  const hours = state.hoursEntries ? state.hoursEntries.flatMap((_, index) => [`hours.${index}.date`, `hours.${index}.hours`]) : Object.keys(state.hoursByYear).map((year) => yearKey(Number(year)));
  return [...TEXT_FIELDS.filter((field) => state.text[field] !== ""), ...hours];
}

/** A fragment holds a scenario when it has fields; "#content" (the skip link) does not. */
function holdsScenario(hash: string): boolean {
  return hash.includes("=");
}

/**
 * The calculator's scenario, kept in the page's address after the # (never sent anywhere): read
 * once mounted and whenever the fragment is changed by hand, written back in place as it is
 * edited. `showFields` is told which fields a link filled in (their messages show at once).
 * `ready` is false until the fragment and today's date have been read (the server renders the
 * empty form).
 */
export function useScenarioFragment(plan: PlanDefinition, showFields: (fields: readonly string[]) => void) {
  const reference = plan.match.referencePercentOfDeferrals;
  const [state, setState] = useState<FormState>(() => initialState("", reference));
  const [ready, setReady] = useState(false);

  const load = useCallback(() => {
    const hash = window.location.hash;
    const fromLink = holdsScenario(hash);
    const next = fromLink ? fromFragment(hash, todayIso(), reference, plan.employers.map((employer) => employer.id)) : initialState(todayIso(), reference);
    setState(next);
    showFields(fromLink ? filledIn(next) : []);
  }, [reference, plan.employers, showFields]);

  useEffect(() => {
    // The fragment exists only in the browser (the server never sees it): read it once mounted.
    // This is synchronising with an external system, which the rule's heuristic cannot tell.
    // A transition: the page, already on screen, is recomputed in slices that leave the main thread
    // free for taps (one long task would block a slow phone for a fifth of a second).
    startTransition(() => {
      load();
      setReady(true);
    });
  }, [load]);

  // Editing updates the fragment in place: no navigation, no history entry, nothing sent anywhere.
  const fragment = useMemo(() => toFragment(state, reference), [state, reference]);
  useEffect(() => {
    if (!ready) return;
    window.history.replaceState(null, "", `${window.location.pathname}${window.location.search}#${fragment}`);
  }, [fragment, ready]);

  // A fragment changed by hand is read; one that holds no scenario (the skip link's) gives way to the scenario's.
  useEffect(() => {
    const onHashChange = () => {
      if (holdsScenario(window.location.hash)) startTransition(load);
      else window.history.replaceState(null, "", `#${fragment}`);
    };
    window.addEventListener("hashchange", onHashChange);
    return () => window.removeEventListener("hashchange", onHashChange);
  }, [load, fragment]);

  return { state, setState, ready, fragment };
}
