"use client";

import type { PlanDefinition } from "@/lib/plan/definition";
import type { EligibilityResult } from "@/lib/rules/eligibility";
import { datesInWords, longDate } from "@/lib/dates";
import { formatHours } from "@/lib/words/format";
import { ordinal } from "@/lib/words/en/format";
import { periodLabel } from "@/lib/pages/hr-eligibility/periods";
import { partTimeInWords, periodLines, type FormGap } from "@/lib/pages/hr-eligibility/single";
import { gapInWords } from "@/lib/pages/hr-eligibility/spells";
import { eligibilitySentences } from "@/lib/words/en/eligibility";
import styles from "./eligibility.module.css";

/** The service requirement counted in hours in a computation period. */
type HoursService = Extract<EligibilityResult["requirements"][1], { kind: "hoursInPeriod" }>;

/** The answer for one employee: the verdict, the dates, each requirement and its source, the periods and the why. */
export function Result({ result, asOf, gaps, plan }: { result: EligibilityResult; asOf: string; gaps: FormGap[]; plan: PlanDefinition }) {
  const [age, service] = result.requirements;
  const partTime = result.longTermPartTime;
  const verdict = result.excluded
    ? `Excluded: a highly compensated employee of ${result.employer.id} cannot join the plan.`
    : result.eligible
      ? `Eligible since ${longDate(result.eligibilityDate!)} (as of ${longDate(asOf)}).`
      : partTime?.eligible
        ? `Not eligible to join on ${longDate(asOf)}, but may make their own deferrals as a long-term part-time employee (no employer match).`
        : result.eligibilityDate
          ? `Not yet eligible on ${longDate(asOf)}: eligible from ${longDate(result.eligibilityDate)}.`
          : `Not eligible on ${longDate(asOf)} on the hours given.`;
  const verdictStyle = result.eligible ? styles.verdictYes : result.excluded ? styles.verdictExcluded : partTime?.eligible ? styles.verdictPartTime : styles.verdictNo;
  return (
    <div>
      <p className={verdictStyle} data-testid="verdict">
        {verdict}
      </p>
      <dl className={styles.dates}>
        <dt>Eligibility date</dt>
        <dd data-testid="eligibility-date">{result.eligibilityDate ? longDate(result.eligibilityDate) : "not reached on the hours given"}</dd>
        <dt>Entry date</dt>
        <dd data-testid="entry-date">
          {result.excluded ? "none: excluded" : result.entryDate ? longDate(result.entryDate) : "not reached on the hours given"}
        </dd>
        {partTime && (
          <>
            <dt>May defer</dt>
            <dd data-testid="may-defer">
              {result.mayDefer ? `yes, on ${longDate(asOf)}` : "no"}
              {partTime.eligibilityDate && !result.excluded ? ` (long-term part-time rule met on ${longDate(partTime.eligibilityDate)})` : ""}
            </dd>
          </>
        )}
      </dl>
      <table className={styles.requirements}>
        <caption>Requirements</caption>
        <thead>
          <tr>
            <th scope="col">Requirement</th>
            <th scope="col">Met on</th>
            <th scope="col">On {longDate(asOf)}</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          <tr data-testid="requirement-age">
            <th scope="row">Age {age.age}</th>
            <td className={styles.date}>{longDate(age.metOn)}</td>
            <td>{age.met ? "met" : "not yet"}</td>
            <td>{age.citation}</td>
          </tr>
          <tr data-testid="requirement-service">
            <th scope="row">
              {service.kind === "hoursInPeriod"
                ? `${formatHours(service.hoursRequired)} hours in a computation period`
                : `${ordinal(service.days)} day following the first hour of service`}
            </th>
            <td className={service.metOn ? styles.date : undefined}>{service.metOn ? longDate(service.metOn) : "not on the hours given"}</td>
            <td>{service.met ? "met" : "not yet"}</td>
            <td>{service.citation}</td>
          </tr>
          <tr data-testid="requirement-hce">
            <th scope="row">{result.employer.excludesHighlyCompensated ? "Not a highly compensated employee" : "Highly compensated employees may join"}</th>
            <td>–</td>
            <td>{result.excluded ? "excluded" : result.highlyCompensated ? "highly compensated, may join" : "met"}</td>
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
                    {capital(datesInWords(periodLabel(period)))}: {formatHours(period.hours)} hours
                    {period.qualifies ? ` (${formatHours(plan.longTermPartTime.qualifyingHours.hours)} or more; ${period.run} in a row)` : ""}.
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
          if (line.kind === "gap") {
            return (
              <li key={`gap-${line.gap.rehired}`} className={styles.gap} data-testid="gap">
                <strong>Gap:</strong> {datesInWords(gapInWords(line.gap))}.{" "}
                {line.gap.hours > 0 ? `${formatHours(line.gap.hours)} hours are dated in it; they count.` : "No hours in it."}
              </li>
            );
          }
          if (line.kind === "empty") {
            return (
              <li key={`empty-${line.first.start}`} className={styles.periodEmpty}>
                {datesInWords(line.count === 1
                  ? `${capital(periodLabel(line.first))}: no hours.`
                  : line.first.kind === "planYear" && line.last.kind === "planYear"
                    ? `Plan years ${line.first.start.slice(0, 4)} to ${line.last.start.slice(0, 4)}: no hours.`
                    : `${line.count} periods, ${periodLabel(line.first)} to ${periodLabel(line.last)}: no hours.`)}
              </li>
            );
          }
          const { period } = line;
          const need = service.hoursRequired;
          const short = formatHours(need - period.hours);
          return (
            <li key={`${period.kind}-${period.start}`} className={period.meets ? styles.periodMet : undefined}>
              <strong>{capital(datesInWords(periodLabel(period)))}:</strong>{" "}
              {datesInWords(period.meets
                ? `${formatHours(period.hours)} of ${formatHours(need)} hours: met, so the year of service is credited on ${service.metOn}.`
                : `${formatHours(period.hours)} of ${formatHours(need)} hours, ` +
                  (period.end < asOf ? `${short} short` : `${short} to go by ${period.end}`) +
                  (line.current ? " (the current period)" : "") +
                  (line.closest && !line.current ? " (the closest)" : "") +
                  ".")}
            </li>
          );
        })}
      </ul>
    </>
  );
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
