import type { Metadata } from "next";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { Calculator } from "./calculator";
import styles from "./participant.module.css";

export const metadata: Metadata = {
  title: "Participant: what you keep, what staying adds",
  description: "What is vested today, what leaving would cost, your contribution limit and the years ahead, under the SOS Staffing Services, Inc. 401(k) Plan.",
};

/** The participant calculator. Every figure is worked out in the browser from the URL fragment. */
export default function ParticipantPage() {
  return (
    <main className={styles.main}>
      <h1>Your 401(k): what you keep, and what staying adds</h1>
      <p className={styles.intro}>
        Estimates under the {SOS_PLAN.name} as described in its 2002 Form 11-K. Not advice; the plan document governs.
      </p>
      <Calculator plan={SOS_PLAN} />
    </main>
  );
}
