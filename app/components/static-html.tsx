/**
 * Large fixed content written as HTML on the server.
 *
 * The plan facts page (all of it) and the API reference's endpoints are hundreds of elements that
 * never change in the browser. As React elements they are sent twice (as HTML and again as the
 * React tree, which the browser decodes into elements) and React walks every one to hydrate them;
 * as one string they are sent as text and React does not walk inside them (issue 18: a phone's main
 * thread). Every value put into the HTML is escaped by `html`.
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

/** A scrolling region holding a table, as HTML: keyboard users can scroll it (it takes focus), screen readers hear its name. */
export function tableRegion(label: string, className: string | undefined, table: Html): Html {
  return html`<div class="${className}" role="region" aria-label="${label}" tabindex="0">${table}</div>`;
}
