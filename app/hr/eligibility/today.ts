/** Today's date in the browser's calendar, `YYYY-MM-DD`: the default as-of date (a page may read the clock; lib/ may not). */
export function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}
