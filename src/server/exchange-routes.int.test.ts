// The carrier data exchange over HTTP on every backend: scoping (a carrier sees only its own files,
// exception items, discrepancies and members; another carrier's are answered as missing and the refusal
// is audited), odd characters in parameters, and one exception resolved by two people at once.
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../test-support/databases.ts';
import { seedPopulation } from '../../test-support/seed-population.ts';
import { openExceptions } from '../storage/exchange/exchange-exceptions.ts';
import {
  recordExchangeFile,
  recordFileStatus,
  type NewExchangeFile,
} from '../storage/exchange/exchange-files.ts';
import { recordReconciliation } from '../storage/exchange/reconciliations.ts';
import { executorOf } from '../storage/executor.ts';
import { queryOf } from '../storage/raw-query.ts';
import type { Store } from '../storage/store.ts';
import type { Principal } from './principal.ts';
import { administrator, buildTestServer, signedInAs } from './test-authenticator.test.ts';

const nalc: Principal = { subject: 'carrier-nalc', role: 'carrier', carrierCodes: ['NALC'] };
const synca: Principal = { subject: 'carrier-synca', role: 'carrier', carrierCodes: ['SYNCA'] };
const auditor: Principal = { subject: 'auditor-1', role: 'auditor' };
const enrollee: Principal = { subject: 'person-1', role: 'enrollee', personId: 1 };
const specialist: Principal = {
  subject: 'spec-1',
  role: 'support_specialist',
  partnerOrganization: 'helpline',
};

const digest = (text: string) => createHash('sha256').update(text).digest('hex');

function file(partner: string, name: string, createdAt: string): NewExchangeFile {
  return {
    partner,
    direction: 'outbound',
    kind: '834_changes',
    interchangeControlNumber: 1,
    groupControlNumber: 1,
    transactionControlNumbers: [1],
    asOf: createdAt.slice(0, 10),
    sinceEventId: 0,
    throughEventId: 10,
    memberCount: 1,
    segmentCount: 20,
    byteSize: 900,
    sha256: digest(`${partner}-${name}`),
    fileName: name,
    createdAt,
    status: 'written',
  };
}

interface Seeded {
  member: number;
  eventId: number;
  nalcFile: number;
  syncaFile: number;
  nalcItem: number;
  syncaItem: number;
}

/** A covered family member (not the enrollee) and an enrollment event of their household. */
async function familyMember(store: Store): Promise<{ member: number; eventId: number }> {
  const [row] = await queryOf(store)<{ member: number | string; event_id: number | string }>(
    `select p.id as member, e.id as event_id from person p
     join enrollment_event e on e.person_id = p.household_id
     where p.id <> p.household_id order by e.id limit 1`,
    [],
  );
  if (!row) throw new Error('the seeded population has no family member with an enrollment event');
  return { member: Number(row.member), eventId: Number(row.event_id) };
}

async function seed(store: Store): Promise<Seeded> {
  await seedPopulation(store, { people: 30, seed: 11 });
  const { member, eventId } = await familyMember(store);
  const executor = executorOf(store);
  const carried = [{ enrollmentEventId: eventId, transitionId: null, memberId: member, segmentPosition: 1 }];
  const nalcFile = await recordExchangeFile(
    executor,
    file('NALC', 'nalc-1.x12', '2026-01-05T10:00:00Z'),
    carried,
  );
  await recordFileStatus(executor, nalcFile, 'rejected', '2026-01-05T12:00:00Z', { ak9: 'R' });
  const syncaFile = await recordExchangeFile(
    executor,
    file('SYNCA', 'synca-1.x12', '2026-01-06T10:00:00Z'),
    carried,
  );
  const [nalcItem = 0] = await openExceptions(
    executor,
    [{ partner: 'NALC', kind: 'ack_rejected', fileId: nalcFile, memberId: String(member), segmentId: 'HD' }],
    '2026-01-05',
  );
  const [syncaItem = 0] = await openExceptions(
    executor,
    [{ partner: 'SYNCA', kind: 'ack_missing', fileId: syncaFile }],
    '2026-01-07',
  );
  const run = (carrier: string) => ({
    carrier,
    asOf: '2026-01-01',
    foundOn: '2026-01-02',
    fileName: `${carrier}.csv`,
    sha256: digest(carrier),
    initiatedAt: '2026-01-02T08:00:00Z',
    completedAt: '2026-01-02T08:01:00Z',
    exchangeMemberCount: 10,
    carrierMemberCount: 9,
  });
  const found = [
    { memberId: String(member), kind: 'missing-at-carrier' as const, exchangeValue: 'x', carrierValue: null },
  ];
  await recordReconciliation(executor, run('NALC'), found);
  await recordReconciliation(executor, run('SYNCA'), found);
  return { member, eventId, nalcFile, syncaFile, nalcItem, syncaItem };
}

