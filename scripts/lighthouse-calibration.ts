/**
 * How much Lighthouse slows the CPU down, from how fast this machine is at the moment.
 *
 * Lighthouse's mobile preset simulates a mid-tier phone by multiplying the time the host's main
 * thread takes by 4. That factor is calibrated for a high-end desktop host: Lighthouse's own
 * throttling guide puts those at a benchmark index of 1,500 to 2,000, and Lighthouse warns that the
 * host is "at least ~2x weaker than our regular target device" below 1,000 (so the target is about
 * 2,000). On a shared machine whose CPU is taken by other work, or on a slower machine, 4× turns a
 * slow host into a much slower phone than the preset means, and every page's blocking time (the
 * differences between pages included) grows with it. So the factor is scaled to the host's index,
 * as the guide recommends: 4 at 2,000 or more, proportionally less below, never below 1 (no
 * slowdown). The phone measured is then the same phone whatever the machine's speed that hour.
 */

/** Lighthouse's mobile preset: the CPU slowdown it applies on the host it is calibrated for. */
export const PRESET_CPU_SLOWDOWN = 4;
/** The benchmark index of the host that the preset's slowdown is calibrated for (see above). */
export const REFERENCE_BENCHMARK_INDEX = 2000;

/** The CPU slowdown for a host of this benchmark index, to one decimal. */
export function cpuSlowdownFor(benchmarkIndex: number): number {
  if (!Number.isFinite(benchmarkIndex) || benchmarkIndex <= 0) throw new Error(`benchmark index must be a positive number, got ${benchmarkIndex}`);
  const scaled = (PRESET_CPU_SLOWDOWN * Math.min(benchmarkIndex, REFERENCE_BENCHMARK_INDEX)) / REFERENCE_BENCHMARK_INDEX;
  return Math.max(1, Math.round(scaled * 10) / 10);
}
