import { formatUsd } from "@/lib/money";
import { readDate, readMoney } from "@/lib/parse";
import type { FormState } from "@/lib/pages/participant/form";
import type { PlanDefinition } from "@/lib/plan/definition";
import type { Said } from "./results";
import styles from "./participant.module.css";

/** The inputs in words, shown only on paper, so a printed statement says what it assumed. */
export function PrintSummary({ state, plan, text, words }: Said & { state: FormState; plan: PlanDefinition }) {
  const t = state.text;
  const none = text.notGiven;
  const money = (typed: string) => {
    if (typed.trim() === "") return "$0.00";
    const read = readMoney(typed);
    return read.ok ? formatUsd(read.value) : typed;
  };
  /** A date in words, however it was typed; what cannot be read stays as typed. */
  const date = (typed: string) => {
    const read = readDate(typed, "typed");
    return read.ok ? words.printDate(read.value) : typed;
  };
  const employer = plan.employers.find((candidate) => candidate.id === state.employer);
  const hours = Object.entries(state.hoursByYear).filter(([, typed]) => typed.trim() !== "");
  const items: [string, string][] = [
    [text.printAsOf, date(t.asOf)],
    [text.printEmployer, employer ? words.employerName(employer) : state.employer],
    [text.printBirth, t.birthDate ? date(t.birthDate) : none],
    state.serviceBy === "years" ? [text.printYears, t.yearsOfService || none] : [text.printStart, t.employmentStartDate ? date(t.employmentStartDate) : none],
    ...(state.serviceBy === "hours"
      ? [[text.printHours, state.hoursEntries ? words.printEntries(state.hoursEntries.length) : hours.map(([year, typed]) => `${year}: ${typed}`).join("; ") || none] as [string, string]]
      : []),
    [text.printBalances, words.printBalances(money(t["balances.deferral"]), money(t["balances.rollover"]), money(t["balances.match"]))],
    [text.printPay, t.compensation ? money(t.compensation) : none],
    [text.printDeferral, t.deferralPercent ? `${t.deferralPercent}%` : none],
    [text.printMatch, words.printMatch(t.matchPercentOfDeferral || "?", state.matchPreset === "2002" ? plan.match.referenceYear : null)],
    [text.printRates, words.printRates(t.annualReturnPercent, t.salaryGrowthPercent)],
    [text.printInflation, t.inflationPercent ? words.printInflation(t.inflationPercent) : text.notShown],
    [text.printTerminated, state.planTerminated ? text.yes : text.no],
  ];
  return (
    <section className={styles.printOnly} aria-hidden="true">
      <h2>{text.printHeading}</h2>
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
