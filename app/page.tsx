import Link from "next/link";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { describeSchedule, serviceRuleInWords } from "@/lib/rules/words";
import styles from "./participant/participant.module.css";

/** A scenario worked by hand in the tests: 3 years, $10,000 / $500 / $4,000.01 → $12,500.01 vested. */
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
          : what is vested today, what you would forfeit if you left, how many dollars more vest if you stay until the next step, your
          contribution limit, and your balance year by year. Your figures stay in your browser.{" "}
          <Link href={EXAMPLE}>Try an example</Link>.
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
          : sharing a pool of forfeited match among participants, pro rata to their deferrals, to the cent.
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
        {SOS_PLAN.source}, with audited statements for 2002 and 2001. Vesting of the employer match: {describeSchedule(SOS_PLAN.vesting.schedule)} ({SOS_PLAN.vesting.citation}); your own deferrals and rollovers are always fully vested. Payroll and HR
        systems can use the same rules through the JSON API at <code>/api/v1/</code>.
      </p>
    </main>
  );
}
