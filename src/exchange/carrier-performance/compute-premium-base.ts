// The premium a carrier's performance factors multiply: its total net-to-carrier premium for the
// contract year (48 CFR 1632.170(a)(2)), per plan or for the carrier, computed from the exchange's
// enrollments and the catalogue's premiums. For each month of the year, every household enrolled on
// the month's first day in one of the carrier's PSHB options pays that option's monthly premium (the
// Government contribution plus the enrollee share, 5 U.S.C. 8906); the months are added up, and the
// amounts credited to OPM's contingency and administrative reserves (5 U.S.C. 8909(b); 48 CFR
// 1632.170(a)(1)) are taken off. A figure the carrier or OPM's actuaries provide replaces the
// computation when it is imported as evidence (measure premium-base.net-to-carrier-cents), with its source.
import { PshbError } from '../../errors.ts';
import type { PremiumBase } from '../../rules/carrier-performance/performance-types.ts';
import type { Principal } from '../../security/principal.ts';
import { executorOf, type Executor } from '../../storage/executor.ts';
import { currentEvidence } from '../../storage/performance/evidence-store.ts';
import {
  catalogueVersionForYear,
  monthlyEnrollmentPremiums,
} from '../../storage/performance/premium-base-reads.ts';
import type { Store } from '../../storage/store.ts';
import { checkedCarrier, checkedPlan, checkedYear } from './evidence-input.ts';
import { requirePerformanceAccess } from './performance-access.ts';

/** The measure an imported premium base is recorded under, in whole cents. */
export const IMPORTED_PREMIUM_MEASURE = 'premium-base.net-to-carrier-cents';

/**
 * The share of premium credited to OPM's reserves: up to 3% contingency and up to 1% administrative
 * (5 U.S.C. 8909(b)). UNCONFIRMED: the shares OPM sets for a year are not in the catalogue; import
 * the year's net-to-carrier figure to use the exact one.
 */
export const DEFAULT_RESERVE_SHARE = 0.04;

export interface ComputePremiumBaseInput {
  readonly carrierCode: string;
  readonly contractYear: number;
  /** One plan's premium base; the carrier's (every plan) when absent. */
  readonly planCode?: string | null;
  readonly reserveShare?: number;
  /** Compute from enrollments even when an imported figure exists. */
  readonly ignoreImported?: boolean;
  readonly requestId?: string;
}

export interface PremiumBaseMonth {
  readonly month: string;
  readonly enrollments: number;
  readonly premiumCents: number;
}

export interface PremiumBaseResult extends PremiumBase {
  readonly carrierCode: string;
  readonly planCode: string | null;
  readonly contractYear: number;
  readonly method: string;
  readonly catalogueVersion: string | null;
  /** Total premium before the reserves (computed only). */
  readonly grossCents: number | null;
  readonly reserveShare: number | null;
  readonly months: readonly PremiumBaseMonth[];
  readonly byPlan: readonly { readonly planCode: string; readonly grossCents: number }[];
}

export async function computePremiumBase(
  store: Store,
  principal: Principal,
  input: ComputePremiumBaseInput,
): Promise<PremiumBaseResult> {
  const carrier = checkedCarrier(input.carrierCode);
  await requirePerformanceAccess(store, principal, 'performance.read', carrier, {
    purpose: 'read the premium base of a carrier performance evaluation',
    requestId: input.requestId,
  });
  return premiumBaseOf(executorOf(store), { ...input, carrierCode: carrier });
}

