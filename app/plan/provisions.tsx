import type { PlanDefinition, ServiceRule } from "@/lib/plan/definition";
import { hoursAndBreaksInWords, longTermPartTimeInWords, type RuleInWords } from "@/lib/pages/plan-facts/service-rules";
import { describeSchedule, formatHours, ordinal } from "@/lib/rules/words";
import styles from "./plan.module.css";

function serviceInWords(service: ServiceRule, months: number): string {
  return service.kind === "hoursInPeriod"
    ? `${formatHours(service.hours)} hours of work within ${months} months (a computation period: the first ${months} months from the start date, then plan years)`
    : `the ${ordinal(service.days)} day following the day of the first hour of service (no hours requirement)`;
}

/** A rule the report does not state: its words and its sources, no quote. */
function LawRule({ id, rule }: { id: string; rule: RuleInWords }) {
  return (
    <article className={styles.provision} id={id} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{rule.title}</h3>
      {rule.sentences.map((sentence) => (
        <p key={sentence}>{sentence}</p>
      ))}
      <p className={styles.sourcesLine}>
        Sources: <cite>{rule.sources.join("; ")}</cite>
      </p>
    </article>
  );
}

function Provision({ id, title, citation, quote, children }: { id?: string; title: string; citation: string; quote: string; children: React.ReactNode }) {
  return (
    <article className={styles.provision} id={id} aria-labelledby={id ? `${id}-title` : undefined}>
      <h3 id={id ? `${id}-title` : undefined}>{title}</h3>
      {children}
      <blockquote className={styles.quote}>
        <p>“{quote}”</p>
        <footer>
          <cite>{citation}</cite>
        </footer>
      </blockquote>
    </article>
  );
}

export function Provisions({ plan }: { plan: PlanDefinition }) {
  const sourceNames = { deferral: "deferrals", rollover: "rollovers", match: "employer matching contributions" } as const;
  return (
    <section aria-labelledby="provisions" className={styles.section}>
      <h2 id="provisions">The plan&apos;s rules</h2>
      <p>Each rule as the calculator applies it, with the note of the report it comes from and the report&apos;s own words.</p>
      {plan.employers.map((employer) => (
        <Provision key={employer.id} title={`Eligibility: ${employer.name}`} citation={employer.citation} quote={employer.quote}>
          <p>
            Eligible at age {plan.eligibility.minimumAge} and after {serviceInWords(employer.service, plan.eligibility.computationPeriodMonths)}.{" "}
            {employer.excludesHighlyCompensated ? "Highly compensated employees are excluded." : "Highly compensated employees may participate."}
          </p>
        </Provision>
      ))}
      <Provision title="Contributions" citation={plan.contributions.citation} quote={plan.contributions.quote}>
        <p>
          Participants may save up to {plan.contributions.deferralPercentCap}% of their pay each year before tax (elective deferrals), also within the IRS limits
          below.
          {plan.contributions.rolloversAllowed ? " Rollovers from other qualified plans are accepted." : ""}
        </p>
      </Provision>
      <Provision title="Employer match" citation={plan.match.citation} quote={plan.match.quote}>
        <p>
          {plan.match.discretionary ? "The match is discretionary." : "The match is fixed."} {plan.match.referenceBasis} The calculator offers{" "}
          {plan.match.referencePercentOfDeferrals}% as a labelled reference, not a promise.
        </p>
      </Provision>
      <Provision id="vesting" title="Vesting" citation={plan.vesting.citation} quote={plan.vesting.quote}>
        <p>Always fully vested: {plan.vesting.immediatelyVested.map((source) => sourceNames[source]).join(" and ")}, with their earnings.</p>
        <p>Employer matching contributions vest by completed years of service: {describeSchedule(plan.vesting.schedule)}.</p>
        <div className={styles.scroll} role="region" aria-label="Vesting schedule" tabIndex={0}>
          <table>
            <caption className={styles.caption}>Vesting schedule for the match</caption>
            <thead>
              <tr>
                <th scope="col">Years of service</th>
                <th scope="col" className="num">Vested</th>
              </tr>
            </thead>
            <tbody>
              {plan.vesting.schedule.map((step, index) => {
                const next = plan.vesting.schedule[index + 1];
                const years = index === 0 && next ? `Less than ${next.years}` : next ? String(step.years) : `${step.years} or more`;
                return (
                  <tr key={step.years}>
                    <td>{years}</td>
                    <td className="num">{step.percent}%</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </Provision>
      <LawRule id="breaks" rule={hoursAndBreaksInWords(plan)} />
      <LawRule id="part-time" rule={longTermPartTimeInWords(plan)} />
      <Provision title="Plan termination" citation={plan.vesting.terminationCitation} quote={plan.vesting.terminationQuote}>
        <p>If the plan is terminated, every participant becomes fully vested in every account.</p>
      </Provision>
      <Provision title="Forfeitures" citation={plan.forfeitures.citation} quote={plan.forfeitures.quote}>
        <p>
          The unvested match of a participant who leaves is forfeited: with the hours known, after {plan.vesting.hoursCounting.forfeiture.consecutiveBreaks}{" "}
          breaks in service in a row (see above). Forfeitures reduce future employer contributions; given out as a match, a pool is shared in proportion to
          each participant&apos;s deferrals, to the cent (see <a href="/hr/forfeitures">HR: forfeitures</a>).
        </p>
      </Provision>
    </section>
  );
}
