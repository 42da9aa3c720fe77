// The enrollment lifecycle over HTTP on a real store: every action of the transition table reached
// through POST /persons/{id}/transitions, refusals that record nothing, scope by role, reconsideration
// (890.1607) and premiums (5 U.S.C. 8906(b)). Test names cite the paragraph each step applies.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../test-support/databases.ts';
import { seedPopulation } from '../../test-support/seed-population.ts';
import type { Coverage } from '../domain/lifecycle.ts';
import { chooseOpenSeason } from '../exchange/season-context.ts';
import { loadProgramCalendar, loadShippedCatalogue } from '../reference-data.ts';
import { PROGRAM_DATE_VARIABLE } from '../domain/program-clock.ts';
import { LIFECYCLE_ACTIONS } from '../rules/lifecycle/index.ts';
import { dayOf } from '../storage/raw-query.ts';
import type { Store } from '../storage/store.ts';
import type { Principal } from './principal.ts';
import { administrator, buildTestServer, signedInAs } from './test-authenticator.test.ts';

const calendar = loadProgramCalendar();
const openSeason = chooseOpenSeason(calendar);
const catalogue = loadShippedCatalogue();

interface Standing {
  state: {
    status: string;
    coverage: Coverage | null;
    tccEnds: string | null;
    temporaryExtensionEnds: string | null;
  };
  etag: string;
  allowedActions: { action: string }[];
}

