"use client";

import type { PlanDefinition } from "@/lib/plan/definition";
import type { EligibilityResult } from "@/lib/rules/eligibility";
import { datesInWords } from "@/lib/dates";
import { periodLines, type FormGap } from "@/lib/pages/hr-eligibility/single";
import { eligibilityAnswerWords, eligibilitySentences, partTimeInWords, partTimePeriodLine, periodLineWords } from "@/lib/words/en/eligibility";
import styles from "./eligibility.module.css";

/** The service requirement counted in hours in a computation period. */
type HoursService = Extract<EligibilityResult["requirements"][1], { kind: "hoursInPeriod" }>;

/** The answer for one employee: the verdict, the dates, each requirement and its source, the periods and the why. */
export function Result({ result, asOf, gaps, plan }: { result: EligibilityResult; asOf: string; gaps: FormGap[]; plan: PlanDefinition }) {
  const service = result.requirements[1];
  const partTime = result.longTermPartTime;
  const words = eligibilityAnswerWords(result, asOf);
  const verdictStyle = result.eligible ? styles.verdictYes : result.excluded ? styles.verdictExcluded : partTime?.eligible ? styles.verdictPartTime : styles.verdictNo;
  return (
    <div>
      <p className={verdictStyle} data-testid="verdict">
        {words.verdict}
      </p>
      <dl className={styles.dates}>
        <dt>Eligibility date</dt>
        <dd data-testid="eligibility-date">{words.eligibilityDate}</dd>
        <dt>Entry date</dt>
        <dd data-testid="entry-date">{words.entryDate}</dd>
        {partTime && (
          <>
            <dt>May defer</dt>
            <dd data-testid="may-defer">{words.mayDefer}</dd>
          </>
        )}
      </dl>
      <table className={styles.requirements}>
        <caption>Requirements</caption>
        <thead>
          <tr>
            <th scope="col">Requirement</th>
            <th scope="col">Met on</th>
            <th scope="col">{words.onAsOf}</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          <tr data-testid="requirement-age">
            <th scope="row">{words.age.name}</th>
            <td className={styles.date}>{words.age.metOn}</td>
            <td>{words.age.state}</td>
            <td>{result.requirements[0].citation}</td>
          </tr>
          <tr data-testid="requirement-service">
            <th scope="row">{words.service.name}</th>
            <td className={service.metOn ? styles.date : undefined}>{words.service.metOn}</td>
            <td>{words.service.state}</td>
            <td>{service.citation}</td>
          </tr>
          <tr data-testid="requirement-hce">
            <th scope="row">{words.hce.name}</th>
            <td>–</td>
            <td>{words.hce.state}</td>
            <td>
              {result.hce.citation}; {result.employer.citation}
            </td>
          </tr>
        </tbody>
      </table>
      {service.kind === "hoursInPeriod" && <ServicePeriods service={service} asOf={asOf} gaps={gaps} />}
      {partTime && (
        <>
          <h4>Long-term part-time employee</h4>
          <div data-testid="part-time">
            {partTimeInWords(result, asOf, plan).map((line) => (
              <p key={line}>{datesInWords(line)}</p>
            ))}
            {partTime.periods.length > 0 && (
              <ul className={styles.periods}>
                {partTime.periods.map((period) => (
                  <li key={period.start} className={period.qualifies ? styles.periodMet : undefined}>
                    {datesInWords(partTimePeriodLine(period, plan))}
                  </li>
                ))}
              </ul>
            )}
          </div>
        </>
      )}
      <h4>Why</h4>
      <ul className={styles.why}>
        {eligibilitySentences(result, plan).map((line) => (
          <li key={line}>{datesInWords(line)}</li>
        ))}
      </ul>
    </div>
  );
}

/** Hours in each computation period of the service requirement, with the gaps in employment between them. */
function ServicePeriods({ service, asOf, gaps }: { service: HoursService; asOf: string; gaps: FormGap[] }) {
  return (
    <>
      <h4>Hours in each computation period</h4>
      <ul className={styles.periods} data-testid="periods">
        {periodLines(service.periods, asOf, gaps).map((line) => {
          const { label, text } = periodLineWords(line, service, asOf);
          if (line.kind === "gap") {
            return (
              <li key={`gap-${line.gap.rehired}`} className={styles.gap} data-testid="gap">
                <strong>{label}</strong> {datesInWords(text)}
              </li>
            );
          }
          if (line.kind === "empty") {
            return (
              <li key={`empty-${line.first.start}`} className={styles.periodEmpty}>
                {datesInWords(text)}
              </li>
            );
          }
          const { period } = line;
          return (
            <li key={`${period.kind}-${period.start}`} className={period.meets ? styles.periodMet : undefined}>
              <strong>{datesInWords(label!)}</strong> {datesInWords(text)}
            </li>
          );
        })}
      </ul>
    </>
  );
}
