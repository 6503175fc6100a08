import type { ComplianceFinding } from "@/lib/rules/compliance";
import styles from "./plan.module.css";

export function Compliance({ findings }: { findings: ComplianceFinding[] }) {
  return (
    <section aria-labelledby="compliance" className={styles.section}>
      <h2 id="compliance">Does the vesting schedule meet the law?</h2>
      <p>
        The law sets a slowest allowed vesting schedule for the match, in two kinds: a “cliff” schedule gives nothing until a set number of years, then
        100%; a “graded” schedule rises step by step. A plan must be at least as fast as one of them at every year. Below, the plan&apos;s schedule is tested
        against both (the minimum vesting schedules of the Internal Revenue Code). This is a finding for the plan administrator: the calculator still applies
        the schedule the report describes, and the plan administrator can say which schedule applies to you.
      </p>
      {findings.map((finding) => (
        <article key={finding.planYear} className={styles.finding} data-testid={`finding-${finding.planYear}`} aria-labelledby={`finding-${finding.planYear}-title`}>
          <h3 id={`finding-${finding.planYear}-title`}>
            Plan year {finding.planYear}:{" "}
            <span className={finding.passes ? styles.pass : styles.fail}>{finding.passes ? "meets the minimum vesting rules" : "does not meet the minimum vesting rules"}</span>
          </h3>
          <p className={styles.statute}>{finding.statute}</p>
          <div className={styles.scroll} role="region" aria-label={`Minimum schedules for ${finding.planYear}`} tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">Minimum schedule</th>
                  <th scope="col">Citation</th>
                  <th scope="col">Result</th>
                </tr>
              </thead>
              <tbody>
                {finding.tests.map((test) => (
                  <tr key={test.id}>
                    <th scope="row">{test.name}</th>
                    <td>{test.citation}</td>
                    <td>
                      {test.passes ? (
                        <span className={styles.pass}>Met at every year</span>
                      ) : (
                        <span className={styles.fail}>
                          Not met: {test.firstShortfall!.planPercent}% at {test.firstShortfall!.yearsOfService} years, {test.firstShortfall!.requiredPercent}% required
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ol className={styles.reasoning}>
            {finding.reasoning.map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ol>
        </article>
      ))}
    </section>
  );
}
