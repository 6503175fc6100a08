/**
 * Issue 5: the security headers on every page and API answer; no page breaks its own policy; and
 * the participant page keeps what is typed in the browser (no request carries it).
 */
import { expect, test } from "@playwright/test";

const PAGES = ["/", "/es", "/participant", "/hr/eligibility", "/hr/forfeitures", "/hr/testing", "/plan", "/api", "/es/hr/eligibility", "/es/hr/forfeitures", "/es/hr/testing", "/es/plan", "/es/participant", "/no-such-page"];

function expectCommonHeaders(headers: Record<string, string>) {
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["permissions-policy"]).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
  expect(headers["x-powered-by"]).toBeUndefined();
}

test.describe("headers", () => {
  for (const path of PAGES) {
    test(`${path}: a nonce-based CSP with no third-party origin, and the common headers`, async ({ request }) => {
      const response = await request.get(path);
      const headers = response.headers();
      expectCommonHeaders(headers);
      const csp = headers["content-security-policy"] ?? "";
      expect(csp).toMatch(/frame-ancestors 'none'/);
      expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'(;|$)/);
      expect(csp).not.toMatch(/unsafe-eval|https?:|\*/);
      expect(csp.match(/script-src[^;]*/)?.[0]).not.toContain("unsafe-inline");
      const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
      const html = await response.text();
      // Every script in the page carries this request's nonce.
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    });
  }

  test("two requests get two different nonces", async ({ request }) => {
    const a = (await request.get("/")).headers()["content-security-policy"];
    const b = (await request.get("/")).headers()["content-security-policy"];
    expect(a).not.toBe(b);
  });

  test("API answers: nothing may run or frame, and the common headers", async ({ request }) => {
    for (const response of [await request.get("/api/v1/health"), await request.post("/api/v1/vesting", { data: { yearsOfService: 3, balances: {} } })]) {
      const headers = response.headers();
      expectCommonHeaders(headers);
      expect(headers["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
    }
  });
});

test("no page logs a policy violation or an error while it loads", async ({ page }) => {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && !/status of 404/.test(message.text())) problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  for (const path of PAGES.filter((p) => p !== "/no-such-page")) {
    await page.goto(path);
    await page.waitForLoadState("load");
  }
  expect(problems).toEqual([]);
});

test("what a participant types never leaves the browser", async ({ page }) => {
  const sent: string[] = [];
  page.on("request", (request) => sent.push(`${request.method()} ${request.url()} ${request.postData() ?? ""}`));
  await page.goto("/participant#asOf=2004-03-01&birthDate=1961-07-23&yearsOfService=3&balances.deferral=98765.43&balances.match=45678.91&compensation=54321.09");
  await page.waitForLoadState("load");
  await page.waitForTimeout(500);
  const joined = sent.join("\n");
  expect(joined).toContain("/participant"); // we did record the page's own requests
  for (const secret of ["1961-07-23", "98765.43", "45678.91", "54321.09", "98765", "45678"]) expect(joined).not.toContain(secret);
  expect(sent.filter((line) => line.startsWith("POST"))).toEqual([]);
});
