import type { PlanDefinition, ServiceRule } from "@/lib/plan/definition";
import { hoursAndBreaksInWords, longTermPartTimeInWords, type RuleInWords } from "@/lib/pages/plan-facts/service-rules";
import { formatHours } from "@/lib/words/format";
import { describeSchedule, ordinal } from "@/lib/words/en/format";
import { alwaysVestedSources, breaksWord } from "@/lib/words/en/vesting";
import { html, type Html } from "@/app/components/static-html";
import styles from "./plan.module.css";

function serviceInWords(service: ServiceRule, months: number): string {
  return service.kind === "hoursInPeriod"
    ? `${formatHours(service.hours)} hours of work within ${months} months (a computation period: the first ${months} months from the start date, then plan years)`
    : `the ${ordinal(service.days)} day following the day of the first hour of service (no hours requirement)`;
}

/** A rule the report does not state: its words and its sources, no quote. */
function lawRule(id: string, rule: RuleInWords): Html {
  return html`<article class="${styles.provision}" id="${id}" aria-labelledby="${id}-title"><h3 id="${id}-title">${rule.title}</h3>${rule.sentences.map(
    (sentence) => html`<p>${sentence}</p>`,
  )}<p class="${styles.sourcesLine}">Sources: <cite>${rule.sources.join("; ")}</cite></p></article>`;
}

/** A rule of the report: what the calculator applies, then the report's own words and their note. */
function provision(title: string, citation: string, quote: string, body: Html, id?: string): Html {
  return html`<article class="${styles.provision}"${id ? html` id="${id}" aria-labelledby="${id}-title"` : ""}><h3${id ? html` id="${id}-title"` : ""}>${title}</h3>${body}<blockquote class="${styles.quote}"><p>“${quote}”</p><footer><cite>${citation}</cite></footer></blockquote></article>`;
}

function vestingTable(plan: PlanDefinition): Html {
  const rows = plan.vesting.schedule.map((step, index) => {
    const next = plan.vesting.schedule[index + 1];
    const years = index === 0 && next ? `Less than ${next.years}` : next ? String(step.years) : `${step.years} or more`;
    return html`<tr><td>${years}</td><td class="num">${step.percent}%</td></tr>`;
  });
  return html`<div class="${styles.scroll}" role="region" aria-label="Vesting schedule" tabindex="0"><table><caption class="${styles.caption}">Vesting schedule for the match</caption><thead><tr><th scope="col">Years of service</th><th scope="col" class="num">Vested</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

/** The plan's rules, each with its note and quote, as HTML (see static-html). */
export function provisions(plan: PlanDefinition): Html {
  const { contributions, match, vesting, forfeitures } = plan;
  return html`<section aria-labelledby="provisions" class="${styles.section}"><h2 id="provisions">The plan's rules</h2><p>Each rule as the calculator applies it, with the note of the report it comes from and the report's own words.</p>${plan.employers.map(
    (employer) =>
      provision(
        `Eligibility: ${employer.name}`,
        employer.citation,
        employer.quote,
        html`<p>Eligible at age ${plan.eligibility.minimumAge} and after ${serviceInWords(employer.service, plan.eligibility.computationPeriodMonths)}. ${
          employer.excludesHighlyCompensated ? "Highly compensated employees are excluded." : "Highly compensated employees may participate."
        }</p>`,
      ),
  )}${provision(
    "Contributions",
    contributions.citation,
    contributions.quote,
    html`<p>Participants may save up to ${contributions.deferralPercentCap}% of their pay each year before tax (elective deferrals), also within the IRS limits below.${
      contributions.rolloversAllowed ? " Rollovers from other qualified plans are accepted." : ""
    }</p>`,
  )}${provision(
    "Employer match",
    match.citation,
    match.quote,
    html`<p>${match.discretionary ? "The match is discretionary." : "The match is fixed."} ${match.referenceBasis} The calculator offers ${match.referencePercentOfDeferrals}% as a labelled reference, not a promise.</p>`,
  )}${provision(
    "Vesting",
    vesting.citation,
    vesting.quote,
    html`<p>Always fully vested: ${alwaysVestedSources(plan)}, with their earnings.</p><p>Employer matching contributions vest by completed years of service: ${describeSchedule(
      vesting.schedule,
    )}.</p>${vestingTable(plan)}`,
    "vesting",
  )}${lawRule("breaks", hoursAndBreaksInWords(plan))}${lawRule("part-time", longTermPartTimeInWords(plan))}${provision(
    "Plan termination",
    vesting.terminationCitation,
    vesting.terminationQuote,
    html`<p>If the plan is terminated, every participant becomes fully vested in every account.</p>`,
  )}${provision(
    "Forfeitures",
    forfeitures.citation,
    forfeitures.quote,
    html`<p>The unvested match of a participant who leaves is forfeited: with the hours known, after ${breaksWord(vesting.hoursCounting.forfeiture.consecutiveBreaks)} in service in a row (see above). Forfeitures reduce future employer contributions; given out as a match, a pool is shared in proportion to each participant's deferrals, to the cent (see <a href="/hr/forfeitures">HR: forfeitures</a>).</p>`,
  )}</section>`;
}
