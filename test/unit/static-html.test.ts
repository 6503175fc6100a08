import { describe, expect, it } from "vitest";
import { escapeHtml, html } from "@/app/components/static-html";

describe("tables written as HTML on the server", () => {
  it("escapes every value put into the HTML", () => {
    expect(html`<td title="${'a"b'}">${"<script>&"}</td>`.__html).toBe('<td title="a&quot;b">&lt;script&gt;&amp;</td>');
    expect(escapeHtml("Manager's")).toBe("Manager&#39;s");
  });

  it("nests fragments without escaping them twice, and drops empty values", () => {
    const cells = [1, 2].map((n) => html`<td>${n}</td>`);
    expect(html`<tr>${cells}${null}${false}${undefined}${html`<th>&amp;</th>`}</tr>`.__html).toBe("<tr><td>1</td><td>2</td><th>&amp;</th></tr>");
  });
});
