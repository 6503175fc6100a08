/**
 * Large fixed content written as HTML on the server.
 *
 * The plan facts page's data tables (the IRS limits, the fund line-up, the statements) and the API
 * reference's endpoints are hundreds of elements that never change in the browser. As React
 * elements they are sent twice (as HTML and again as the React tree) and the browser walks every
 * one to hydrate them; as one string they are sent as text and React does not walk inside them.
 * That keeps those pages within the mobile performance budget. Every value put into the HTML is
 * escaped by `html`.
 */

/** HTML already escaped (a fragment built by `html`). */
export interface Html {
  __html: string;
}

type Value = string | number | Html | readonly Html[] | null | undefined | false;

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}

function part(value: Value): string {
  if (value === null || value === undefined || value === false) return "";
  if (Array.isArray(value)) return value.map((item: Html) => item.__html).join("");
  if (typeof value === "object") return (value as Html).__html;
  return escapeHtml(String(value));
}

/** A tagged template: the literal parts are HTML, every value is escaped (or an `Html` fragment). */
export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let out = strings[0]!;
  values.forEach((value, index) => {
    out += part(value) + strings[index + 1]!;
  });
  return { __html: out };
}

/** A scrolling region holding a table written as HTML. */
export function TableRegion({ label, className, table }: { label: string; className: string | undefined; table: Html }) {
  return <div className={className} role="region" aria-label={label} tabIndex={0} dangerouslySetInnerHTML={table} />;
}
