import type { LineView, TestingView, TestView } from "@/lib/pages/hr-testing/evaluate";
import type { PageWords } from "@/lib/pages/hr-testing/form";
import type { TestingText } from "./testing-text";
import styles from "./testing.module.css";

/** Each part of the results gets the page's fixed text and its sentences, in its language. */
interface Words {
  text: TestingText;
  words: PageWords;
}

/** Rows listed on screen; the download has every one. */
export const SHOWN = 100;

function TestTable({ line, text, words }: { line: LineView } & Words) {
  const row = (name: string, test: TestView) => (
    <tr>
      <th scope="row">{name}</th>
      <td>{test.hce === null ? text.noneCounted : `${test.hce}%`}</td>
      <td>{test.nhce}%</td>
      <td>{test.limit}%</td>
      <td className={test.passed ? styles.pass : styles.fail}>{test.passed ? text.passes : text.fails}</td>
    </tr>
  );
  return (
    <div className={styles.scroll} role="region" tabIndex={0} aria-label={words.figuresLabel(line.line)}>
      <table className={styles.figures}>
        <thead>
          <tr>
            <th scope="col">{text.test}</th>
            <th scope="col">{text.highlyPaid}</th>
            <th scope="col">{text.others}</th>
            <th scope="col">{text.limit}</th>
            <th scope="col">{text.result}</th>
          </tr>
        </thead>
        <tbody>
          {row(text.adpRow, line.adp)}
          {row(text.acpRow, line.acp)}
        </tbody>
      </table>
    </div>
  );
}

function Refunds({ line, test, text, words }: { line: LineView; test: "adp" | "acp" } & Words) {
  const facts = line[test];
  if (facts.passed || facts.refunds.length === 0) return null;
  const title = words.refundsTitle(line.line, test === "adp" ? "ADP" : "ACP", facts.excess);
  const amount = test === "adp" ? text.refund : text.excessMatch;
  return (
    <>
      <h3>{title}</h3>
      <table className={styles.table} data-testid={`${test}-refunds-${line.line}`}>
        <thead>
          <tr>
            <th scope="col">{text.line}</th>
            <th scope="col">{text.employee}</th>
            <th scope="col" className={styles.money}>
              {amount}
            </th>
            {test === "adp" && (
              <th scope="col" className={styles.money}>
                {text.matchForfeited}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {facts.refunds.slice(0, SHOWN).map((refund) => (
            <tr key={refund.line}>
              <td data-label={text.line}>{refund.line}</td>
              <td data-label={text.employee}>{refund.id}</td>
              <td data-label={amount} className={styles.money}>
                {refund.amount}
              </td>
              {test === "adp" && (
                <td data-label={text.matchForfeited} className={styles.money}>
                  {refund.forfeitedMatch ?? ""}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {facts.refunds.length > SHOWN && <p>{words.moreInDownload(facts.refunds.length - SHOWN)}</p>}
    </>
  );
}

function Line({ line, text, words }: { line: LineView } & Words) {
  return (
    <section className={styles.line} aria-labelledby={`line-${line.line}`} data-testid={`line-${line.line}`}>
      <h2 id={`line-${line.line}`}>{words.lineHeading(line.line, line.hce, line.nhce)}</h2>
      <TestTable line={line} text={text} words={words} />
      {(["adp", "acp"] as const).map((test) => (
        <div key={test}>
          <p className={styles.verdict}>{line[test].verdict}</p>
          <p>{line[test].limitSentence}</p>
          {line[test].correction.map((sentence) => (
            <p key={sentence}>{sentence}</p>
          ))}
          <Refunds line={line} test={test} text={text} words={words} />
        </div>
      ))}
    </section>
  );
}

export function Results({ view, text, words }: { view: TestingView } & Words) {
  return (
    <>
      {view.lines.map((line) => (
        <Line key={line.line} line={line} text={text} words={words} />
      ))}
      {view.deadlines && (
        <section aria-labelledby="deadlines">
          <h2 id="deadlines">{text.deadlinesHeading}</h2>
          <dl className={styles.deadlines} data-testid="deadlines">
            {view.deadlines.map((deadline) => (
              <div key={deadline.date} style={{ display: "contents" }}>
                <dt>{deadline.date}</dt>
                <dd>{words.deadlineMeaning(deadline.meaning)}</dd>
              </div>
            ))}
          </dl>
          <p>{view.earnings}</p>
        </section>
      )}
      {view.notCounted.length > 0 && (
        <section aria-labelledby="not-counted">
          <h2 id="not-counted">{words.notCountedHeading(view.notCounted.length)}</h2>
          <ul className={styles.list} data-testid="not-counted">
            {view.notCounted.slice(0, SHOWN).map((entry) => (
              <li key={entry.line}>{words.notCountedLine(entry.line, entry.id, entry.sentence)}</li>
            ))}
          </ul>
          {view.notCounted.length > SHOWN && <p>{words.moreInDownload(view.notCounted.length - SHOWN)}</p>}
        </section>
      )}
    </>
  );
}
