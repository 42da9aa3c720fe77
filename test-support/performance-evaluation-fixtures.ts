// A carrier performance evaluation as the contracting officer leaves it when accepting: the
// evaluation row with the engine's proposal, a 'proposed' event, one 'factor_decided' per element and
// the 'accepted' event with its amount. Plain inserts into the 0022 tables, so due-process tests need
// neither the evidence nor the engine. Synthetic figures only.
import type { EvaluationProposal } from '../src/rules/carrier-performance/performance-types.ts';
import type { Store } from '../src/storage/store.ts';

export interface AcceptedEvaluationFixture {
  readonly carrierCode?: string;
  readonly planCode?: string | null;
  readonly contractYear?: number;
  /** Default $50,000,000.00. */
  readonly premiumBaseCents?: number;
  /** Element factors as accepted; default customer-service 0.0002, critical-contract-compliance 0.0001 (the elements of method fehbar-1998). */
  readonly factors?: Readonly<Record<string, number>>;
  readonly acceptedOn?: string;
  readonly state?: 'proposed' | 'accepted';
}

export const FIXTURE_ELEMENTS = [
  {
    elementId: 'customer-service',
    label: 'Customer Service',
    maxFactor: 0.007,
    citation: '48 CFR 1609.7101-1(a)',
  },
  {
    elementId: 'critical-contract-compliance',
    label: 'Critical Contract Compliance Requirements',
    maxFactor: 0.003,
    citation: '48 CFR 1609.7101-1(b)',
  },
] as const;

export function fixtureProposal(
  carrierCode: string,
  contractYear: number,
  premiumBaseCents: number,
  factors: Readonly<Record<string, number>>,
): EvaluationProposal {
  const elements = FIXTURE_ELEMENTS.map((e) => ({
    elementId: e.elementId,
    label: e.label,
    maxFactor: e.maxFactor,
    proposedFactor: factors[e.elementId] ?? 0,
    items: [],
    decision: {
      rule: 'carrier-performance-element',
      outcome: 'proposed',
      citations: ['48 CFR 1609.7101-2', e.citation],
      facts: {},
      explanation: `${e.label}: the evidence shows the element was not fully met.`,
    },
  }));
  const totalFactor = elements.reduce((t, e) => t + e.proposedFactor, 0);
  return {
    methodId: 'fehbar-1998',
    methodVersion: 'fixture',
    carrierCode,
    contractYear,
    outcomeKind: 'withhold',
    elements,
    totalFactor,
    capApplied: false,
    premiumBase: { amountCents: premiumBaseCents, kind: 'imported', source: 'fixture' },
    amountCents: Math.round(premiumBaseCents * totalFactor),
    decision: {
      rule: 'carrier-performance',
      outcome: 'proposed',
      citations: ['48 CFR 1609.7101-2'],
      facts: {},
      explanation: 'Fixture proposal.',
    },
  };
}

/** Inserts an accepted evaluation and returns its id. */
export async function insertAcceptedEvaluation(
  store: Store,
  fixture: AcceptedEvaluationFixture = {},
): Promise<number> {
  const carrierCode = fixture.carrierCode ?? 'FEP';
  const contractYear = fixture.contractYear ?? 2027;
  const premiumBaseCents = fixture.premiumBaseCents ?? 5_000_000_000;
  const factors = fixture.factors ?? { 'customer-service': 0.0002, 'critical-contract-compliance': 0.0001 };
  const acceptedOn = fixture.acceptedOn ?? `${contractYear + 1}-02-15`;
  const proposal = fixtureProposal(carrierCode, contractYear, premiumBaseCents, factors);
  const row = await store.db
    .insertInto('performance_evaluation')
    .values({
      carrier_code: carrierCode,
      plan_code: fixture.planCode ?? null,
      contract_year: contractYear,
      method_id: proposal.methodId,
      method_version: proposal.methodVersion,
      state: fixture.state ?? 'accepted',
      premium_base_cents: premiumBaseCents,
      premium_base_kind: 'imported',
      premium_base_source: 'fixture',
      proposal: JSON.stringify(proposal),
      created_by: 'fixture',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const id = Number(row.id);
  const event = (
    kind: string,
    extra: { element_id?: string; factor?: number; amount_cents?: number; reason?: string },
  ) => ({
    evaluation_id: id,
    kind,
    element_id: extra.element_id ?? null,
    factor: extra.factor ?? null,
    amount_cents: extra.amount_cents ?? null,
    reason: extra.reason ?? null,
    author: 'co-fixture',
    detail: JSON.stringify({}),
    effective_on: acceptedOn,
  });
  await store.db
    .insertInto('performance_evaluation_event')
    .values([
      event('proposed', { amount_cents: proposal.amountCents }),
      ...proposal.elements.map((e) =>
        event('factor_decided', {
          element_id: e.elementId,
          factor: e.proposedFactor,
          reason: `${e.label}: accepted as proposed.`,
        }),
      ),
      ...(fixture.state === 'proposed'
        ? []
        : [event('accepted', { amount_cents: proposal.amountCents, reason: 'Accepted.' })]),
    ])
    .execute();
  return id;
}