describe.each(testBackends())('enrollment lifecycle API on $name', (backend) => {
  const folder = mkdtempSync(join(tmpdir(), 'pshb-lifecycle-'));
  let store: Store;
  let app: FastifyInstance;
  let annuitantId: number;
  let employeeId: number;
  let strangerId: number;
  let family: Coverage;
  let key = 0;
  const reached = new Set<string>();

  beforeAll(async () => {
    store = await backend.open();
    await seedPopulation(store, { people: 400, seed: 23 });
    const enrolled = (category: string) =>
      store.db
        .selectFrom('enrollment_event')
        .innerJoin('person', 'person.id', 'enrollment_event.person_id')
        .select('person.id')
        .where('event_type', '=', 'automatic_enrollment')
        .where('person.category', '=', category)
        .orderBy('person.id')
        .execute();
    const annuitants = await enrolled('annuitant');
    annuitantId = annuitants[0]!.id;
    strangerId = annuitants[1]!.id;
    employeeId = (await enrolled('employee'))[0]!.id;
    const option = catalogue.options.find((o) => o.program === 'PSHB' && o.premiums.self_and_family)!;
    family = {
      enrollmentCode: option.premiums.self_and_family!.enrollmentCode,
      planCode: option.planCode,
      optionCode: option.optionCode,
      enrollmentType: 'self_and_family',
    };
    app = await buildTestServer(store);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await store?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const enrolleeOf = (personId: number): Principal => ({
    subject: `enrollee-${personId}`,
    role: 'enrollee',
    personId,
  });
  const standing = async (personId: number, as: Principal = administrator): Promise<Standing> => {
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/persons/${personId}/enrollment-state`,
      headers: signedInAs(as),
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe(response.json<Standing>().etag);
    return response.json<Standing>();
  };
  const savedProgramDate = process.env[PROGRAM_DATE_VARIABLE];
  const onProgramDate = (day: string | undefined) => {
    if (day === undefined) delete process.env[PROGRAM_DATE_VARIABLE];
    else process.env[PROGRAM_DATE_VARIABLE] = day;
  };
  /**
   * A request is received on the program date: `requestedOn` in a test's body is the day the test moves
   * the program clock to for that request (the API itself refuses the field).
   */
  const post = async (
    personId: number,
    body: object,
    as: Principal,
    headers: Record<string, string> = {},
  ) => {
    const { requestedOn, ...payload } = body as { requestedOn?: string };
    onProgramDate(requestedOn ?? savedProgramDate);
    try {
      return await app.inject({
        method: 'POST',
        url: `/api/v1/persons/${personId}/transitions`,
        headers: { ...signedInAs(as), 'idempotency-key': `lifecycle-${key++}`, ...headers },
        payload,
      });
    } finally {
      onProgramDate(savedProgramDate);
    }
  };
  /** Reads the ETag, asks, and expects the rules to move the enrollment to `to`. */
  const act = async (
    personId: number,
    body: { action: string } & Record<string, unknown>,
    as: Principal,
    to: string,
  ) => {
    const { etag } = await standing(personId);
    const response = await post(personId, { reason: 'synthetic test', ...body }, as, { 'if-match': etag });
    expect(response.statusCode, response.body).toBe(201);
    const made = response.json<{ id: number; state: Standing['state']; decision: { citations: string[] } }>();
    expect(made.state.status).toBe(to);
    expect(response.headers.etag).not.toBe(etag);
    reached.add(body.action);
    return made;
  };
  const transitionCount = async () =>
    Number(
      (
        await store.db
          .selectFrom('lifecycle_transition')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('shows where the enrollment stands, the actions its state allows, and its ETag', async () => {
    const { state, allowedActions } = await standing(annuitantId, enrolleeOf(annuitantId));
    expect(state.status).toBe('enrolled');
    expect(allowedActions.map((a) => a.action)).toContain('suspend');
    expect(allowedActions.map((a) => a.action)).not.toContain('reinstate');
  });

  it('890.304(d): an annuitant suspends for Medicare Advantage; a retry with the same key is replayed', async () => {
    const { etag } = await standing(annuitantId);
    const body = {
      action: 'suspend',
      reason: 'joined a Medicare Advantage plan',
      requestedOn: '2025-03-10',
      otherCoverage: 'medicare_advantage',
      otherCoverageStarts: '2025-04-01',
    };
    const headers = { 'if-match': etag, 'idempotency-key': 'suspend-once-1' };
    const first = await post(annuitantId, body, enrolleeOf(annuitantId), headers);
    expect(first.statusCode, first.body).toBe(201);
    const again = await post(annuitantId, body, enrolleeOf(annuitantId), headers);
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json<{ id: number }>().id).toBe(first.json<{ id: number }>().id);
    expect(first.json<{ notice: { notice: string } }>().notice.notice).toContain('reconsider');
    reached.add('suspend');
  });

  it('890.304(d): reinstatement needs the current ETag (412 when stale, 428 when missing)', async () => {
    const body = {
      action: 'reinstate',
      reason: 'left the plan',
      requestedOn: '2025-10-05',
      otherCoverageEndedOn: '2025-09-30',
      coverage: family,
    };
    const before = await transitionCount();
    expect(
      (await post(annuitantId, body, enrolleeOf(annuitantId), { 'if-match': '"stale"' })).statusCode,
    ).toBe(412);
    const missing = await post(annuitantId, body, enrolleeOf(annuitantId));
    expect(missing.statusCode).toBe(428);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    expect(await transitionCount()).toBe(before);
    await act(annuitantId, body, enrolleeOf(annuitantId), 'enrolled');
  });

  it('refuses a transition the state does not allow with INVALID_TRANSITION and records nothing', async () => {
    const before = await transitionCount();
    const { etag } = await standing(annuitantId);
    const response = await post(
      annuitantId,
      { action: 'reinstate', reason: 'again', otherCoverageEndedOn: '2025-09-30', coverage: family },
      enrolleeOf(annuitantId),
      { 'if-match': etag },
    );
    expect(response.statusCode).toBe(409);
    expect(response.json<{ code: string; detail: string }>().code).toBe('INVALID_TRANSITION');
    expect(response.json<{ detail: string }>().detail).toContain('possible only when suspended');
    // The problem's reason member: a stable key and only the facts a screen says it with.
    expect(response.json()).toMatchObject({
      reason: { key: 'notFromThisState', facts: { from: 'enrolled', action: 'reinstate' } },
    });
    expect(await transitionCount()).toBe(before);
  });

  it('bad requests (unknown field, impossible date, malformed JSON) get problem+json and change nothing', async () => {
    const before = await transitionCount();
    const { etag } = await standing(annuitantId);
    const unknown = await post(annuitantId, { action: 'cancel', reason: 'x', color: 'blue' }, administrator, {
      'if-match': etag,
    });
    expect(unknown.statusCode).toBe(400);
    const paperReceipt = { form: 'letter', receivedOn: '2025-02-30', reason: 'mailed' };
    const impossible = await post(
      annuitantId,
      { action: 'cancel', reason: 'x', paperReceipt },
      administrator,
      {
        'if-match': etag,
      },
    );
    expect(impossible.statusCode).toBe(400);
    expect(impossible.body).toContain('body.paperReceipt.receivedOn');
    const malformed = await app.inject({
      method: 'POST',
      url: `/api/v1/persons/${annuitantId}/transitions`,
      headers: {
        ...signedInAs(),
        'idempotency-key': 'malformed-1',
        'if-match': etag,
        'content-type': 'application/json',
      },
      payload: '{"action": "cancel",',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json<{ code: string }>().code).toBe('MALFORMED_JSON');
    expect(await transitionCount()).toBe(before);
  });

  it('scopes by role: no administrative action for an enrollee, no change by a carrier or for a stranger', async () => {
    const before = await transitionCount();
    const { etag } = await standing(annuitantId);
    const headers = { 'if-match': etag };
    const removal = {
      action: 'remove_for_missing_part_b',
      reason: 'x',
      equityAndGoodConscience: false,
      medicareEnrollmentPeriodEnds: null,
    };
    expect((await post(annuitantId, removal, enrolleeOf(annuitantId), headers)).statusCode).toBe(403);
    const carrier: Principal = { subject: 'carrier-1', role: 'carrier', carrierCodes: ['ZZ'] };
    expect((await post(annuitantId, { action: 'cancel', reason: 'x' }, carrier, headers)).statusCode).toBe(
      403,
    );
    expect(
      (await post(annuitantId, { action: 'cancel', reason: 'x' }, enrolleeOf(strangerId), headers))
        .statusCode,
    ).toBe(404);
    const auditor: Principal = { subject: 'auditor-1', role: 'auditor' };
    expect((await post(annuitantId, { action: 'cancel', reason: 'x' }, auditor, headers)).statusCode).toBe(
      403,
    );
    const stranger = await app.inject({
      method: 'GET',
      url: `/api/v1/persons/${annuitantId}/enrollment-state`,
      headers: signedInAs(enrolleeOf(strangerId)),
    });
    expect(stranger.statusCode).toBe(404);
    expect(await transitionCount()).toBe(before);
    const refusals = await store.db
      .selectFrom('audit_log' as never)
      .select((eb) => eb.fn.countAll().as('n'))
      .where('outcome' as never, '=', 'refused' as never)
      .where('person_id' as never, '=', annuitantId as never)
      .executeTakeFirstOrThrow();
    expect(Number((refusals as { n: number | string }).n)).toBeGreaterThanOrEqual(5);
  });

  it('890.301(f): a birth changes self only or self plus one to self and family', async () => {
    await act(
      annuitantId,
      {
        action: 'life_event_change',
        requestedOn: '2025-04-20',
        event: 'birth_or_adoption',
        eventDate: '2025-03-12',
        change: 'increase_type',
        coverage: family,
      },
      enrolleeOf(annuitantId),
      'enrolled',
    );
  });

  it('890.1608(e)(2): a family member cancels because of Part B; the enrollment continues', async () => {
    await act(
      annuitantId,
      {
        action: 'cancel_for_part_b',
        inWriting: true,
        cancelling: { kind: 'family_member', memberId: 'spouse' },
        lastDayInPartB: '2025-05-15',
      },
      enrolleeOf(annuitantId),
      'enrolled',
    );
  });

  it('890.1608(b)(2): removal for missing Part B against equity and good conscience is refused with RULE_NOT_MET', async () => {
    const { etag } = await standing(annuitantId);
    const response = await post(
      annuitantId,
      {
        action: 'remove_for_missing_part_b',
        reason: 'x',
        equityAndGoodConscience: true,
        medicareEnrollmentPeriodEnds: null,
      },
      administrator,
      { 'if-match': etag },
    );
    expect(response.statusCode).toBe(422);
    expect(response.json<{ code: string }>().code).toBe('RULE_NOT_MET');
    reached.add('remove_for_missing_part_b');
  });

  it('890.1606: a cancellation; then 890.1605(b) open season enrollment and change; then an election not to enroll', async () => {
    const enrollee = enrolleeOf(annuitantId);
    await act(annuitantId, { action: 'cancel' }, enrollee, 'cancelled');
    const season = { requestedOn: '2024-11-20', openSeasonId: openSeason.id };
    await act(
      annuitantId,
      { action: 'open_season_enroll', ...season, coverage: family },
      enrollee,
      'enrolled',
    );
    await act(
      annuitantId,
      { action: 'open_season_change', ...season, coverage: family },
      enrollee,
      'enrolled',
    );
    await act(annuitantId, { action: 'open_season_decline', ...season }, enrollee, 'declined');
  });

  it('890.1605(e): a belated enrollment decided by OPM', async () => {
    await act(
      annuitantId,
      {
        action: 'belated_enroll',
        openSeasonId: openSeason.id,
        coverage: family,
        belated: {
          shouldHaveBeenAutomaticallyEnrolled: false,
          deemedByOpm: true,
          causeBeyondControlShown: false,
          premiumConversionRequiresProspective: false,
          prospectiveEffectiveOn: null,
        },
      },
      administrator,
      'enrolled',
    );
  });

  it('890.401(a): a death starts the 31-day extension; 8905a temporary continuation follows and ends; conversion', async () => {
    await act(
      annuitantId,
      { action: 'death_of_enrollee', dateOfDeath: '2025-03-01', survivorContinuesCoverage: false },
      administrator,
      'in_temporary_extension',
    );
    const enrollee = enrolleeOf(annuitantId);
    const tcc = await act(
      annuitantId,
      {
        action: 'elect_tcc',
        requestedOn: '2025-03-15',
        qualifyingEvent: 'former_spouse',
        eventDate: '2025-03-01',
        noticeDate: null,
        coverage: family,
      },
      enrollee,
      'tcc_enrolled',
    );
    const after = (date: string) => new Date(Date.parse(date) + 86_400_000).toISOString().slice(0, 10);
    const ended = await act(
      annuitantId,
      { action: 'end_tcc', requestedOn: after(tcc.state.tccEnds!) },
      administrator,
      'in_temporary_extension',
    );
    await act(
      annuitantId,
      { action: 'convert_to_individual_policy', requestedOn: after(tcc.state.tccEnds!) },
      enrollee,
      'terminated',
    );
    expect(ended.state.temporaryExtensionEnds).not.toBeNull();
  });

  it('890.103: a retroactive correction by the office, with the premium refund', async () => {
    const made = await act(
      annuitantId,
      {
        action: 'correct_administrative_error',
        correctStatus: 'enrolled',
        correctCoverage: family,
        retroactiveFrom: '2025-01-01',
        recordedPremiumPerPeriod: 20_000,
        correctPremiumPerPeriod: 15_000,
        payFrequency: 'monthly',
      },
      administrator,
      'enrolled',
    );
    expect(made.decision.citations).toContain('5 CFR 890.103');
  });

  it('890.1608(e)(1) then 890.401(a): the annuitant cancels because of Part B; the extension runs out', async () => {
    await act(
      annuitantId,
      {
        action: 'cancel_for_part_b',
        inWriting: true,
        cancelling: { kind: 'annuitant' },
        lastDayInPartB: '2025-05-15',
      },
      enrolleeOf(annuitantId),
      'in_temporary_extension',
    );
    await act(
      annuitantId,
      { action: 'end_temporary_extension', requestedOn: '2025-07-02' },
      administrator,
      'terminated',
    );
  });

  it('8905(h): the office enrolls an employee under a court order for a child', async () => {
    await act(
      employeeId,
      {
        action: 'court_ordered_child_enrollment',
        orderReceivedOn: '2025-03-10',
        childrenInOrder: 1,
        employeeFailedToEnroll: true,
      },
      administrator,
      'enrolled',
    );
  });

  it('every action of the transition table was reached through the API', () => {
    expect([...reached].sort()).toEqual([...LIFECYCLE_ACTIONS].sort());
  });

  it('lists the transitions recorded, oldest first, paginated', async () => {
    const url = `/api/v1/persons/${annuitantId}/transitions?limit=3`;
    const first = await app.inject({ method: 'GET', url, headers: signedInAs(enrolleeOf(annuitantId)) });
    const page = first.json<{
      items: { id: number; actor: { role: string } }[];
      nextCursor: string | null;
    }>();
    expect(page.items).toHaveLength(3);
    expect(page.items[0]!.id).toBeLessThan(page.items[1]!.id);
    expect(page.nextCursor).not.toBeNull();
  });

  it('890.1607: a timely request is reconsidered and decided once; an untimely one is not decided', async () => {
    const [last] = await store.db
      .selectFrom('lifecycle_transition')
      .select(['id', 'decided_on'])
      .where('person_id', '=', annuitantId)
      .orderBy('id', 'desc')
      .limit(1)
      .execute();
    const file = (body: object, as: Principal) =>
      app.inject({
        method: 'POST',
        url: `/api/v1/persons/${annuitantId}/reconsiderations`,
        headers: { ...signedInAs(as), 'idempotency-key': `recon-${key++}` },
        payload: body,
      });
    // Asked on the program day the decision was made, well within its 30 days.
    onProgramDate(dayOf(last!.decided_on));
    const timely = await file(
      { transitionId: last!.id, grounds: 'I never received the notice' },
      enrolleeOf(annuitantId),
    ).finally(() => onProgramDate(savedProgramDate));
    expect(timely.statusCode, timely.body).toBe(201);
    const request = timely.json<{ id: number; timeliness: string; deadline: string }>();
    expect(request.timeliness).toBe('timely');
    const decide = (id: number, as: Principal) =>
      app.inject({
        method: 'POST',
        url: `/api/v1/reconsiderations/${id}/decision`,
        headers: { ...signedInAs(as), 'idempotency-key': `decide-${key++}` },
        payload: { result: 'reverse', findings: 'The record shows coverage continued.' },
      });
    expect((await decide(request.id, enrolleeOf(annuitantId))).statusCode).toBe(403);
    const decided = await decide(request.id, administrator);
    expect(decided.statusCode, decided.body).toBe(201);
    expect(decided.json<{ decision: { result: string; notice: string } }>().decision.result).toBe('reversed');
    expect((await decide(request.id, administrator)).statusCode).toBe(409);

    const late = await file(
      {
        subject: 'removal for missing Part B',
        initialDecisionOn: '2024-01-02',
        paperReceipt: { form: 'letter', receivedOn: '2025-06-01', reason: 'found in the mail room' },
        grounds: 'late',
      },
      administrator,
    );
    expect(late.json<{ timeliness: string }>().timeliness).toBe('untimely');
    const refused = await decide(late.json<{ id: number }>().id, administrator);
    expect(refused.statusCode).toBe(422);
    expect(refused.json<{ code: string }>().code).toBe('RULE_NOT_MET');
    expect(refused.json()).toMatchObject({
      reason: { key: 'reconsiderationUntimely', facts: { filedOn: '2025-06-01' } },
    });

    const list = await app.inject({
      method: 'GET',
      url: `/api/v1/persons/${annuitantId}/reconsiderations`,
      headers: signedInAs(enrolleeOf(annuitantId)),
    });
    expect(list.json<{ items: unknown[] }>().items).toHaveLength(2);
  });

  it('5 U.S.C. 8906(b): the premium splits into the Government contribution and the enrollee share, monthly for an annuitant', async () => {
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/persons/${annuitantId}/premium`,
      headers: signedInAs(enrolleeOf(annuitantId)),
    });
    expect(response.statusCode, response.body).toBe(200);
    const premium = response.json<{
      contribution: {
        payFrequency: string;
        total: number;
        government: number;
        enrollee: number;
        citations: string[];
      };
    }>();
    expect(premium.contribution.payFrequency).toBe('monthly');
    expect(premium.contribution.government + premium.contribution.enrollee).toBe(premium.contribution.total);
    expect(premium.contribution.citations).toContain('5 U.S.C. 8906(b)');
    const averages = await app.inject({
      method: 'GET',
      url: '/api/v1/premiums/weighted-averages',
      headers: signedInAs(),
    });
    expect(averages.json<{ enrollments: number }>().enrollments).toBeGreaterThan(0);
  });

  it('issue 10 item 1: a lifecycle request is received on the program date; requestedOn in the body is refused, paper only from a program administrator', async () => {
    const { etag } = await standing(strangerId);
    const change = {
      action: 'open_season_change',
      reason: 'changed my mind',
      openSeasonId: openSeason.id,
      coverage: family,
    };
    const afterTheSeason = '2025-03-01';
    onProgramDate(afterTheSeason);
    const before = await transitionCount();
    const backdated = await app.inject({
      method: 'POST',
      url: `/api/v1/persons/${strangerId}/transitions`,
      headers: {
        ...signedInAs(enrolleeOf(strangerId)),
        'idempotency-key': `lifecycle-${key++}`,
        'if-match': etag,
      },
      payload: { ...change, requestedOn: '2024-11-20' },
    });
    onProgramDate(savedProgramDate);
    expect(backdated.json()).toMatchObject({
      status: 400,
      errors: [expect.objectContaining({ path: 'body.requestedOn' })],
    });
    const late = await post(strangerId, { ...change, requestedOn: afterTheSeason }, enrolleeOf(strangerId), {
      'if-match': etag,
    });
    expect(late.json()).toMatchObject({
      status: 422,
      code: 'RULE_NOT_MET',
      reason: { key: 'outsideOpenSeason', facts: { requestedOn: afterTheSeason } },
    });
    const paperReceipt = {
      form: 'SF 2809',
      receivedOn: '2024-11-20',
      reason: 'mailed in November, keyed in March',
    };
    const byEnrollee = await post(
      strangerId,
      { ...change, paperReceipt, requestedOn: afterTheSeason },
      enrolleeOf(strangerId),
      {
        'if-match': etag,
      },
    );
    expect(byEnrollee.json()).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(await transitionCount()).toBe(before);

    const onPaper = await post(
      strangerId,
      { ...change, paperReceipt, requestedOn: afterTheSeason },
      administrator,
      {
        'if-match': etag,
      },
    );
    expect(onPaper.statusCode, onPaper.body).toBe(201);
    const made = onPaper.json<{ id: number; decision: { requestedOn: string } }>();
    expect(made.decision.requestedOn).toBe('2024-11-20');
    const stored = await store.db
      .selectFrom('lifecycle_transition')
      .select(['requested_on', 'request'])
      .where('id', '=', made.id)
      .executeTakeFirstOrThrow();
    expect(stored.request).toMatchObject({ paperReceipt });
    const audit = await store.db
      .selectFrom('audit_log' as never)
      .select(['subject', 'outcome', 'purpose'] as never[])
      .where('person_id' as never, '=', strangerId as never)
      .where('action' as never, '=', 'enrollment.administer' as never)
      .execute();
    expect(audit).toContainEqual({
      subject: administrator.subject,
      outcome: 'allowed',
      purpose: `paper SF 2809 received on 2024-11-20, recorded on ${afterTheSeason}: ${paperReceipt.reason}`,
    });
  });

  it("issue 10 item 1: an event's date is the caller's, checked against the program date: no death after it; a marriage ahead only within 890.301(f)'s 31 days", async () => {
    const { etag } = await standing(strangerId);
    const today = '2025-03-01';
    const before = await transitionCount();
    const death = await post(
      strangerId,
      {
        action: 'death_of_enrollee',
        reason: 'reported by the family',
        requestedOn: today,
        dateOfDeath: '2025-03-02',
        survivorContinuesCoverage: false,
      },
      administrator,
      { 'if-match': etag },
    );
    expect(death.json()).toMatchObject({ status: 400, errors: [{ path: 'body.dateOfDeath' }] });
    const marriage = {
      action: 'life_event_change',
      reason: 'getting married',
      requestedOn: today,
      event: 'marriage',
      change: 'change_plan_or_option',
      coverage: family,
    };
    const farAhead = await post(
      strangerId,
      { ...marriage, eventDate: '2025-04-15' },
      enrolleeOf(strangerId),
      {
        'if-match': etag,
      },
    );
    expect(farAhead.json()).toMatchObject({ status: 422, code: 'RULE_NOT_MET' });
    expect(farAhead.json<{ detail: string }>().detail).toContain('outside that window');
    const reason = farAhead.json<{ reason: { key: string; facts: Record<string, unknown> } }>().reason;
    expect(reason.key).toBe('lifeEventWindowMissed');
    expect(reason.facts).toMatchObject({ event: 'marriage', eventDate: '2025-04-15', requestedOn: today });
    // Only the facts the sentence needs: no ids, roles or versions of the record.
    expect(Object.keys(reason.facts).sort()).toEqual([
      'event',
      'eventDate',
      'requestedOn',
      'windowCloses',
      'windowOpens',
    ]);
    expect(await transitionCount()).toBe(before);
    await act(strangerId, { ...marriage, eventDate: '2025-03-20' }, enrolleeOf(strangerId), 'enrolled');
  });

  it('issue 10 item 1: a reconsideration is filed and decided on the program date; filedOn and decidedOn are refused', async () => {
    const file = (body: object, as: Principal) =>
      app.inject({
        method: 'POST',
        url: `/api/v1/persons/${strangerId}/reconsiderations`,
        headers: { ...signedInAs(as), 'idempotency-key': `recon-${key++}` },
        payload: { subject: 'removal for missing Part B', grounds: 'I had Part B', ...body },
      });
    onProgramDate('2025-03-01');
    try {
      const backdated = await file(
        { initialDecisionOn: '2025-01-02', filedOn: '2025-01-10' },
        enrolleeOf(strangerId),
      );
      expect(backdated.json()).toMatchObject({
        status: 400,
        errors: [expect.objectContaining({ path: 'body.filedOn' })],
      });
      const paper = { form: 'letter', receivedOn: '2025-01-10', reason: 'mailed' };
      const byEnrollee = await file(
        { initialDecisionOn: '2025-01-02', paperReceipt: paper },
        enrolleeOf(strangerId),
      );
      expect(byEnrollee.json()).toMatchObject({ status: 403, code: 'FORBIDDEN' });
      const ahead = await file({ initialDecisionOn: '2025-03-02' }, enrolleeOf(strangerId));
      expect(ahead.json()).toMatchObject({ status: 400, errors: [{ path: 'body.initialDecisionOn' }] });
      const filed = await file({ initialDecisionOn: '2025-01-02' }, enrolleeOf(strangerId));
      expect(filed.json()).toMatchObject({ filedOn: '2025-03-01', timeliness: 'untimely' });
      const onPaper = await file({ initialDecisionOn: '2025-01-02', paperReceipt: paper }, administrator);
      expect(onPaper.json()).toMatchObject({ filedOn: '2025-01-10', timeliness: 'timely' });
      const decide = (payload: object) =>
        app.inject({
          method: 'POST',
          url: `/api/v1/reconsiderations/${onPaper.json<{ id: number }>().id}/decision`,
          headers: { ...signedInAs(administrator), 'idempotency-key': `decide-${key++}` },
          payload: { result: 'affirm', findings: 'Part B was not shown.', ...payload },
        });
      const backdatedDecision = await decide({ decidedOn: '2025-01-15' });
      expect(backdatedDecision.json()).toMatchObject({
        status: 400,
        errors: [expect.objectContaining({ path: 'body.decidedOn' })],
      });
      const decided = await decide({});
      expect(decided.json()).toMatchObject({ decision: { decidedOn: '2025-03-01' } });
    } finally {
      onProgramDate(savedProgramDate);
    }
  });

  it('issue 15 item 6: a notice is dated on the program day, and a request contesting it keeps that deadline', async () => {
    const { etag } = await standing(strangerId);
    const made = await post(
      strangerId,
      {
        action: 'suspend',
        reason: 'joined a Medicare Advantage plan',
        requestedOn: '2025-03-10',
        otherCoverage: 'medicare_advantage',
        otherCoverageStarts: '2025-04-01',
      },
      enrolleeOf(strangerId),
      { 'if-match': etag },
    );
    expect(made.statusCode, made.body).toBe(201);
    const { id, notice } = made.json<{
      id: number;
      notice: { reconsiderationDeadline: string; notice: string };
    }>();
    expect(notice.reconsiderationDeadline).toBe('2025-04-09');
    expect(notice.notice).toContain('Initial decision of 2025-03-10');
    expect(notice.notice).toContain('by 2025-04-09');

    const listed = await app.inject({
      method: 'GET',
      url: `/api/v1/persons/${strangerId}/transitions?limit=100`,
      headers: signedInAs(enrolleeOf(strangerId)),
    });
    const row = listed
      .json<{ items: { id: number; decidedOn: string; recordedAt: string }[] }>()
      .items.find((item) => item.id === id);
    // The program day is the notice's date; the instant recorded stays the machine's real time.
    expect(row?.decidedOn).toBe('2025-03-10');
    expect(Math.abs(Date.parse(row!.recordedAt) - Date.now())).toBeLessThan(10 * 60_000);

    const fileOn = async (day: string) => {
      onProgramDate(day);
      try {
        const response = await app.inject({
          method: 'POST',
          url: `/api/v1/persons/${strangerId}/reconsiderations`,
          headers: { ...signedInAs(enrolleeOf(strangerId)), 'idempotency-key': `recon-${key++}` },
          payload: { transitionId: id, grounds: 'I did not join that plan' },
        });
        expect(response.statusCode, response.body).toBe(201);
        return response.json<{
          initialDecisionOn: string;
          filedOn: string;
          deadline: string;
          timeliness: string;
        }>();
      } finally {
        onProgramDate(savedProgramDate);
      }
    };
    expect(await fileOn('2025-04-09')).toEqual(
      expect.objectContaining({
        initialDecisionOn: row!.decidedOn,
        filedOn: '2025-04-09',
        deadline: notice.reconsiderationDeadline,
        timeliness: 'timely',
      }),
    );
    expect(await fileOn('2025-04-10')).toMatchObject({
      initialDecisionOn: '2025-03-10',
      deadline: '2025-04-09',
      timeliness: 'untimely',
    });
  });
});
