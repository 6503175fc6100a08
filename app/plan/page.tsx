import type { Metadata } from "next";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { vestingComplianceFinding } from "@/lib/rules/compliance";
import { checkFooting } from "@/lib/pages/plan-facts/footing";
import { Provisions } from "./provisions";
import { Options } from "./options";
import { Compliance } from "./compliance";
import { Limits } from "./limits";
import { countInWords, Funds, Statements } from "./statements";
import styles from "./plan.module.css";

export const metadata: Metadata = { title: "Plan facts" };

const SECTIONS = [
  ["provisions", "The plan's rules"],
  ["options", "Where the report is silent"],
  ["compliance", "Does vesting meet the law?"],
  ["limits", "IRS limits"],
  ["funds", "Fund line-up"],
  ["statements", "2002 and 2001 statements"],
  ["footing", "Figures that do not add up"],
] as const;

export default function PlanPage() {
  const plan = SOS_PLAN;
  const findings = [vestingComplianceFinding(plan, 2002), vestingComplianceFinding(plan, 2001)];
  const footing = checkFooting();
  return (
    <main className={styles.page}>
      <h1>{plan.name}: plan facts</h1>
      <p className={styles.lead}>
        The plan as its report describes it ({plan.source.charAt(0).toLowerCase() + plan.source.slice(1)}): the rules the calculator applies, each with the
        note it comes from; how the calculator reads what the report leaves open; whether the vesting schedule meets the law; the IRS limits used; and the
        plan&apos;s money as reported, including {countInWords(footing.discrepancies.length)}{" "}
        {footing.discrepancies.length === 1 ? "figure that does" : "figures that do"} not add up.
      </p>
      <nav aria-label="On this page" className={styles.toc}>
        <ul>
          {SECTIONS.map(([id, title]) => (
            <li key={id}>
              <a href={`#${id}`}>{title}</a>
            </li>
          ))}
        </ul>
      </nav>
      <Provisions plan={plan} />
      <Options plan={plan} />
      <Compliance findings={findings} />
      <Limits plan={plan} />
      <Funds report={footing} />
      <Statements report={footing} />
    </main>
  );
}
