import { useEffect, useState } from "react";

/** Attempts at loading a page's rules before giving up (a phone's network drops a request now and then). */
const ATTEMPTS = 3;
const RETRY_MS = 1000;

/**
 * A hook giving a module that loads once the page is up, not with it (issue 18): a calculator
 * page's rules. On a slow phone a page starts in one task, running all the JavaScript its first
 * screen needs; with the rules in it, that task grew long enough to block the page. The first
 * screen does not need them: for empty forms the server draws what the rules would answer, so the
 * page answers the same until they arrive (a moment after it is up), keeps what is typed
 * meanwhile, and answers it as soon as they do. Every form using the hook shares one load.
 *
 * `load` must be written `() => import("./module")` where the hook is made, so the bundler splits
 * the module into its own file.
 */
export function loadAfterStart<T extends object>(load: () => Promise<T>): () => T | null {
  let loaded: T | null = null;
  let loading: Promise<T> | null = null;
  const attempt = (left: number): Promise<T> =>
    load().catch((error: unknown) => (left <= 1 ? Promise.reject(error) : new Promise((resolve) => setTimeout(resolve, RETRY_MS)).then(() => attempt(left - 1))));

  return function useLoaded(): T | null {
    // Loaded already in this tab (a client-side navigation back to the page): there from the first render.
    const [module, setModule] = useState<T | null>(loaded);
    useEffect(() => {
      if (module) return;
      let live = true;
      loading ??= attempt(ATTEMPTS).then(
        (value) => (loaded = value),
        (error: unknown) => {
          loading = null; // the next page visit tries again
          throw error;
        },
      );
      loading.then((value) => live && setModule(() => value)).catch(() => {});
      return () => {
        live = false;
      };
    }, [module]);
    return module;
  };
}
