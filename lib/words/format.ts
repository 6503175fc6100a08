/**
 * Figures for sentences in any of the app's languages: hours and counts grouped the US way (1,040;
 * 100,000), as both the English and the US Spanish pages write them. Sentences themselves are in
 * lib/words/<language>.
 */

/** Hours with thousands separators and up to four decimals: 1,040 or 999.5. */
export function formatHours(hours: number): string {
  if (Number.isInteger(hours) && hours >= 0) {
    if (hours < 1000) return String(hours);
    // Whole hours, the common case of a roster's 100,000 reasons: grouped without a regular expression.
    if (hours < 1e15) return groupThousands(String(hours));
  }
  const [whole = "0", fraction] = hours.toFixed(4).replace(/\.?0+$/, "").split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction ? `${grouped}.${fraction}` : grouped;
}

/**
 * A count with thousands separators, with `decimals` places: 100,000 or 12.3. Written out rather
 * than `toLocaleString`, whose first call in a browser loads the number formatter (a fifth of a
 * second on a slow phone) and whose output would follow the machine's locale where a locale is not given.
 */
export function formatCount(value: number, decimals = 0): string {
  const [whole = "0", fraction] = Math.abs(value).toFixed(decimals).split(".");
  const sign = value < 0 && Number(`${whole}.${fraction ?? 0}`) !== 0 ? "-" : "";
  return `${sign}${groupThousands(whole)}${fraction ? `.${fraction}` : ""}`;
}

/** "1234567" → "1,234,567". */
function groupThousands(digits: string): string {
  const head = digits.length % 3 || 3;
  let grouped = digits.slice(0, head);
  for (let at = head; at < digits.length; at += 3) grouped += `,${digits.slice(at, at + 3)}`;
  return grouped;
}
