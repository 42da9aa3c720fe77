// The withhold split across the premium payments of the first quarter of the following contract
// period (48 CFR 1609.7101-2; 48 CFR 1632.170(a)(2)): whole cents, equal parts, the remainder on the
// first payment, so the parts always add up to the amount exactly.

/** The amount in whole cents divided over `payments` payments; the first carries the remainder. */
export function splitWithhold(amountCents: number, payments: number): number[] {
  if (!Number.isSafeInteger(amountCents) || amountCents < 0)
    throw new RangeError(`amountCents must be a whole, non-negative number of cents, not ${amountCents}`);
  if (!Number.isInteger(payments) || payments < 1)
    throw new RangeError(`payments must be a whole number from 1, not ${payments}`);
  const part = Math.floor(amountCents / payments);
  const remainder = amountCents - part * payments;
  return Array.from({ length: payments }, (_, i) => (i === 0 ? part + remainder : part));
}
