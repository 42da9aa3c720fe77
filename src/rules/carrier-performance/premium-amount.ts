// The amount a set of factors comes to: "The total premium will be multiplied by the sum of all the
// factors" (48 CFR 1609.7101-2; 1632.170(a)(2)), in whole cents, half a cent away from zero. Factors
// are kept to ten decimal places (a ten-billionth of the premium) so the product is exact.

/** Decimal places a factor is kept to. */
export const FACTOR_DECIMALS = 10;
const SCALE = 10n ** BigInt(FACTOR_DECIMALS);

/** A factor rounded to FACTOR_DECIMALS places, so sums of data figures (.002 + .001) print as written. */
export function roundFactor(value: number): number {
  const rounded = Number(value.toFixed(FACTOR_DECIMALS));
  return rounded === 0 ? 0 : rounded;
}

/** premiumCents x factor in whole cents, half a cent away from zero, computed exactly. */
export function premiumTimesFactor(premiumCents: number, factor: number): number {
  if (!Number.isSafeInteger(premiumCents)) throw new RangeError(`premium ${premiumCents} is not whole cents`);
  const scaled = BigInt(Math.round(roundFactor(factor) * Number(SCALE)));
  const product = BigInt(premiumCents) * scaled;
  const negative = product < 0n;
  const magnitude = negative ? -product : product;
  const cents = (magnitude + SCALE / 2n) / SCALE;
  const result = Number(negative ? -cents : cents);
  return result === 0 ? 0 : result;
}

/** Dollars and cents for people: 12345678 -> "$123,456.78", -5 -> "-$0.05". */
export function formatCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const magnitude = Math.abs(cents);
  const dollars = Math.floor(magnitude / 100).toLocaleString('en-US');
  return `${sign}$${dollars}.${String(magnitude % 100).padStart(2, '0')}`;
}
