/**
 * The static files of public/: the app icon and the web manifest, linked from every page;
 * robots.txt; each with the common headers and a policy under which nothing in it may run.
 */
import { expect, test } from "@playwright/test";

test("every page links the icon and the web manifest, and both are served", async ({ page, request }) => {
  await page.goto("/plan");
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(manifestHref).toBe("/manifest.webmanifest");
  const iconHref = await page.locator('link[rel="icon"]').getAttribute("href");
  expect(iconHref).toBe("/icon.svg");
  const manifest = await request.get(manifestHref!);
  expect(manifest.status()).toBe(200);
  const json = await manifest.json();
  expect(json).toMatchObject({ name: "SOS Staffing 401(k) Plan calculator", start_url: "/", icons: [{ src: "/icon.svg", type: "image/svg+xml" }] });
  const icon = await request.get(json.icons[0].src);
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toMatch(/^image\/svg\+xml/);
  expect(await icon.text()).toContain("<svg");
});

test("robots.txt allows the pages and keeps crawlers off the API's endpoints", async ({ request }) => {
  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  expect(robots.headers()["content-type"]).toMatch(/^text\/plain/);
  const text = await robots.text();
  expect(text).toMatch(/^User-agent: \*$/m);
  expect(text).toMatch(/^Allow: \/$/m);
  expect(text).toMatch(/^Disallow: \/api\/v1\/$/m);
});

test("the static files carry the common headers and a policy under which nothing runs", async ({ request }) => {
  for (const path of ["/icon.svg", "/robots.txt", "/manifest.webmanifest", "/templates/census-template.csv", "/templates/hours-template.csv"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["content-security-policy"], path).toBe("default-src 'none'; frame-ancestors 'none'");
  }
});
