import type { Metadata } from "next";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { formatHours } from "@/lib/words/format";
import { serviceRuleInWords } from "@/lib/words/en/format";
import { Roster } from "./roster";
import { SingleEmployee } from "./single-employee";
import styles from "./eligibility.module.css";

export const metadata: Metadata = {
  title: "HR: eligibility",
  description: "When an employee, or a whole payroll census, becomes eligible for the SOS Staffing Services, Inc. 401(k) Plan (11-K Note 1.A).",
};

export default function EligibilityPage() {
  const sos = SOS_PLAN.employers.find((employer) => employer.id === "SOS")!;
  const inteliant = SOS_PLAN.employers.find((employer) => employer.id === "Inteliant")!;
  const partTime = SOS_PLAN.longTermPartTime;
  const partTimeRuns = partTime.runs.map((run, index) => (index === 0 ? `${run.periods} for dates from ${run.from}` : `${run.periods} from ${run.from}`)).join(", then ");
  return (
    <main className={styles.page}>
      <h1>Eligibility to join the plan</h1>
      <div className={styles.rules}>
        <p>
          <strong>SOS</strong> (the sponsor and its subsidiaries other than Inteliant): eligible once age {SOS_PLAN.eligibility.minimumAge} is
          reached and {sos.service.kind === "hoursInPeriod" ? formatHours(sos.service.hours) : ""} hours of service are credited in one computation period: the 12 months from the first hour of service, then each
          plan year from the one holding the first anniversary. The year of service counts from the day after that period ends. Highly
          compensated employees of SOS are excluded. ({sos.citation})
        </p>
        <p>
          <strong>Inteliant</strong>: eligible at age {SOS_PLAN.eligibility.minimumAge} and from {serviceRuleInWords(inteliant.service)}; no hours needed, and highly compensated employees may join. ({inteliant.citation})
        </p>
        <p>
          <strong>Part-time employees of SOS</strong> may make their own deferrals (elective deferrals), with no employer match, once they are
          long-term part-time employees: computation periods in a row with {formatHours(partTime.qualifyingHours.hours)} hours or more in each (
          {partTimeRuns}), counting periods that begin on or after {partTime.firstCountedPeriodStart.date}, and age{" "}
          {SOS_PLAN.eligibility.minimumAge} by the end of the last of them. ({partTime.citation})
        </p>
        <p>
          A rehire is one employee: service counts from the first start, and every hour counts, those of earlier spells too. Entry is on the
          eligibility date: the 11-K names no entry dates.
        </p>
      </div>
      <p className={styles.privacy}>
        <strong>Private by design:</strong> everything you type or choose on this page stays in your browser. Files are read and evaluated on
        this device, in a background worker, as they stream in; nothing is uploaded.
      </p>
      <section aria-labelledby="one-employee" className={styles.section}>
        <h2 id="one-employee">One employee</h2>
        <SingleEmployee plan={SOS_PLAN} />
      </section>
      <section aria-labelledby="roster" className={styles.section}>
        <h2 id="roster">A roster</h2>
        <Roster plan={SOS_PLAN} />
      </section>
    </main>
  );
}
