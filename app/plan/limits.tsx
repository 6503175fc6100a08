import { HCE_THRESHOLDS_BEFORE_TABLE, LAST_LIMITS_YEAR, LIMITS_TABLE, type LimitValue, type YearLimits } from "@/lib/plan/limits";
import { formatDollars } from "@/lib/money";
import styles from "./plan.module.css";

const COLUMNS: { key: keyof Omit<YearLimits, "year">; title: string }[] = [
  { key: "electiveDeferral", title: "402(g) deferrals" },
  { key: "catchUp50", title: "Catch-up 50+" },
  { key: "catchUp60to63", title: "Catch-up 60–63" },
  { key: "annualAdditions", title: "415(c) additions" },
  { key: "compensation", title: "401(a)(17) pay" },
  { key: "hceThreshold", title: "HCE threshold" },
];

export function Limits() {
  const first = HCE_THRESHOLDS_BEFORE_TABLE[0]!.year;
  return (
    <section aria-labelledby="limits" className={styles.section}>
      <h2 id="limits">IRS limits</h2>
      <p>
        The dollar limits the calculator applies, by plan year (USD). Each value keeps its source; open a year&apos;s sources below the table. Years after{" "}
        {LAST_LIMITS_YEAR} carry the {LAST_LIMITS_YEAR} values forward, and the calculator says so; years before {LIMITS_TABLE[0]!.year} are not supported.
      </p>
      <div className={styles.scroll} role="region" aria-label="IRS limits by year" tabIndex={0}>
        <table className={styles.limits}>
          <thead>
            <tr>
              <th scope="col">Year</th>
              {COLUMNS.map((column) => (
                <th key={column.key} scope="col" className="num">
                  {column.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {LIMITS_TABLE.map((row) => (
              <tr key={row.year}>
                <th scope="row">{row.year}</th>
                {COLUMNS.map((column) => {
                  const value = row[column.key] as LimitValue | null;
                  return (
                    <td key={column.key} className="num">
                      {value ? formatDollars(value.amount) : "–"}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        Highly compensated status for a plan year looks back to the year before, so plan years {first + 1} to {LIMITS_TABLE[0]!.year} use these thresholds from before the table
        (for that test alone):{" "}
        {HCE_THRESHOLDS_BEFORE_TABLE.map(({ year, threshold }) => `${year} ${formatDollars(threshold.amount)}`).join(" · ")}. Before plan year {first + 1} there is no threshold: pay
        cannot make an employee highly compensated (a 5% owner still is one), so state the status where pay would decide it.
      </p>
      <details className={styles.sources}>
        <summary>Sources of the thresholds before the table</summary>
        <ul>
          {HCE_THRESHOLDS_BEFORE_TABLE.map(({ year, threshold }) => (
            <li key={year}>
              <strong>{year}</strong> {formatDollars(threshold.amount)}: {threshold.source}
            </li>
          ))}
        </ul>
      </details>
      <details className={styles.sources}>
        <summary>Sources of each value</summary>
        <ul>
          {LIMITS_TABLE.map((row) => (
            <li key={row.year}>
              <strong>{row.year}</strong>
              <ul>
                {COLUMNS.map((column) => {
                  const value = row[column.key] as LimitValue | null;
                  return value ? (
                    <li key={column.key}>
                      {column.title} {formatDollars(value.amount)}: {value.source}
                    </li>
                  ) : null;
                })}
              </ul>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
