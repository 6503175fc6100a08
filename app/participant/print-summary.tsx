import { formatUsd } from "@/lib/money";
import { longDate } from "@/lib/dates";
import { readDate, readMoney } from "@/lib/parse";
import type { FormState } from "@/lib/pages/participant/form";
import type { PlanDefinition } from "@/lib/plan/definition";
import styles from "./participant.module.css";

/** The inputs in words, shown only on paper, so a printed statement says what it assumed. */
export function PrintSummary({ state, plan }: { state: FormState; plan: PlanDefinition }) {
  const t = state.text;
  const money = (text: string) => {
    if (text.trim() === "") return "$0.00";
    const read = readMoney(text);
    return read.ok ? formatUsd(read.value) : text;
  };
  /** A date in words, however it was typed; what cannot be read stays as typed. */
  const date = (text: string) => {
    const read = readDate(text, "typed");
    return read.ok ? longDate(read.value) : text;
  };
  const items: [string, string][] = [
    ["As-of date", date(t.asOf)],
    ["Employer", plan.employers.find((employer) => employer.id === state.employer)?.name ?? state.employer],
    ["Birth date", t.birthDate ? date(t.birthDate) : "not given"],
    state.serviceBy === "years" ? ["Years of service", t.yearsOfService || "not given"] : ["Employment start date", t.employmentStartDate ? date(t.employmentStartDate) : "not given"],
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
