import { useEffect, useRef, useState } from "react";
import { axisFraction, moneyAxis, shortUsd, spreadLabels } from "@/lib/pages/participant/chart";
import type { ProjectedYear } from "@/lib/pages/participant/scenario";
import { formatUsd, type Money } from "@/lib/money";
import type { Said } from "./results";
import styles from "./participant.module.css";

interface ChartProps extends Said {
  rows: readonly ProjectedYear[];
  chosenYear: number;
  todaysDollars: boolean;
  onChoose: (year: number) => void;
}

const MARGIN = { top: 14, right: 12, bottom: 30, left: 58 };
/** Room for the row of step labels above the plot. */
const STEP_ROW = 14;
/** Half the width of a year label ("2065" at 12px), with a little room: the last one stays inside. */
const YEAR_HALF = 16;
/** Half the width of a step label ("100%" at 11px bold), with a little room. */
const STEP_HALF = 15;

/**
 * Total and vested balance by year, drawn as SVG at the width it is shown (so its text stays
 * readable on a phone), with the vesting steps marked and the chosen year highlighted.
 */
export function BalanceChart({ rows, chosenYear, todaysDollars, onChoose, text, words }: ChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(640);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => setWidth(Math.max(280, Math.round(element.clientWidth)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // Step labels share one row; one too close to the one before moves over (a leader line joins it
  // to its step), never up, so none overlap and none stack.
  const bandWidth = (width - MARGIN.left - MARGIN.right) / rows.length;
  const stepIndexes = rows.flatMap((row, index) => (row.vestingStep ? [index] : []));
  const stepLabelX = new Map<number, number>();
  // A step label is drawn inside the plot's width, clear of the money axis's labels.
  spreadLabels(
    stepIndexes.map((index) => MARGIN.left + bandWidth * (index + 0.5)),
    MARGIN.left + STEP_HALF,
    width - MARGIN.right - STEP_HALF,
    2 * STEP_HALF + 6,
  ).forEach((at, n) => stepLabelX.set(stepIndexes[n]!, at));
  const top = MARGIN.top + STEP_ROW + 6;
  const height = (width < 500 ? 220 : 260) + top - MARGIN.top;
  const total = (row: ProjectedYear): Money => (todaysDollars && row.totalToday ? row.totalToday : row.total);
  const vested = (row: ProjectedYear): Money => (todaysDollars && row.vestedToday ? row.vestedToday : row.vested);
  const largest = rows.reduce<Money>((high, row) => (total(row).greaterThan(high) ? total(row) : high), total(rows[0]!));
  const axis = moneyAxis(largest);
  const plotWidth = width - MARGIN.left - MARGIN.right;
  const plotHeight = height - top - MARGIN.bottom;
  const band = plotWidth / rows.length;
  const x = (index: number) => MARGIN.left + band * (index + 0.5);
  const y = (amount: Money) => top + plotHeight * (1 - axisFraction(amount, axis));
  const line = (pick: (row: ProjectedYear) => Money) => rows.map((row, index) => `${x(index).toFixed(1)},${y(pick(row)).toFixed(1)}`).join(" ");
  const labelEvery = Math.max(1, Math.ceil(40 / band));
  // The last year is always labelled; the regular label before it gives way when too close.
  const labelled = (index: number) =>
    index === rows.length - 1 || (index % labelEvery === 0 && (rows.length - 1 - index) * band >= 40);
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  const steps = rows.filter((row) => row.vestingStep);
  const description = words.chartDescription({
    first: first.planYear,
    last: last.planYear,
    todaysDollars,
    total: [formatUsd(total(first)), formatUsd(total(last))],
    vested: [formatUsd(vested(first)), formatUsd(vested(last))],
    steps,
  });

  return (
    <figure className={styles.chart}>
      <div ref={box} className={styles.chartBox}>
        <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="chart-title chart-desc">
          <title id="chart-title">{words.chartTitle(todaysDollars)}</title>
          <desc id="chart-desc">{description}</desc>
          {axis.ticks.map((tick) => (
            <g key={tick.toString()}>
              <line x1={MARGIN.left} x2={width - MARGIN.right} y1={y(tick)} y2={y(tick)} className={styles.grid} />
              <text x={MARGIN.left - 6} y={y(tick) + 4} textAnchor="end" className={styles.axisText}>
                {shortUsd(tick)}
              </text>
            </g>
          ))}
          {rows.map((row, index) => (
            <g key={row.planYear}>
              <rect
                x={MARGIN.left + band * index}
                y={top}
                width={band}
                height={plotHeight}
                className={row.planYear === chosenYear ? styles.chosenBand : styles.hitBand}
                onClick={() => onChoose(row.planYear)}
              />
              {labelled(index) ? (
                <text x={Math.min(x(index), width - YEAR_HALF)} y={height - 10} textAnchor="middle" className={styles.axisText}>
                  {row.planYear}
                </text>
              ) : null}
            </g>
          ))}
          {rows.map((row, index) =>
            row.vestingStep ? (
              <g key={`step-${row.planYear}`}>
                <line x1={x(index)} x2={x(index)} y1={top} y2={top + plotHeight} className={styles.stepLine} />
                <line x1={stepLabelX.get(index)} x2={x(index)} y1={top - 5} y2={top} className={styles.stepLine} />
                <text x={stepLabelX.get(index)} y={top - 7} textAnchor="middle" className={styles.stepText} data-testid="step-label">
                  {`${row.vestedPercent}%`}
                </text>
              </g>
            ) : null,
          )}
          <polyline points={line(total)} className={styles.totalLine} />
          <polyline points={line(vested)} className={styles.vestedLine} />
          {rows.length <= 40
            ? rows.map((row, index) => <circle key={`v-${row.planYear}`} cx={x(index)} cy={y(vested(row))} r={2.5} className={styles.vestedDot} />)
            : null}
        </svg>
      </div>
      <figcaption className={styles.legend}>
        <span>
          <span className={styles.keyTotal} aria-hidden="true" /> {text.legendTotal}
        </span>
        <span>
          <span className={styles.keyVested} aria-hidden="true" /> {text.legendVested}
        </span>
        <span>
          <span className={styles.keyStep} aria-hidden="true" /> {text.legendStep}
        </span>
        {todaysDollars ? <span>{text.inTodaysDollars}</span> : null}
      </figcaption>
    </figure>
  );
}
