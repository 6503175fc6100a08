/**
 * How much Lighthouse slows the CPU down, from how fast this machine is at the moment.
 *
 * Lighthouse's mobile preset simulates a mid-tier phone by multiplying the time the host's main
 * thread takes by 4. That factor is meant for a high-end desktop host, a class Lighthouse's own
 * throttling guide puts at a benchmark index of 1,500 to 2,000 (Lighthouse measures the index
 * before every load). On a slower host, 4× simulates a much slower phone than the preset means,
 * and every page's blocking time (the differences between pages included) grows with it. So the
 * factor is scaled to the host's index, as the guide recommends: 4 from the bottom of that class
 * (1,500) up, proportionally less below it, never below 1 (no slowdown). The bottom of the class,
 * not its middle, because the index itself moves between runs (1,600 to 2,700 within one set on
 * the machine this was written on): a host inside the class keeps the preset unchanged, and only
 * one slower than the whole class is scaled.
 */

/** Lighthouse's mobile preset: the CPU slowdown it applies on the host it is meant for. */
export const PRESET_CPU_SLOWDOWN = 4;
/** The lowest benchmark index of that host's class, Lighthouse's "high-end desktop" (1,500 to 2,000). */
export const REFERENCE_BENCHMARK_INDEX = 1500;

/** The CPU slowdown for a host of this benchmark index, to one decimal. */
export function cpuSlowdownFor(benchmarkIndex: number): number {
  if (!Number.isFinite(benchmarkIndex) || benchmarkIndex <= 0) throw new Error(`benchmark index must be a positive number, got ${benchmarkIndex}`);
  const scaled = (PRESET_CPU_SLOWDOWN * Math.min(benchmarkIndex, REFERENCE_BENCHMARK_INDEX)) / REFERENCE_BENCHMARK_INDEX;
  return Math.max(1, Math.round(scaled * 10) / 10);
}