/** The premium base without the access check (the evaluation's creation has made it). */
export async function premiumBaseOf(
  executor: Executor,
  input: ComputePremiumBaseInput,
): Promise<PremiumBaseResult> {
  const carrier = checkedCarrier(input.carrierCode);
  const year = checkedYear(input.contractYear);
  const plan = checkedPlan(input.planCode);
  const reserveShare = input.reserveShare ?? DEFAULT_RESERVE_SHARE;
  if (!(reserveShare >= 0 && reserveShare < 1))
    throw new PshbError('INVALID_INPUT', `reserveShare: ${reserveShare} is not a share from 0 to under 1`);
  if (!input.ignoreImported) {
    const imported = await importedFigure(executor, carrier, year, plan);
    if (imported) return imported;
  }
  const version = await catalogueVersionForYear(executor, year);
  if (version === undefined)
    throw new PshbError(
      'NOT_FOUND',
      `no plan catalogue for contract year ${year} is loaded: load it, or import the premium base as evidence (${IMPORTED_PREMIUM_MEASURE})`,
    );
  const rows = await monthlyEnrollmentPremiums(executor, {
    carrierCode: carrier,
    contractYear: year,
    catalogueVersion: version,
    planCode: plan,
  });
  const months = new Map<string, { enrollments: number; premiumCents: number }>();
  const byPlan = new Map<string, number>();
  for (const row of rows) {
    const cents = row.enrollments * row.monthlyTotalCents;
    const month = months.get(row.month) ?? { enrollments: 0, premiumCents: 0 };
    months.set(row.month, {
      enrollments: month.enrollments + row.enrollments,
      premiumCents: month.premiumCents + cents,
    });
    byPlan.set(row.planCode, (byPlan.get(row.planCode) ?? 0) + cents);
  }
  const gross = [...months.values()].reduce((sum, m) => sum + m.premiumCents, 0);
  const amountCents = Math.round(gross * (1 - reserveShare));
  const scope = plan === null ? `carrier ${carrier}'s PSHB plans` : `plan ${plan} of carrier ${carrier}`;
  return {
    amountCents,
    kind: 'computed',
    source: `exchange enrollments and catalogue ${version} monthly premiums, contract year ${year}`,
    method:
      `For each month of ${year}, the households enrolled on its first day in ${scope} (latest enrollment event ` +
      `on or before that day leaving them enrolled) times the option's monthly premium in catalogue ${version} ` +
      `(Government contribution plus enrollee share, 5 U.S.C. 8906), added over the twelve months: ` +
      `${formatCents(gross)}; less ${(reserveShare * 100).toFixed(2)}% credited to OPM's contingency and ` +
      `administrative reserves (5 U.S.C. 8909(b), 48 CFR 1632.170(a)(1); UNCONFIRMED share): ${formatCents(amountCents)}.`,
    carrierCode: carrier,
    planCode: plan,
    contractYear: year,
    catalogueVersion: version,
    grossCents: gross,
    reserveShare,
    months: [...months.entries()].map(([month, m]) => ({ month, ...m })),
    byPlan: [...byPlan.entries()].map(([planCode, grossCents]) => ({ planCode, grossCents })),
  };
}

async function importedFigure(
  executor: Executor,
  carrier: string,
  year: number,
  plan: string | null,
): Promise<PremiumBaseResult | undefined> {
  const rows = await currentEvidence(executor, { carrierCode: carrier, contractYear: year, planCode: plan });
  const row = rows.find(
    (r) => r.measure === IMPORTED_PREMIUM_MEASURE && r.plan_code === plan && r.applicable,
  );
  if (!row || typeof row.value !== 'number') return undefined;
  const amountCents = Math.round(row.value);
  return {
    amountCents,
    kind: 'imported',
    source: row.source_reference,
    method: `Imported net-to-carrier premium (evidence ${row.id}, ${row.source_kind}, recorded by ${row.recorded_by}): ${formatCents(amountCents)}; it replaces the figure computed from enrollments.`,
    carrierCode: carrier,
    planCode: plan,
    contractYear: year,
    catalogueVersion: null,
    grossCents: null,
    reserveShare: null,
    months: [],
    byPlan: [],
  };
}

export function formatCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}$${Math.floor(abs / 100).toLocaleString('en-US')}.${String(abs % 100).padStart(2, '0')}`;
}