let keys = 0;
const change = (principal: Principal = administrator) => ({
  ...signedInAs(principal),
  'idempotency-key': `exchange-test-${++keys}`,
});

describe.each(testBackends())('exchange API on $name', (backend) => {
  let store: Store;
  let app: FastifyInstance;
  let ids: Seeded;
  beforeAll(async () => {
    store = await backend.open();
    ids = await seed(store);
    app = await buildTestServer(store);
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  const get = (url: string, principal: Principal = administrator) =>
    app.inject({ url: `/api/v1${url}`, headers: signedInAs(principal) });

  it('lists partners: a carrier its own, program staff all, others refused', async () => {
    const own = await get('/partners', nalc);
    expect(own.statusCode).toBe(200);
    expect(own.json().partners.map((p: { code: string }) => p.code)).toEqual(['NALC']);
    const all = (await get('/partners', auditor)).json().partners.map((p: { code: string }) => p.code);
    expect(all).toEqual(expect.arrayContaining(['NALC', 'SYNCA', 'CMS']));
    expect((await get('/partners/nalc', nalc)).json()).toMatchObject({ code: 'NALC', kind: 'carrier' });
    expect((await get('/partners/SYNCA', nalc)).statusCode).toBe(404);
    expect((await get('/partners/ZZZZ')).statusCode).toBe(404);
    for (const who of [enrollee, specialist]) expect((await get('/partners', who)).statusCode).toBe(403);
  });

  it("lists a carrier's own files with their acknowledgment; another carrier's file is missing to it", async () => {
    const own = await get('/files', nalc);
    expect(own.statusCode).toBe(200);
    expect(own.json().items).toHaveLength(1);
    expect(own.json().items[0]).toMatchObject({
      partner: 'NALC',
      status: 'rejected',
      acknowledgmentState: 'rejected',
      acknowledgmentDueAt: expect.any(String),
    });
    expect((await get('/files')).json().items).toHaveLength(2);
    const other = (await get('/files', synca)).json().items;
    expect(other.map((f: { partner: string }) => f.partner)).toEqual(['SYNCA']);
    expect((await get('/files?partner=SYNCA&status=written')).json().items).toHaveLength(1);
    expect((await get('/files?partner=SYNCA', nalc)).statusCode).toBe(404);

    const detail = await get(`/files/${ids.nalcFile}`, nalc);
    expect(detail.statusCode).toBe(200);
    expect(detail.json().history.map((h: { status: string }) => h.status)).toEqual(['written', 'rejected']);
    expect(detail.json().acknowledgment).toMatchObject({ status: 'rejected', detail: { ak9: 'R' } });
    expect(detail.json().exceptions.map((e: { id: number }) => e.id)).toEqual([ids.nalcItem]);

    const theirs = await get(`/files/${ids.syncaFile}`, nalc);
    expect(theirs.statusCode).toBe(404);
    expect((await get(`/files/${ids.syncaFile}`, enrollee)).statusCode).toBe(403);
    expect((await get('/files/999999', enrollee)).statusCode).toBe(403);
    const refused = await queryOf(store)<{ outcome: string }>(
      "select outcome from audit_log where subject = $1 and action = 'exchange.read' and outcome = 'refused'",
      [nalc.subject],
    );
    expect(refused.length).toBeGreaterThanOrEqual(2);
  });

  it('pages files with a cursor', async () => {
    const first = (await get('/files?limit=1')).json();
    expect(first.items).toHaveLength(1);
    const second = (await get(`/files?limit=1&cursor=${first.nextCursor}`)).json();
    expect(second.items[0].id).not.toBe(first.items[0].id);
    expect(second.nextCursor).toBeNull();
  });

  it('pages reconciliation runs and open discrepancies with a cursor', async () => {
    const firstRun = (await get('/reconciliations?limit=1')).json();
    expect(firstRun.runs).toHaveLength(1);
    expect(firstRun.nextCursor).toEqual(expect.any(String));
    const secondRun = (await get(`/reconciliations?limit=1&cursor=${firstRun.nextCursor}`)).json();
    expect(secondRun.runs).toHaveLength(1);
    expect(secondRun.runs[0].id).toBeLessThan(firstRun.runs[0].id);
    expect(secondRun.nextCursor).toBeNull();

    const first = (await get('/reconciliations/discrepancies?limit=1')).json();
    const second = (await get(`/reconciliations/discrepancies?limit=1&cursor=${first.nextCursor}`)).json();
    expect(second.nextCursor).toBeNull();
    const paged = [...first.items, ...second.items].map((d: { id: number }) => d.id);
    const whole = (await get('/reconciliations/discrepancies')).json();
    expect(paged).toEqual(whole.items.map((d: { id: number }) => d.id));
    // Every page counts the buckets over all open discrepancies in scope, not only its own items.
    expect(second.buckets).toEqual(whole.buckets);

    // A cursor from another list, or one made up, is refused naming the field.
    for (const url of [
      `/reconciliations?cursor=${first.nextCursor}`,
      `/reconciliations/discrepancies?cursor=${firstRun.nextCursor}`,
      '/reconciliations/discrepancies?cursor=not-ours',
    ]) {
      const refused = await get(url);
      expect(refused.statusCode).toBe(400);
      expect(refused.json().errors[0].path).toBe('querystring.cursor');
    }
  });

  it('pages the exception queue with a cursor, newest first', async () => {
    const first = (await get('/exceptions?limit=1')).json();
    expect(first.items.map((e: { id: number }) => e.id)).toEqual([ids.syncaItem]);
    const second = (await get(`/exceptions?limit=1&cursor=${first.nextCursor}`)).json();
    expect(second.items.map((e: { id: number }) => e.id)).toEqual([ids.nalcItem]);
    expect(second.nextCursor).toBeNull();
    expect((await get('/exceptions?cursor=not-ours')).statusCode).toBe(400);
  });

  it("answers another carrier's exception item, discrepancies and member as missing", async () => {
    expect((await get('/exceptions', nalc)).json().items.map((e: { id: number }) => e.id)).toEqual([
      ids.nalcItem,
    ]);
    expect((await get('/exceptions?partner=SYNCA', nalc)).statusCode).toBe(404);
    expect((await get(`/exceptions/${ids.syncaItem}`, nalc)).statusCode).toBe(404);
    expect((await get(`/exceptions/${ids.nalcItem}`, nalc)).json().history[0]).toMatchObject({
      status: 'opened',
    });

    const listed = await queryOf(store)<{ fields: string[] | string }>(
      "select fields from audit_log where subject = $1 and action = 'exchange.read' and outcome = 'allowed'",
      [nalc.subject],
    );
    expect(listed.length).toBeGreaterThanOrEqual(2);
    expect(String(listed[0]?.fields)).toContain('member_id');

    const aged = (await get('/reconciliations/discrepancies', nalc)).json();
    expect(aged.items.map((d: { carrier: string }) => d.carrier)).toEqual(['NALC']);
    expect(aged.items[0]).toMatchObject({ days: expect.any(Number), bucket: expect.any(String) });
    expect(aged.buckets).toHaveLength(4);
    const counted = aged.buckets.reduce((sum: number, b: { count: number }) => sum + b.count, 0);
    expect(counted).toBe(1);
    const firstOnly = (await get('/reconciliations/discrepancies?limit=1')).json();
    expect(firstOnly.items).toHaveLength(1);
    expect(firstOnly.buckets.reduce((sum: number, b: { count: number }) => sum + b.count, 0)).toBe(2);
    expect((await get('/reconciliations/discrepancies?partner=SYNCA', nalc)).statusCode).toBe(404);
    expect(
      (await get('/reconciliations', nalc)).json().runs.map((r: { carrier: string }) => r.carrier),
    ).toEqual(['NALC']);
    expect((await get('/reconciliations')).json().runs).toHaveLength(2);

    const told = await get(`/partners/NALC/members/${ids.member}/history`, nalc);
    expect(told.statusCode).toBe(200);
    expect(told.json().events).toEqual([
      expect.objectContaining({ fileId: ids.nalcFile, segmentPosition: 1, enrollmentEventId: ids.eventId }),
    ]);
    expect((await get(`/partners/SYNCA/members/${ids.member}/history`, nalc)).statusCode).toBe(404);
    expect((await get(`/partners/NALC/members/999999/history`, nalc)).statusCode).toBe(404);
    const audited = await queryOf(store)<{ outcome: string; person_id: string | number }>(
      "select outcome, person_id from audit_log where subject = $1 and action = 'exchange.read_member' order by id",
      [nalc.subject],
    );
    expect(audited.map((a) => [a.outcome, Number(a.person_id)])).toEqual([
      ['allowed', ids.member],
      ['refused', ids.member],
      ['allowed', 999999],
    ]);
  });

  it('refuses odd characters in parameters, naming the field, and changes nothing', async () => {
    for (const url of [
      '/files?partner=NA%27LC',
      '/files?partner=%E2%80%AE',
      '/files?kind=DROP%20TABLE',
      '/files?status=done',
      '/files/1e3',
      '/files/-1',
      '/exceptions/0x10',
      '/exceptions?state=%00',
      '/partners/NALC%2F..',
      '/partners/NALC/members/1.5/history',
      '/partners/NALC/members/%20%201/history',
      '/partners/N%00LC',
      '/reconciliations?partner=%F0%9F%98%80',
    ]) {
      const response = await get(url);
      expect(response.statusCode, url).toBeGreaterThanOrEqual(400);
      expect(response.statusCode, url).toBeLessThan(500);
      expect(response.headers['content-type'], url).toContain('application/problem+json');
    }
    const bad = await get('/partners/NALC/members/abc/history');
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('memberId');
  });

  it('lets only program administrators assign and resolve, with a note', async () => {
    for (const who of [nalc, auditor, enrollee]) {
      const refused = await app.inject({
        method: 'POST',
        url: `/api/v1/exceptions/${ids.nalcItem}/assign`,
        headers: change(who),
        payload: {},
      });
      expect(refused.statusCode, who.role).toBe(403);
    }
    const noNote = await app.inject({
      method: 'POST',
      url: `/api/v1/exceptions/${ids.nalcItem}/resolve`,
      headers: change(),
      payload: { note: '   ' },
    });
    expect(noNote.statusCode).toBe(400);
    const assigned = await app.inject({
      method: 'POST',
      url: `/api/v1/exceptions/${ids.nalcItem}/assign`,
      headers: change(),
      payload: {},
    });
    expect(assigned.statusCode).toBe(200);
    expect(assigned.json()).toMatchObject({ owner: administrator.subject });
    for (const resentFileId of [999999, ids.syncaFile]) {
      const wrongFile = await app.inject({
        method: 'POST',
        url: `/api/v1/exceptions/${ids.nalcItem}/resolve`,
        headers: change(),
        payload: { note: 'resent', resentFileId },
      });
      expect(wrongFile.statusCode, String(resentFileId)).toBe(400);
      expect(wrongFile.json().errors).toEqual([expect.objectContaining({ path: 'body.resentFileId' })]);
    }
    expect((await get(`/exceptions/${ids.nalcItem}`)).json().resolvedOn).toBeNull();
    const missing = await app.inject({
      method: 'POST',
      url: '/api/v1/exceptions/999999/resolve',
      headers: change(),
      payload: { note: 'done' },
    });
    expect(missing.statusCode).toBe(404);
  });

  it('resolves one item once when two people resolve it at the same time: the other gets a conflict', async () => {
    const resolve = (subject: string) =>
      app.inject({
        method: 'POST',
        url: `/api/v1/exceptions/${ids.syncaItem}/resolve`,
        headers: change({ subject, role: 'program_administrator' }),
        payload: { note: `resent by ${subject}` },
      });
    const answers = await Promise.all([resolve('admin-a'), resolve('admin-b')]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    const lost = answers.find((a) => a.statusCode === 409);
    expect(lost?.json()).toMatchObject({ code: 'CONFLICT' });
    expect(lost?.json().detail).toContain('already resolved');
    const item = (await get(`/exceptions/${ids.syncaItem}`)).json();
    expect(item.history.filter((h: { status: string }) => h.status === 'resolved')).toHaveLength(1);
    expect(item.resolution).toBe(answers.find((a) => a.statusCode === 200)?.json().resolution);
    const assignResolved = await app.inject({
      method: 'POST',
      url: `/api/v1/exceptions/${ids.syncaItem}/assign`,
      headers: change(),
      payload: {},
    });
    expect(assignResolved.statusCode).toBe(409);
    expect((await get('/exceptions?state=resolved')).json().items.map((e: { id: number }) => e.id)).toEqual([
      ids.syncaItem,
    ]);
  });

  it('lets program administrators assign an open discrepancy, recorded as an event', async () => {
    const nalcOpen = (await get('/reconciliations/discrepancies', nalc)).json().items[0];
    const url = `/api/v1/reconciliations/discrepancies/${nalcOpen.id}/assign`;
    for (const who of [nalc, auditor, enrollee]) {
      const refused = await app.inject({ method: 'POST', url, headers: change(who), payload: {} });
      expect(refused.statusCode, who.role).toBe(403);
    }
    const assigned = await app.inject({
      method: 'POST',
      url,
      headers: change(),
      payload: { owner: 'reconciliation-team-2' },
    });
    expect(assigned.statusCode, assigned.body).toBe(200);
    expect(assigned.json()).toMatchObject({
      id: nalcOpen.id,
      owner: 'reconciliation-team-2',
      carrier: 'NALC',
    });
    const events = await queryOf(store)<{ status: string; owner: string }>(
      'select status, owner from reconciliation_discrepancy_event where discrepancy_id = $1 order by id',
      [nalcOpen.id],
    );
    expect(events.at(-1)).toEqual({ status: 'assigned', owner: 'reconciliation-team-2' });
    // Two people assigning at once: both are recorded, in order, and the owner is the last one's.
    const both = await Promise.all(
      ['recon-a', 'recon-b'].map((owner) =>
        app.inject({ method: 'POST', url, headers: change(), payload: { owner } }),
      ),
    );
    expect(both.map((answer) => answer.statusCode)).toEqual([200, 200]);
    const after = await queryOf(store)<{ status: string; owner: string }>(
      'select status, owner from reconciliation_discrepancy_event where discrepancy_id = $1 order by id',
      [nalcOpen.id],
    );
    const [current] = await queryOf(store)<{ owner: string }>(
      'select owner from reconciliation_discrepancy where id = $1',
      [nalcOpen.id],
    );
    expect(
      after
        .slice(-2)
        .map((e) => e.owner)
        .sort(),
    ).toEqual(['recon-a', 'recon-b']);
    expect(current!.owner).toBe(after.at(-1)!.owner);
    const missing = await app.inject({
      method: 'POST',
      url: '/api/v1/reconciliations/discrepancies/999999/assign',
      headers: change(),
      payload: {},
    });
    expect(missing.statusCode).toBe(404);
  });
});
