// Which transactions are offered a survey: a share of each transaction point's transactions, chosen by
// a hash of the sampling seed and the transaction's reference, so every re-run of the invitations
// chooses the same ones (OMB Circular A-11, Section 280: post-transaction feedback may be collected
// from a sample of the customers served at a transaction point).
import { decision, type Decision } from '../decision.ts';

export const SAMPLING_CITATIONS = ['OMB Circular A-11, Section 280'] as const;

/** cyrb53: a fast 53-bit string hash with good spread (public domain), as a fraction in [0, 1). */
export function sampleFraction(seed: string, reference: string): number {
  const text = `${seed}\u0000${reference}`;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hash = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return hash / 2 ** 53;
}

export type SamplingOutcome = 'sampled' | 'not_sampled';

/** Whether the transaction `reference` falls in the sample of `rate` (0..1) for `seed`. */
export function sampleTransaction(seed: string, reference: string, rate: number): Decision<SamplingOutcome> {
  const fraction = sampleFraction(seed, reference);
  const sampled = fraction < rate;
  return decision(
    'survey-sampling',
    sampled ? 'sampled' : 'not_sampled',
    SAMPLING_CITATIONS,
    { seed, reference, rate, fraction: Number(fraction.toFixed(6)) },
    sampled
      ? `The transaction falls in the ${Math.round(rate * 100)}% sample of its transaction point.`
      : `The transaction falls outside the ${Math.round(rate * 100)}% sample of its transaction point.`,
  );
}
