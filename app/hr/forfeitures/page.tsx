import type { Metadata } from "next";
import Link from "next/link";
import { forfeitureContext2002 } from "@/lib/pages/hr-forfeitures/context-2002";
import { formatDollars } from "@/lib/money";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { alwaysVestedSentence, breaksWord } from "@/lib/words/en/vesting";
import { AllocationForm } from "./allocation-form";
import { TerminationForm } from "./termination-form";
import styles from "./forfeitures.module.css";

export const metadata: Metadata = { title: "HR: forfeitures" };

export default function ForfeituresPage() {
  const context = forfeitureContext2002();
  return (
    <main className={styles.page}>
      <h1>Forfeitures</h1>
      <p className={styles.lead}>
        What a leaving participant keeps and forfeits, and how a pool of forfeitures is shared out as matching contributions. Everything is worked
        out in your browser: nothing you type or choose is sent anywhere.
      </p>

      <aside className={styles.context} aria-labelledby="context-2002">
        <h2 id="context-2002">In {SOS_PLAN.match.referenceYear} ({context.citation})</h2>
        <p>
          About <strong>{formatDollars(context.allocatedAsMatch)}</strong> of forfeitures was allocated to participants as matching contributions, against{" "}
          {formatDollars(context.participantContributions)} of participant contributions: about <strong>{context.matchRatePercent.toFixed(1)}%</strong> of
          contributions. About <strong>{formatDollars(context.remainingAtYearEnd)}</strong> of forfeited nonvested accounts remained at December 31, {SOS_PLAN.match.referenceYear}, to
          reduce future employer contributions.
        </p>
        <blockquote className={styles.quote}>
          <p>“{SOS_PLAN.forfeitures.quote}”</p>
          <footer>{SOS_PLAN.forfeitures.citation}</footer>
        </blockquote>
      </aside>

      <section aria-labelledby="leaving">
        <h2 id="leaving">A participant leaving: what vests, what is forfeited</h2>
        <p className={styles.hint}>
          {alwaysVestedSentence(SOS_PLAN, "hr")} The employer match vests by years of service ({SOS_PLAN.vesting.citation}); a terminated plan
          vests everyone fully ({SOS_PLAN.vesting.terminationCitation}). See the <Link href="/plan#vesting">vesting schedule</Link>. Give the hours in each
          plan year to see the record year by year and the day the unvested match is forfeited: after {breaksWord(SOS_PLAN.vesting.hoursCounting.forfeiture.consecutiveBreaks)} in
          service in a row ({SOS_PLAN.vesting.hoursCounting.forfeiture.citation}).
        </p>
        <TerminationForm plan={SOS_PLAN} />
      </section>

      <section aria-labelledby="pool">
        <h2 id="pool">Sharing a forfeiture pool as matching contributions</h2>
        <p className={styles.hint}>
          The pool is shared in proportion to each participant&apos;s deferrals. Each share is rounded down to the cent, and the cents left over go one at a
          time to the largest remainders (ties to the earlier line), so the shares add up to the pool exactly.
        </p>
        <AllocationForm
          plan={SOS_PLAN}
          reference={{
            year: SOS_PLAN.match.referenceYear,
            allocated: formatDollars(context.allocatedAsMatch),
            contributions: formatDollars(context.participantContributions),
            percent: context.matchRatePercent.toFixed(1),
            citation: context.citation,
          }}
        />
      </section>
    </main>
  );
}
