import type { Page } from "@playwright/test";

/**
 * Holds every script a page asks for beyond those its HTML names (a calculator's rules, loaded
 * once the page is up: app/components/load-after-start.ts) until `release`; `held` lists them.
 */
export async function holdLateScripts(page: Page, path: string): Promise<{ held: string[]; release: () => void }> {
  const html = await (await page.request.get(path)).text();
  const named = new Set([...html.matchAll(/\/_next\/static\/chunks\/[^"'\s]+?\.js/g)].map((match) => match[0]));
  const held: string[] = [];
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_next/static/chunks/**", async (route) => {
    const script = new URL(route.request().url()).pathname;
    if (script.endsWith(".js") && !named.has(script)) {
      held.push(script);
      await released;
    }
    await route.continue();
  });
  return { held, release };
}
