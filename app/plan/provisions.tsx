import type { PlanDefinition, ServiceRule } from "@/lib/plan/definition";
import { hoursAndBreaksInWords, longTermPartTimeInWords, type RuleInWords } from "@/lib/pages/plan-facts/service-rules";
import { linkIn } from "@/lib/languages";
import { formatHours } from "@/lib/words/format";
import { escapeHtml, html, type Html } from "@/app/components/static-html";
import { markup, planText, type PlanText } from "./words";
import styles from "./plan.module.css";

function serviceInWords({ t, words }: PlanText, service: ServiceRule, months: number): string {
  return service.kind === "hoursInPeriod"
    ? t("serviceHours", { hours: formatHours(service.hours), months: String(months) })
    : t("serviceDays", { ordinal: words.format.ordinal(service.days) });
}

/** A rule the report does not state: its words and its sources, no quote. */
function lawRule({ t, words }: PlanText, id: string, rule: RuleInWords): Html {
  return html`<article class="${styles.provision}" id="${id}" aria-labelledby="${id}-title"><h3 id="${id}-title">${rule.title}</h3>${rule.sentences.map(
    (sentence) => html`<p>${sentence}</p>`,
  )}<p class="${styles.sourcesLine}">${t("sourcesLabel")} <cite>${rule.sources.map(words.facts.citation).join("; ")}</cite></p></article>`;
}

/** A rule of the report: what the calculator applies, then the report's own words (translated on a Spanish page) and their note. */
function provision({ words }: PlanText, title: string, citation: string, quote: { key: string; text: string }, body: Html, id?: string): Html {
  return html`<article class="${styles.provision}"${id ? html` id="${id}" aria-labelledby="${id}-title"` : ""}><h3${id ? html` id="${id}-title"` : ""}>${title}</h3>${body}<blockquote class="${styles.quote}"><p>“${words.facts.quote(
    quote.key,
    quote.text,
  )}”</p><footer><cite>${words.facts.quoteCitation(citation)}</cite></footer></blockquote></article>`;
}

function vestingTable({ t }: PlanText, plan: PlanDefinition): Html {
  const rows = plan.vesting.schedule.map((step, index) => {
    const next = plan.vesting.schedule[index + 1];
    const years = index === 0 && next ? t("lessThan", { years: String(next.years) }) : next ? String(step.years) : t("orMore", { years: String(step.years) });
    return html`<tr><td>${years}</td><td class="num">${step.percent}%</td></tr>`;
  });
  return html`<div class="${styles.scroll}" role="region" aria-label="${t("vestingRegion")}" tabindex="0"><table><caption class="${styles.caption}">${t("vestingCaption")}</caption><thead><tr><th scope="col">${t(
    "colYearsOfService",
  )}</th><th scope="col" class="num">${t("colVested")}</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

/** A link to another page from this one: its version in the page's language, or the English page, said so. */
function pageLink({ t, language }: PlanText, page: string): (chunks: string) => string {
  const target = linkIn(language, page);
  return (chunks) =>
    target.language === language
      ? `<a href="${escapeHtml(target.href)}">${chunks}</a>`
      : `<a href="${escapeHtml(target.href)}" hreflang="${target.language}">${chunks}</a> ${escapeHtml(t("inEnglishOnly"))}`;
}

/** The plan's rules, each with its note and quote, as HTML (see static-html). */
export function provisions(plan: PlanDefinition, text: PlanText = planText("en")): Html {
  const { t, words } = text;
  const { contributions, match, vesting, forfeitures } = plan;
  return html`<section aria-labelledby="provisions" class="${styles.section}"><h2 id="provisions">${t("provisionsHeading")}</h2><p>${t("provisionsIntro")}</p>${plan.employers.map(
    (employer) =>
      provision(
        text,
        t("eligibilityTitle", { employer: words.facts.employerName(employer) }),
        employer.citation,
        { key: `employer.${employer.id}`, text: employer.quote },
        html`<p>${t("eligibilityBody", { age: String(plan.eligibility.minimumAge), service: serviceInWords(text, employer.service, plan.eligibility.computationPeriodMonths) })} ${
          employer.excludesHighlyCompensated ? t("hceExcluded") : t("hceAllowed")
        }</p>`,
      ),
  )}${provision(
    text,
    t("contributionsTitle"),
    contributions.citation,
    { key: "contributions", text: contributions.quote },
    html`<p>${t("contributionsBody", { cap: String(contributions.deferralPercentCap) })}${contributions.rolloversAllowed ? ` ${t("rollovers")}` : ""}</p>`,
  )}${provision(
    text,
    t("matchTitle"),
    match.citation,
    { key: "match", text: match.quote },
    html`<p>${match.discretionary ? t("matchDiscretionary") : t("matchFixed")} ${words.facts.matchBasis(plan)} ${t("matchReference", { percent: String(match.referencePercentOfDeferrals) })}</p>`,
  )}${provision(
    text,
    t("vestingTitle"),
    vesting.citation,
    { key: "vesting", text: vesting.quote },
    html`<p>${t("alwaysVested", { sources: words.vesting.alwaysVestedSources(plan) })}</p><p>${t("matchVests", { schedule: words.format.describeSchedule(vesting.schedule) })}</p>${vestingTable(text, plan)}`,
    "vesting",
  )}${lawRule(text, "breaks", hoursAndBreaksInWords(plan, words.facts))}${lawRule(text, "part-time", longTermPartTimeInWords(plan, words.facts))}${provision(
    text,
    t("terminationTitle"),
    vesting.terminationCitation,
    { key: "termination", text: vesting.terminationQuote },
    html`<p>${t("terminationBody")}</p>`,
  )}${provision(
    text,
    t("forfeituresTitle"),
    forfeitures.citation,
    { key: "forfeitures", text: forfeitures.quote },
    html`<p>${markup(t, "forfeituresBody", { breaks: words.vesting.breaksWord(vesting.hoursCounting.forfeiture.consecutiveBreaks) }, { link: pageLink(text, "/hr/forfeitures") })}</p>`,
  )}</section>`;
}
