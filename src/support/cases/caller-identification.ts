// A support specialist opens a case only about a caller it identified: one its own caller search
// returned within the last hours, one whose last name and SSN last four it gives with the request
// (verified identifiers of an inbound contact), or one whose case its partner already holds (a transfer
// or an earlier opening). Otherwise opening a case would grant the specialist's partner access to
// anyone. Openings are also limited per specialist per hour, and the program office lists the cases
// opened about people their opener never searched for or identified.
import { PshbError } from '../../errors.ts';
import type { Query } from '../../storage/raw-query.ts';
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
  query: Query,
  actor: CaseActor,
  personIds: readonly number[],
): Promise<void> {
  if (personIds.length === 0) return;
  await query(
    `insert into caller_identification (subject, role, partner, person_id, method)
     select $1, $2, $3, unnest($4::bigint[]), 'search'`,
    [actor.id, actor.role, actor.partner, personIds],
  );
}

/**
 * How the actor identified the person, or null when it did not. Identifiers given with the request
 * must match the person (a mismatch is recorded, and identifies nothing, whatever else would); after
 * MISMATCHES_PER_HOUR of them CASE_OPENING_LIMIT. Run it in a transaction, so that count holds when
 * attempts arrive at once.
 */
export async function identifyCaller(
  query: Query,
  actor: CaseActor,
  personId: number,
  policy: CaseOpeningPolicy,
  identifiers?: VerifiedIdentifiers,
  now: Date = new Date(),
): Promise<CallerIdentification | null> {
  if (identifiers) return matchIdentifiers(query, actor, personId, identifiers, now);
  const since = new Date(now.getTime() - policy.identificationHours * HOUR_MS);
  const [searched] = await query<{ identified_at: string | Date }>(
    `select max(identified_at) as identified_at from caller_identification
     where subject = $1 and person_id = $2 and method in ('search', 'verified_identifiers')
       and identified_at >= $3 having max(identified_at) is not null`,
    [actor.id, personId, since.toISOString()],
  );
  if (searched) return { method: 'search', at: new Date(searched.identified_at).toISOString() };
  if (actor.partner === null) return null;
  const [held] = await query<{ id: number | string }>(
    "select id from support_case where person_id = $1 and partner = $2 and status <> 'resolved' limit 1",
    [personId, actor.partner],
  );
  return held ? { method: 'partner_case', at: now.toISOString() } : null;
}

async function matchIdentifiers(
  query: Query,
  actor: CaseActor,
  personId: number,
  identifiers: VerifiedIdentifiers,
  now: Date,
): Promise<CallerIdentification | null> {
  // Identifiers that do not match are how someone would guess the last four digits: few are allowed.
  await query("select pg_advisory_xact_lock(hashtext('caller-identifiers:' || $1))", [actor.id]);
  const [misses] = await query<{ count: number | string }>(
    `select count(*) as count from caller_identification
     where subject = $1 and method = 'identifiers_mismatch' and identified_at > $2`,
    [actor.id, new Date(now.getTime() - HOUR_MS).toISOString()],
  );
  if (Number(misses?.count ?? 0) >= MISMATCHES_PER_HOUR) {
    throw new PshbError(
      'CASE_OPENING_LIMIT',
      `${actor.id} gave ${MISMATCHES_PER_HOUR} sets of identifiers that did not match in the last hour; ` +
        'find the caller with the caller search instead',
    );
  }
  const [match] = await query<{ matches: boolean }>(
    `select (lower(last_name) = lower($2) and ssn_last4 = $3) as matches from person where id = $1`,
    [personId, identifiers.lastName.trim(), identifiers.ssnLastFour],
  );
  const method = match?.matches === true ? 'verified_identifiers' : 'identifiers_mismatch';
  if (match) {
    await query(
      `insert into caller_identification (subject, role, partner, person_id, method, identified_at)
       values ($1, $2, $3, $4, $5, $6)`,
      [actor.id, actor.role, actor.partner, personId, method, now.toISOString()],
    );
  }
  return method === 'verified_identifiers' ? { method, at: now.toISOString() } : null;
}

/**
 * Refuses with CASE_OPENING_LIMIT when the actor has opened its hourly allowance already. Call it in
 * the transaction that opens the case: the lock makes a specialist's concurrent openings count one
 * after the other, so the limit holds however many arrive at once.
 */
export async function checkOpeningLimit(
  query: Query,
  actor: CaseActor,
  policy: CaseOpeningPolicy,
  now: Date = new Date(),
): Promise<void> {
  await query("select pg_advisory_xact_lock(hashtext('case-openings:' || $1))", [actor.id]);
  const [row] = await query<{ opened: number | string }>(
    'select count(*) as opened from support_case where opened_by = $1 and opened_at > $2',
    [actor.id, new Date(now.getTime() - HOUR_MS).toISOString()],
  );
  if (Number(row?.opened ?? 0) >= policy.openingsPerHour) {
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
  query: Query,
  options: { from?: Date; to?: Date; limit: number },
): Promise<UnidentifiedOpening[]> {
  const rows = await query<{
    id: number | string;
    person_id: number | string;
    opened_by: string;
    actor_role: string;
    actor_partner: string | null;
    partner: string;
    opened_at: string | Date;
    identification: string | null;
  }>(
    `select c.id, c.person_id, c.opened_by, e.actor_role, e.actor_partner, e.to_partner as partner,
       c.opened_at, e.details->'identification'->>'method' as identification
     from support_case c join support_case_event e on e.case_id = c.id and e.seq = 1
     where e.actor_role <> 'enrollee'
       and ($1::timestamptz is null or c.opened_at >= $1) and ($2::timestamptz is null or c.opened_at < $2)
       and not exists (
         select 1 from caller_identification i
         where i.subject = c.opened_by and i.person_id = c.person_id
           and i.method in ('search', 'verified_identifiers') and i.identified_at <= c.opened_at)
     order by c.opened_at desc, c.id desc limit $3`,
    [options.from?.toISOString() ?? null, options.to?.toISOString() ?? null, options.limit],
  );
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
