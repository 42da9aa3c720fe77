// The arithmetic behind the dashboard's small SVG charts: a round top for an axis, evenly spaced
// ticks, and a linear map from values to pixels. Pure, so the charts' geometry is tested without a
// browser.

/** The smallest "round" number (1, 2, 2.5 or 5 times a power of ten) at or above the value. */
export function niceCeiling(value: number): number {
  if (!Number.isFinite(value) || value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) {
    const candidate = step * power;
    // Guard against 0.30000000000000004-style float noise making a round value look too small.
    if (candidate >= value - power * 1e-9) return candidate;
  }
  return 10 * power;
}

/** `count` + 1 evenly spaced ticks from 0 to max, both included. */
export function ticks(max: number, count = 4): number[] {
  const step = max / count;
  return Array.from({ length: count + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}

/** Maps [domainMin, domainMax] linearly onto [rangeStart, rangeEnd]; a flat domain maps to the start. */
export function linearScale(
  [domainMin, domainMax]: readonly [number, number],
  [rangeStart, rangeEnd]: readonly [number, number],
): (value: number) => number {
  const span = domainMax - domainMin;
  if (span === 0) return () => rangeStart;
  return (value) => rangeStart + ((value - domainMin) / span) * (rangeEnd - rangeStart);
}

/** Every nth label of a long axis, always the first and the last, so labels never overlap. */
export function sparseLabels<T>(items: readonly T[], maxLabels: number): Set<number> {
  const shown = new Set<number>();
  if (items.length === 0) return shown;
  const every = Math.max(1, Math.ceil(items.length / Math.max(1, maxLabels)));
  for (let i = 0; i < items.length; i += every) shown.add(i);
  shown.add(items.length - 1);
  // The last label would crowd the one before it when they are closer than a step.
  const sorted = [...shown].sort((a, b) => a - b);
  const beforeLast = sorted[sorted.length - 2];
  if (beforeLast !== undefined && items.length - 1 - beforeLast < every) shown.delete(beforeLast);
  return shown;
}
