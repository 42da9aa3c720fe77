// A support specialist opens a case only about a caller it identified: one its own caller search
// returned within the last hours, one whose last name and SSN last four it gives with the request
// (verified identifiers of an inbound contact), or one whose case its partner already holds (a transfer
// or an earlier opening). Otherwise opening a case would grant the specialist's partner access to
// anyone. Openings are also limited per specialist per hour, and the program office lists the cases
// opened about people their opener never searched for or identified.
import { PshbError } from '../../errors.ts';
import type { Executor } from '../../storage/executor.ts';
import type { Query } from '../../storage/raw-query.ts';
import {
  countMismatchesSince,
  identifiersMatch,
  insertIdentification,
  insertSearchResults,
  latestIdentification,
  lockIdentifierAttempts,
  selectUnidentifiedOpenings,
  type Identifier,
} from '../../storage/support/caller-identifications.ts';
import { countOpenedSince, lockOpeningsOf, partnerHoldsCaseOf } from '../../storage/support/cases.ts';
import type { CaseActor } from './case-actor.ts';

export type IdentificationMethod = 'search' | 'verified_identifiers' | 'partner_case';

export interface CallerIdentification {
  readonly method: IdentificationMethod;
  /** When the caller was identified (the search, or now for identifiers and a held case). */
  readonly at: string;
}

/** Last name and SSN last four, as the caller gave them on an inbound contact. */
export interface VerifiedIdentifiers {
  readonly lastName: string;
  readonly ssnLastFour: string;
}

export interface CaseOpeningPolicy {
  /** How long a caller search identifies the people it returned (a shift). */
  readonly identificationHours: number;
  /** How many cases one specialist may open in an hour. */
  readonly openingsPerHour: number;
}

export const DEFAULT_CASE_OPENING_POLICY: CaseOpeningPolicy = {
  identificationHours: 12,
  openingsPerHour: 30,
};

/** PSHB_CALLER_IDENTIFICATION_HOURS and PSHB_CASE_OPENINGS_PER_HOUR, or the defaults. */
export function caseOpeningPolicyFromEnv(env: NodeJS.ProcessEnv = process.env): CaseOpeningPolicy {
  return {
    identificationHours: positiveSetting(
      env,
      'PSHB_CALLER_IDENTIFICATION_HOURS',
      DEFAULT_CASE_OPENING_POLICY.identificationHours,
    ),
    openingsPerHour: positiveSetting(
      env,
      'PSHB_CASE_OPENINGS_PER_HOUR',
      DEFAULT_CASE_OPENING_POLICY.openingsPerHour,
    ),
  };
}

function positiveSetting(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new PshbError('INVALID_INPUT', `${name}: "${text}" is not a whole number of at least 1`);
  return value;
}

const HOUR_MS = 3_600_000;

/** Identifiers that did not match the person, per specialist per hour, before it must search instead. */
export const MISMATCHES_PER_HOUR = 5;

/** Records that a caller search by the actor returned these people. */
export async function recordSearchResults(
  runner: Executor | Query,
  actor: CaseActor,
  personIds: readonly number[],
): Promise<void> {
  await insertSearchResults(asExecutor(runner), identifierOf(actor), personIds);
}

/**
 * How the actor identified the person, or null when it did not. Identifiers given with the request
 * must match the person (a mismatch is recorded, and identifies nothing, whatever else would); after
 * MISMATCHES_PER_HOUR of them CASE_OPENING_LIMIT. Run it in a transaction, so that count holds when
 * attempts arrive at once.
 */
export async function identifyCaller(
  executor: Executor,
  actor: CaseActor,
  personId: number,
  policy: CaseOpeningPolicy,
  identifiers?: VerifiedIdentifiers,
  now: Date = new Date(),
): Promise<CallerIdentification | null> {
  if (identifiers) return matchIdentifiers(executor, actor, personId, identifiers, now);
  const since = new Date(now.getTime() - policy.identificationHours * HOUR_MS);
  const searched = await latestIdentification(executor, actor.id, personId, since);
  if (searched) return { method: 'search', at: searched.toISOString() };
  if (actor.partner === null) return null;
  const held = await partnerHoldsCaseOf(executor, personId, actor.partner);
  return held ? { method: 'partner_case', at: now.toISOString() } : null;
}

