import { formatDollars } from "@/lib/money";
import { explainFailure, figureKey, type FootingReport } from "@/lib/pages/plan-facts/footing";
import { CHANGES_2002, FUNDS, NET_ASSETS, NOTE_3, PAGES, type ReportYear, type StatementLine } from "@/lib/pages/plan-facts/statements-2002";
import { html, tableRegion, type Html } from "@/app/components/static-html";
import { formatCount } from "@/lib/words/format";
import { markup, type PlanText } from "./words";
import styles from "./plan.module.css";

type Statement = "netAssets" | "changes" | "note3";

/** For each flagged figure, the numbers of the findings (1-based) that concern it. */
function notesByFigure(report: FootingReport): Map<string, number[]> {
  const notes = new Map<string, number[]>();
  report.discrepancies.forEach((discrepancy, index) => {
    const keys = new Set<string>();
    for (const failure of discrepancy.checks) {
      keys.add(failure.rule.total);
      failure.candidates.forEach((candidate) => keys.add(candidate.key));
      if (failure.rule.kind === "agree") failure.rule.parts.forEach((part) => keys.add(part.key));
    }
    for (const key of keys) notes.set(key, [...(notes.get(key) ?? []), index + 1]);
  });
  return notes;
}

/** A printed figure's cell: flagged, with links to its findings, when it does not add up. */
function amount(text: PlanText, figure: string, printed: string | null | undefined, report: FootingReport, notes: Map<string, number[]>): Html {
  const flagged = report.flagged.has(figure);
  const value = report.figures.get(figure)?.amount;
  const flags = (notes.get(figure) ?? []).map(
    (note) => html`<a href="#footing-${note}" class="${styles.flag}"><span aria-hidden="true">⚑</span><span class="${styles.srOnly}">${text.t("flagLabel")} </span>${note}</a>`,
  );
  const shown = printed === null || printed === undefined || value === undefined ? "—" : formatDollars(value);
  return flagged ? html`<td class="num ${styles.flagged}" data-flagged="true">${shown}${flags}</td>` : html`<td class="num">${shown}${flags}</td>`;
}

function statementTable(text: PlanText, title: string, statement: Statement, lines: readonly StatementLine[], years: ReportYear[], report: FootingReport, notes: Map<string, number[]>): Html {
  const label = (line: StatementLine) => text.words.facts.figureLabel({ key: figureKey(statement, line.id), label: line.label, where: "", page: line.page });
  const body = lines.map((line) =>
    line.kind === "heading"
      ? html`<tr class="${styles.headingRow}"><th scope="rowgroup" colspan="${years.length + 1}">${label(line)}</th></tr>`
      : html`<tr${line.kind === "total" ? html` class="${styles.totalRow}"` : ""}><th scope="row"${line.kind === "item" ? html` class="${styles.item}"` : ""}>${label(line)}</th>${years.map((year) =>
          amount(text, figureKey(statement, line.id, year), line.amounts[year], report, notes),
        )}</tr>`,
  );
  return tableRegion(
    title,
    styles.scroll,
    html`<table class="${styles.statement}"><caption class="${styles.caption}">${title}</caption><thead><tr><th scope="col">${text.t("colLine")}</th>${years.map(
      (year) => html`<th scope="col" class="num">${year}</th>`,
    )}</tr></thead><tbody>${body}</tbody></table>`,
  );
}

