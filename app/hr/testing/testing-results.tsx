import type { LineView, TestingView, TestView } from "@/lib/pages/hr-testing/evaluate";
import { formatCount } from "@/lib/words/format";
import styles from "./testing.module.css";

/** Rows listed on screen; the download has every one. */
export const SHOWN = 100;

/** The first letter a capital: a deadline's meaning stands alone beside its date. */
const sentenceCase = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function TestTable({ line }: { line: LineView }) {
  const row = (name: string, test: TestView) => (
    <tr>
      <th scope="row">{name}</th>
      <td>{test.hce === null ? "none counted" : `${test.hce}%`}</td>
      <td>{test.nhce}%</td>
      <td>{test.limit}%</td>
      <td className={test.passed ? styles.pass : styles.fail}>{test.passed ? "passes" : "fails"}</td>
    </tr>
  );
  return (
    <div className={styles.scroll} role="region" tabIndex={0} aria-label={`${line.line}: ADP and ACP figures`}>
      <table className={styles.figures}>
        <thead>
          <tr>
            <th scope="col">Test</th>
            <th scope="col">Highly paid</th>
            <th scope="col">Others</th>
            <th scope="col">Limit</th>
            <th scope="col">Result</th>
          </tr>
        </thead>
        <tbody>
          {row("ADP (deferrals)", line.adp)}
          {row("ACP (match)", line.acp)}
        </tbody>
      </table>
    </div>
  );
}

function Refunds({ line, test }: { line: LineView; test: "adp" | "acp" }) {
  const facts = line[test];
  if (facts.passed || facts.refunds.length === 0) return null;
  const title = test === "adp" ? `${line.line}: refunds of deferrals, ${facts.excess} in all` : `${line.line}: excess match, ${facts.excess} in all`;
  return (
    <>
      <h3>{title}</h3>
      <table className={styles.table} data-testid={`${test}-refunds-${line.line}`}>
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Employee</th>
            <th scope="col" className={styles.money}>
              {test === "adp" ? "Refund" : "Excess match"}
            </th>
            {test === "adp" && (
              <th scope="col" className={styles.money}>
                Match forfeited
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {facts.refunds.slice(0, SHOWN).map((refund) => (
            <tr key={refund.line}>
              <td data-label="Line">{refund.line}</td>
              <td data-label="Employee">{refund.id}</td>
              <td data-label={test === "adp" ? "Refund" : "Excess match"} className={styles.money}>
                {refund.amount}
              </td>
              {test === "adp" && (
                <td data-label="Match forfeited" className={styles.money}>
                  {refund.forfeitedMatch ?? ""}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {facts.refunds.length > SHOWN && <p>…and {formatCount(facts.refunds.length - SHOWN)} more, in the download.</p>}
    </>
  );
}

function Line({ line }: { line: LineView }) {
  return (
    <section className={styles.line} aria-labelledby={`line-${line.line}`} data-testid={`line-${line.line}`}>
      <h2 id={`line-${line.line}`}>
        {line.line}: {formatCount(line.hce)} highly paid and {formatCount(line.nhce)} other employee{line.nhce === 1 ? "" : "s"} counted
      </h2>
      <TestTable line={line} />
      {(["adp", "acp"] as const).map((test) => (
        <div key={test}>
          <p className={styles.verdict}>{line[test].verdict}</p>
          <p>{line[test].limitSentence}</p>
          {line[test].correction.map((sentence) => (
            <p key={sentence}>{sentence}</p>
          ))}
          <Refunds line={line} test={test} />
        </div>
      ))}
    </section>
  );
}

export function Results({ view }: { view: TestingView }) {
  return (
    <>
      {view.lines.map((line) => (
        <Line key={line.line} line={line} />
      ))}
      {view.deadlines && (
        <section aria-labelledby="deadlines">
          <h2 id="deadlines">When the refunds must be paid</h2>
          <dl className={styles.deadlines} data-testid="deadlines">
            {view.deadlines.map((deadline) => (
              <div key={deadline.date} style={{ display: "contents" }}>
                <dt>{deadline.date}</dt>
                <dd>{sentenceCase(deadline.meaning.replace(/^By [^:]+: /, ""))}</dd>
              </div>
            ))}
          </dl>
          <p>{view.earnings}</p>
        </section>
      )}
      {view.notCounted.length > 0 && (
        <section aria-labelledby="not-counted">
          <h2 id="not-counted">Not counted: {formatCount(view.notCounted.length)}</h2>
          <ul className={styles.list} data-testid="not-counted">
            {view.notCounted.slice(0, SHOWN).map((entry) => (
              <li key={entry.line}>
                Line {entry.line}, {entry.id}: {entry.sentence}
              </li>
            ))}
          </ul>
          {view.notCounted.length > SHOWN && <p>…and {formatCount(view.notCounted.length - SHOWN)} more, in the download.</p>}
        </section>
      )}
    </>
  );
}
