// Shrinkage: the share of paid time agents are not available for calls (breaks, training, meetings,
// absence). Agents on the phones must be scheduled as agents / (1 - shrinkage), rounded up: the
// worked example the staffing docs check against (docs/support-staffing.md, "Worked examples the tests reproduce"): Call
// Centre Helper's Erlang C example, 14 agents at 30% shrinkage are 20 scheduled, as pyworkforce's
// README and tests and the R package ErlangC give it.

// 14 / (1 - 0.3) is 20.000000000000004 in floating point; without this tolerance it would round up
// to 21 schedules for a need of exactly 20.
const ROUNDING_TOLERANCE = 1e-9;

export function scheduledAgents(agents: number, shrinkage: number): number {
  if (!Number.isSafeInteger(agents) || agents < 0)
    throw new RangeError(`agents must be a whole number ≥ 0, got ${agents}`);
  if (!(shrinkage >= 0 && shrinkage < 1))
    throw new RangeError(`shrinkage must be in [0, 1), got ${shrinkage}`);
  if (agents === 0) return 0;
  return Math.ceil(agents / (1 - shrinkage) - ROUNDING_TOLERANCE);
}