/** The fund line-up with its figures, flagged where they do not add up, as HTML (see static-html). */
export function funds(report: FootingReport, text: PlanText): Html {
  const { t, words } = text;
  const notes = notesByFigure(report);
  const mutualFunds = FUNDS.filter((fund) => fund.kind === "mutualFund").length;
  const table = html`<table class="${styles.funds}"><thead><tr><th scope="col">${t("colFund")}</th><th scope="col" class="num">${t("colShares")}</th><th scope="col" class="num">${t(
    "colSchedule",
  )}</th><th scope="col" class="num">${t("colStatement2002")}</th><th scope="col" class="num">${t("colStatement2001")}</th></tr></thead><tbody>${FUNDS.map(
    (fund) =>
      html`<tr><th scope="row">${fund.name}${fund.partyInInterest ? html`<span title="${t("partyInInterest")}"> *</span>` : ""}${
        fund.statementName ? html`<span class="${styles.note}"> ${t("printedAs", { name: fund.statementName })}</span>` : ""
      }</th><td class="num">${formatCount(fund.shares)}</td>${amount(text, figureKey("schedule", fund.id), fund.scheduleValue, report, notes)}${amount(
        text,
        figureKey("netAssets", `fund.${fund.id}`, 2002),
        fund.statement[2002],
        report,
        notes,
      )}${amount(text, figureKey("netAssets", `fund.${fund.id}`, 2001), fund.statement[2001], report, notes)}</tr>`,
  )}</tbody></table>`;
  const intro = t("fundsIntro", {
    quote: t("fundsQuote", { count: String(mutualFunds) }),
    citation: words.facts.quoteCitation("11-K Note 1.B"),
    schedulePage: String(PAGES.scheduleOfAssets),
    netAssetsPage: String(PAGES.netAssets),
  });
  return html`<section aria-labelledby="funds" class="${styles.section}"><h2 id="funds">${t("fundsHeading")}</h2><p>${intro}</p>${tableRegion(t("fundsRegion"), styles.scroll, table)}</section>`;
}

/** One check of the footing, in words: whether it adds up (or agrees), and the two figures. */
function check({ words }: PlanText, check: FootingReport["checks"][number]): Html {
  const verdict = words.facts.checkVerdict(check.rule.kind, check.foots);
  const computed = check.rule.kind === "agree" ? check.computed.abs() : check.computed;
  const figures = words.facts.checkFigures(check.rule.kind, formatDollars(computed), formatDollars(check.printed));
  return html`<li>${words.facts.ruleTitle(check.rule)}: ${check.foots ? verdict : html`<strong>${verdict}</strong>`} (${figures}).</li>`;
}

/** The statements as printed, flagged, and the findings on the figures that do not add up, as HTML (see static-html). */
export function statements(report: FootingReport, text: PlanText): Html {
  const { t, words } = text;
  const notes = notesByFigure(report);
  const footing = report.checks.filter((each) => each.foots).length;
  const findings = report.discrepancies.map(
    (discrepancy, index) =>
      html`<li id="footing-${index + 1}"><h3>${words.facts.figureLabel(discrepancy.figure)}, ${words.facts.figureWhere(discrepancy.figure)}</h3>${discrepancy.checks.map(
        (failure) =>
          html`<div data-testid="footing-${failure.rule.id}"><p class="${styles.checkTitle}">${t("checkTitle", { title: words.facts.ruleTitle(failure.rule) })}</p>${explainFailure(
            failure,
            report,
            words.facts,
          ).map((sentence) => html`<p>${sentence}</p>`)}</div>`,
      )}</li>`,
  );
  const count = report.discrepancies.length;
  return html`<section aria-labelledby="statements" class="${styles.section}"><h2 id="statements">${t("statementsHeading")}</h2><p>${markup(t, "statementsIntro", {}, {
    flag: (chunks) => `<span class="${styles.flagSample}">${chunks}</span>`,
  })}</p>${statementTable(text, t("captionNetAssets", { page: String(PAGES.netAssets) }), "netAssets", NET_ASSETS, [2002, 2001], report, notes)}${statementTable(
    text,
    t("captionChanges", { page: String(PAGES.changes) }),
    "changes",
    CHANGES_2002,
    [2002],
    report,
    notes,
  )}${statementTable(text, t("captionNote3", { page: String(PAGES.note3) }), "note3", NOTE_3, [2002], report, notes)}</section><section aria-labelledby="footing" class="${
    styles.section
  }"><h2 id="footing">${t("footingHeading")}</h2><p>${t("footingIntro", {
    checks: String(report.checks.length),
    passing: String(footing),
    failures: String(report.failures.length),
    count: words.facts.countInWords(count),
    figures: count === 1 ? t("figureOne") : t("figureOther"),
  })}</p><ol class="${styles.findings}">${findings}</ol><details class="${styles.sources}"><summary>${t("everyCheck")}</summary><ol class="${styles.checks}">${report.checks.map((each) =>
    check(text, each),
  )}</ol></details></section>`;
}
