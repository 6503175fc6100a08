import type { Metadata } from "next";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { formatHours, serviceRuleInWords } from "@/lib/rules/words";
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
        <p>Entry is on the eligibility date: the 11-K names no entry dates.</p>
      </div>
      <p className={styles.privacy}>
        <strong>Private by design:</strong> everything you type or choose on this page stays in your browser. Files are read and evaluated on
        this device, in a background worker, as they stream in; nothing is uploaded.
      </p>
      <section aria-labelledby="one-employee" className={styles.section}>
        <h2 id="one-employee">One employee</h2>
        <SingleEmployee />
      </section>
      <section aria-labelledby="roster" className={styles.section}>
        <h2 id="roster">A roster</h2>
        <Roster />
      </section>
    </main>
  );
}
