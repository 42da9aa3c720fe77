// Erlang B, the probability that all of N servers are busy when calls that find them busy are lost.
// Erlang C and Erlang A are both built on it. The recursion B(0) = 1, B(n) = A·B(n-1) / (n + A·B(n-1))
// stays within [0, 1] at every step, so unlike the textbook ratio of A^N / N! sums it neither
// overflows nor loses digits for thousands of agents.

/** Erlang B blocking probability for `agents` servers offered `load` Erlangs. */
export function erlangB(load: number, agents: number): number {
  if (!(load >= 0) || !Number.isFinite(load)) throw new RangeError(`load must be ≥ 0, got ${load}`);
  if (!Number.isSafeInteger(agents) || agents < 0)
    throw new RangeError(`agents must be a whole number ≥ 0, got ${agents}`);
  let blocking = 1;
  for (let n = 1; n <= agents; n++) blocking = (load * blocking) / (n + load * blocking);
  return blocking;
}

/** Erlang C from Erlang B for the same load and agents: N·B / (N - A·(1 - B)), valid for N > A. */
export function erlangCFromB(load: number, agents: number, blocking: number): number {
  if (agents <= load) return 1;
  return (agents * blocking) / (agents - load * (1 - blocking));
}
