import Link from "next/link";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { describeSchedule, serviceRuleInWords } from "@/lib/words/en/format";
import { alwaysVestedSentence } from "@/lib/words/en/vesting";
import styles from "./participant/participant.module.css";

/** A scenario worked by hand in the tests: 3 years, $10,000 / $500 / $4,000.01 → $12,500.01 vested. */
/**
 * A temp worker with a gap, worked by hand in the tests: first hired 2000-03-06, gone in 2001 and
 * 2002, rehired in 2003; hours 1,400 / 300 / 0 / 700 / 1,200 and 620 so far in 2005.
 */
const GAP_EXAMPLE =
  "/participant#asOf=2005-06-30&employer=SOS&birthDate=1975-05-01&employmentStartDate=2000-03-06&service=hours&hoursByYear.2000=1400&hoursByYear.2001=300&hoursByYear.2002=0&hoursByYear.2003=700&hoursByYear.2004=1200&hoursByYear.2005=620&balances.deferral=5000&balances.match=1777.78";

const EXAMPLE = `/participant#asOf=2002-12-31&employer=SOS&birthDate=1970-07-04&yearsOfService=3&balances.deferral=10000&balances.rollover=500&balances.match=4000.01&compensation=40000&salaryGrowthPercent=3&deferralPercent=10&matchPreset=2002&matchPercentOfDeferral=${SOS_PLAN.match.referencePercentOfDeferrals}&annualReturnPercent=6`;

export default function Home() {
  return (
    <main className={styles.home}>
      <h1>{SOS_PLAN.name}: benefits calculator</h1>
      <p className={styles.homeLead}>
        What is yours, what you would leave behind, and what staying, leaving or contributing more would change, under the plan as its
        annual report on Form 11-K for 2002 describes it.
      </p>
      <p className={styles.callout}>
        Every figure here is an <strong>estimate</strong> under the plan as described in that report: the rules of the 11-K&apos;s notes
        (eligibility, contributions, vesting, forfeitures) and the IRS limits of each year. The plan document governs; this is not advice.
      </p>

      <h2>For participants</h2>
      <ul className={styles.ways}>
        <li>
          <Link href="/participant">
            <strong>Your account</strong>
          </Link>
          : what is yours today (vested), what you would lose if you left, what staying adds, your contribution limit, and your balance
          year by year. Give your years of service, your start date, or your hours in each year: hours count gaps between jobs and a
          return to work as the plan does. Your figures stay in your browser. <Link href={EXAMPLE}>Try an example</Link>, or{" "}
          <Link href={GAP_EXAMPLE}>a temp worker with a gap</Link>.
        </li>
      </ul>

      <h2>For HR</h2>
      <ul className={styles.ways}>
        <li>
          <Link href="/hr/eligibility">
            <strong>Eligibility</strong>
          </Link>
          : when an employee of SOS or of Inteliant may join (age {SOS_PLAN.eligibility.minimumAge}; {SOS_PLAN.employers.map((employer) => serviceRuleInWords(employer.service)).join(", or ")}).
        </li>
        <li>
          <Link href="/hr/forfeitures">
            <strong>Forfeitures</strong>
          </Link>
          : sharing a pool of forfeited match (money left behind by people who left before it vested) among participants, in proportion to their deferrals (pro rata), to the cent.
        </li>
        <li>
          <Link href="/hr/testing">
            <strong>Nondiscrimination testing</strong>
          </Link>
          : whether a plan year&apos;s deferrals and match pass the ADP and ACP tests, line by line, and if not, each highly paid
          employee&apos;s refund, the match lost with it, and the dates by which it must be paid.
        </li>
        <li>
          <Link href="/plan">
            <strong>Plan facts</strong>
          </Link>
          : the plan&apos;s rules with their notes in the 11-K, the IRS limits by year, and the 2002 figures.
        </li>
      </ul>

      <h2>What it rests on</h2>
      <p>
        {SOS_PLAN.source}, with audited statements for 2002 and 2001. Vesting of the employer match: {describeSchedule(SOS_PLAN.vesting.schedule)} ({SOS_PLAN.vesting.citation}). {alwaysVestedSentence(SOS_PLAN, "participant")} Payroll and HR
        systems can use the same rules through the JSON API at <code>/api/v1/</code>.
      </p>
    </main>
  );
}