async function matchIdentifiers(
  executor: Executor,
  actor: CaseActor,
  personId: number,
  identifiers: VerifiedIdentifiers,
  now: Date,
): Promise<CallerIdentification | null> {
  // Identifiers that do not match are how someone would guess the last four digits: few are allowed.
  await lockIdentifierAttempts(executor, actor.id);
  const misses = await countMismatchesSince(executor, actor.id, new Date(now.getTime() - HOUR_MS));
  if (misses >= MISMATCHES_PER_HOUR) {
    throw new PshbError(
      'CASE_OPENING_LIMIT',
      `${actor.id} gave ${MISMATCHES_PER_HOUR} sets of identifiers that did not match in the last hour; ` +
        'find the caller with the caller search instead',
    );
  }
  const matches = await identifiersMatch(executor, personId, {
    lastName: identifiers.lastName.trim(),
    ssnLastFour: identifiers.ssnLastFour,
  });
  const method = matches === true ? 'verified_identifiers' : 'identifiers_mismatch';
  if (matches !== undefined) {
    await insertIdentification(executor, {
      ...identifierOf(actor),
      person_id: personId,
      method,
      identified_at: now.toISOString(),
    });
  }
  return method === 'verified_identifiers' ? { method, at: now.toISOString() } : null;
}

/**
 * Refuses with CASE_OPENING_LIMIT when the actor has opened its hourly allowance already. Call it in
 * the transaction that opens the case: the lock makes a specialist's concurrent openings count one
 * after the other, so the limit holds however many arrive at once.
 */
export async function checkOpeningLimit(
  executor: Executor,
  actor: CaseActor,
  policy: CaseOpeningPolicy,
  now: Date = new Date(),
): Promise<void> {
  await lockOpeningsOf(executor, actor.id);
  const opened = await countOpenedSince(executor, actor.id, new Date(now.getTime() - HOUR_MS));
  if (opened >= policy.openingsPerHour) {
    throw new PshbError(
      'CASE_OPENING_LIMIT',
      `${actor.id} has opened ${policy.openingsPerHour} cases in the last hour, the most one specialist may; ` +
        'the program office is told of openings beyond it',
    );
  }
}

export interface UnidentifiedOpening {
  readonly caseId: number;
  readonly personId: number;
  readonly openedBy: string;
  readonly openerRole: string;
  readonly openerPartner: string | null;
  readonly partner: string;
  readonly openedAt: string;
  /** How the opener said it identified the caller, when the case recorded one. */
  readonly identification: string | null;
}

/**
 * Cases opened by staff (not enrollees about themselves) about a person their opener never searched
 * for nor identified by verified identifiers before opening: newest first, from `from` (inclusive)
 * to `to` (exclusive).
 */
export async function unidentifiedOpenings(
  executor: Executor,
  options: { from?: Date; to?: Date; limit: number },
): Promise<UnidentifiedOpening[]> {
  const rows = await selectUnidentifiedOpenings(executor, options);
  return rows.map((r) => ({
    caseId: Number(r.id),
    personId: Number(r.person_id),
    openedBy: r.opened_by,
    openerRole: r.actor_role,
    openerPartner: r.actor_partner,
    partner: r.partner,
    openedAt: new Date(r.opened_at).toISOString(),
    identification: r.identification,
  }));
}

const identifierOf = (actor: CaseActor): Identifier => ({
  subject: actor.id,
  role: actor.role,
  partner: actor.partner,
});

/** The person search still hands over a Query (src/server/person-search-routes.ts); both serve. */
function asExecutor(runner: Executor | Query): Executor {
  if (typeof runner !== 'function') return runner;
  return {
    query: (text, params = []) => runner(text, params),
    prepared: (_name, text, params) => runner(text, params),
  };
}
