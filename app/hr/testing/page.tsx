import type { Metadata } from "next";
import { FIRST_LIMITS_YEAR, LAST_LIMITS_YEAR } from "@/lib/plan/limits";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { testingLines } from "@/lib/rules/nondiscrimination";
import { Testing } from "./testing";
import styles from "./testing.module.css";

export const metadata: Metadata = {
  title: "HR: nondiscrimination testing",
  description: "Whether a plan year's deferrals and match pass the ADP and ACP tests, and the refunds that correct them, for the SOS Staffing Services, Inc. 401(k) Plan.",
};

export default function TestingPage() {
  const tests = SOS_PLAN.nondiscrimination;
  return (
    <main className={styles.page}>
      <h1>Nondiscrimination testing: the ADP and ACP tests</h1>
      <p className={styles.lead}>
        Each plan year, the deferrals (the ADP test) and the employer match (the ACP test) of highly compensated employees are compared with
        everyone else&apos;s ({tests.adpCitation}; {tests.acpCitation}). The plan tests Inteliant as a separate line: “{tests.separateLines.quote}” (
        {tests.separateLines.citation}). Drop a plan year&apos;s contributions file to see whether each line passes and, if not, each highly
        compensated employee&apos;s refund, the match lost with it, and the dates by which it must be paid.
      </p>
      <p className={styles.privacy}>
        <strong>Private by design:</strong> the file is read and tested on this device, in a background worker; nothing is uploaded.
      </p>
      <Testing plan={SOS_PLAN} firstYear={FIRST_LIMITS_YEAR} lastYear={LAST_LIMITS_YEAR} lines={testingLines(SOS_PLAN).map((line) => line.line)} />
    </main>
  );
}
