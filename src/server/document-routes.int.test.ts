// Part B exception documents over HTTP, on PGlite (and PostgreSQL with TEST_DATABASE_URL), against
// 5 CFR 890.1604(e): an annuitant who became one after January 1, 2025, has Part A without Part B and
// is enrolled in VA health care claims the (d)(1)(iv) exception; it stays pending until a document
// proving VA enrollment is received. The document is sent, kept encrypted, reviewed by staff, and once
// accepted the Part B decision is "excepted". A disguised or oversized file is refused naming the field
// and stores nothing; an enrollee sees only their own documents; the file itself only staff open. Raced:
// reviews of one document sent at the same time record one review (the others are 409 CONFLICT), and one
// review sent several times at once with its Idempotency-Key is recorded once and replayed.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { testBackends } from '../../test-support/databases.ts';
import { PROGRAM_DATE_VARIABLE } from '../domain/program-clock.ts';
import { saveCatalogue } from '../exchange/catalogue/index.ts';
import { loadShippedCatalogue } from '../reference-data.ts';
import type { Principal } from '../security/principal.ts';
import type { Store } from '../storage/store.ts';
import { buildTestServer, signedInAs } from './test-authenticator.test.ts';

const PERSON = 41;
const OTHER = 42;
const RACED = 43;
const enrollee = (personId: number): Principal => ({
  subject: `doc-${personId}`,
  role: 'enrollee',
  personId,
});
const admin: Principal = { subject: 'doc-admin', role: 'program_administrator' };
const specialist: Principal = {
  subject: 'doc-specialist',
  role: 'support_specialist',
  partnerOrganization: 'helpline',
};
const PDF = Buffer.from('%PDF-1.7\n% synthetic VA enrollment letter\n%%EOF\n');

async function insertVaAnnuitant(store: Store, id: number): Promise<void> {
  await store.transaction((tx) =>
    tx.query(
      `insert into person (id, household_id, relationship, category, first_name, last_name, birth_date, sex, ssn,
         annuitant_since, va_enrolled, medicare_part_a_start, medicare_part_a_basis)
       values ($1, $1, 'self', 'annuitant', 'Test', 'Veteran', '1955-03-01', 'M', 'v1:synthetic',
         '2025-06-01', true, '2020-03-01', 'premium_free')`,
      [id],
    ),
  );
}

describe.each(testBackends())('Part B documents on $name', (backend) => {
  let store: Store;
  let app: FastifyInstance;
  beforeAll(async () => {
    vi.stubEnv(PROGRAM_DATE_VARIABLE, '2025-07-01');
    store = await backend.open();
    await saveCatalogue(store, loadShippedCatalogue());
    await insertVaAnnuitant(store, PERSON);
    await insertVaAnnuitant(store, OTHER);
    await insertVaAnnuitant(store, RACED);
    app = await buildTestServer(store);
  }, 180_000);
  afterAll(async () => {
    vi.unstubAllEnvs();
    await app?.close();
    await store?.close();
  });

  const send = (principal: Principal, personId: number, body: Record<string, unknown>) =>
    app.inject({
      method: 'POST',
      url: `/api/v1/persons/${personId}/documents`,
      headers: { ...signedInAs(principal), 'idempotency-key': crypto.randomUUID() },
      payload: { kind: 'va_enrollment', fileName: 'va-letter.pdf', mediaType: 'application/pdf', ...body },
    });
  const partB = async (personId: number) => {
    const answer = await app.inject({
      method: 'GET',
      url: `/api/v1/persons/${personId}/eligibility?asOf=2025-07-01`,
      headers: signedInAs(admin),
    });
    expect(answer.statusCode, answer.body).toBe(200);
    return (answer.json() as { person: { partB: { outcome: string } } }).person.partB.outcome;
  };
  const documentsOf = (principal: Principal, personId: number) =>
    app.inject({
      method: 'GET',
      url: `/api/v1/persons/${personId}/documents`,
      headers: signedInAs(principal),
    });

  it('890.1604(e): tells what OPM prescribes: the due date, the file types, the mailing address', async () => {
    const answer = await app.inject({
      method: 'GET',
      url: '/api/v1/part-b-documents/requirements',
      headers: signedInAs(enrollee(PERSON)),
    });
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toMatchObject({
      dueOn: '2025-03-31',
      overdue: true,
      citations: ['5 CFR 890.1604(e)'],
      acceptedMediaTypes: ['application/pdf', 'image/jpeg', 'image/png'],
    });
  });

  it('890.1604(e): refuses a disguised, empty or unlisted file naming the field, and keeps nothing', async () => {
    const program = await send(enrollee(PERSON), PERSON, {
      content: Buffer.from('MZ\x90\x00 program').toString('base64'),
    });
    expect(program.statusCode).toBe(400);
    expect(program.json().errors).toEqual([expect.objectContaining({ path: 'body.content' })]);
    const unlisted = await send(enrollee(PERSON), PERSON, {
      mediaType: 'text/html',
      content: Buffer.from('<script>').toString('base64'),
    });
    expect(unlisted.json().errors).toEqual([expect.objectContaining({ path: 'body.mediaType' })]);
    const notBase64 = await send(enrollee(PERSON), PERSON, { content: 'not base64 at all!' });
    expect(notBase64.statusCode).toBe(400);
    expect(notBase64.body).toContain('content');
    expect((await documentsOf(enrollee(PERSON), PERSON)).json()).toEqual({ items: [] });
  });

  it('890.1604(d)(1)(iv) and (e): pending until staff accept the VA document, then excepted from the day it was received', async () => {
    expect(await partB(PERSON)).toBe('pending_evidence');
    const sent = await send(enrollee(PERSON), PERSON, { content: PDF.toString('base64') });
    expect(sent.statusCode, sent.body).toBe(201);
    const document = sent.json() as { id: number; receivedOn: string; review: unknown; byteSize: number };
    expect(document).toMatchObject({ receivedOn: '2025-07-01', review: null, byteSize: PDF.length });
    // Sent is not received as evidence: the exception waits for the review.
    expect(await partB(PERSON)).toBe('pending_evidence');

    const [stored] = await store.transaction((tx) =>
      tx.query<{ content: string }>('select content from evidence_document where id = $1', [document.id]),
    );
    expect(stored!.content.startsWith('v1:')).toBe(true);
    expect(stored!.content).not.toContain(PDF.toString('base64'));

    const queue = await app.inject({
      method: 'GET',
      url: '/api/v1/part-b-documents/awaiting-review',
      headers: signedInAs(admin),
    });
    expect(queue.json().items.map((d: { id: number }) => d.id)).toContain(document.id);
    const file = await app.inject({
      method: 'GET',
      url: `/api/v1/part-b-documents/${document.id}/content`,
      headers: signedInAs(admin),
    });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.rawPayload.equals(PDF)).toBe(true);

    const review = (decision: string, reason = '') =>
      app.inject({
        method: 'POST',
        url: `/api/v1/part-b-documents/${document.id}/review`,
        headers: { ...signedInAs(admin), 'idempotency-key': crypto.randomUUID() },
        payload: { decision, reason },
      });
    expect((await review('rejected')).json().errors).toEqual([
      expect.objectContaining({ path: 'body.reason' }),
    ]);
    const accepted = await review('accepted');
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().review).toMatchObject({ decision: 'accepted', reviewedBy: 'doc-admin' });
    expect((await review('rejected', 'changed my mind')).statusCode).toBe(409);
    expect(await partB(PERSON)).toBe('excepted');
  });

  it('lets the enrollee list only their own documents, and only staff open a file', async () => {
    expect((await documentsOf(enrollee(OTHER), PERSON)).statusCode).toBe(404);
    expect((await send(enrollee(OTHER), PERSON, { content: PDF.toString('base64') })).statusCode).toBe(404);
    const [first] = (await documentsOf(enrollee(PERSON), PERSON)).json().items as { id: number }[];
    const open = (principal: Principal) =>
      app.inject({
        method: 'GET',
        url: `/api/v1/part-b-documents/${first!.id}/content`,
        headers: signedInAs(principal),
      });
    expect((await open(enrollee(PERSON))).statusCode).toBe(403);
    expect([403, 404]).toContain((await open(specialist)).statusCode);
    expect(
      (
        await app.inject({
          method: 'GET',
          url: '/api/v1/part-b-documents/awaiting-review',
          headers: signedInAs(enrollee(PERSON)),
        })
      ).statusCode,
    ).toBe(403);
  });

  const reviewsOf = (documentId: number) =>
    store.transaction((tx) =>
      tx.query<{ decision: string }>('select decision from evidence_document_review where document_id = $1', [
        documentId,
      ]),
    );
  const evidenceFrom = (documentId: number) =>
    store.transaction((tx) =>
      tx.query<{ person_id: number }>('select person_id from evidence where reference = $1', [
        `document ${documentId}`,
      ]),
    );
  const sendRaced = async () => {
    const sent = await send(enrollee(RACED), RACED, { content: PDF.toString('base64') });
    expect(sent.statusCode, sent.body).toBe(201);
    return (sent.json() as { id: number }).id;
  };
  const reviewWith = (documentId: number, key: string, decision: string, reason = '') =>
    app.inject({
      method: 'POST',
      url: `/api/v1/part-b-documents/${documentId}/review`,
      headers: { ...signedInAs(admin), 'idempotency-key': key },
      payload: { decision, reason },
    });

  it('890.1604(e): records one review when staff accept and reject the same document at the same time', async () => {
    const documentId = await sendRaced();
    const answers = await Promise.all([
      reviewWith(documentId, crypto.randomUUID(), 'accepted'),
      reviewWith(documentId, crypto.randomUUID(), 'rejected', 'illegible scan'),
      reviewWith(documentId, crypto.randomUUID(), 'accepted'),
      reviewWith(documentId, crypto.randomUUID(), 'rejected', 'wrong person'),
      reviewWith(documentId, crypto.randomUUID(), 'accepted'),
    ]);
    expect(answers.map((a) => a.statusCode).sort(), answers.map((a) => a.body).join('\n')).toEqual([
      200, 409, 409, 409, 409,
    ]);
    for (const refused of answers.filter((a) => a.statusCode === 409))
      expect(refused.json()).toMatchObject({ code: 'CONFLICT', status: 409 });
    const winner = (answers.find((a) => a.statusCode === 200)!.json() as { review: { decision: string } })
      .review.decision;
    expect(await reviewsOf(documentId)).toEqual([{ decision: winner }]);
    // Accepted, the document is the evidence once; rejected, it is none.
    expect(await evidenceFrom(documentId)).toHaveLength(winner === 'accepted' ? 1 : 0);
    const listed = (await documentsOf(enrollee(RACED), RACED)).json().items as {
      id: number;
      review: { decision: string } | null;
    }[];
    expect(listed.find((d) => d.id === documentId)!.review).toMatchObject({ decision: winner });
  });

  it('890.1604(e): records a review sent three times at once with one Idempotency-Key once, and replays it', async () => {
    const documentId = await sendRaced();
    const key = crypto.randomUUID();
    const answers = await Promise.all(
      Array.from({ length: 3 }, () => reviewWith(documentId, key, 'rejected', 'the letter is cut off')),
    );
    expect(
      answers.map((a) => a.statusCode),
      answers.map((a) => a.body).join('\n'),
    ).toEqual([200, 200, 200]);
    expect(answers.filter((a) => a.headers['idempotent-replayed'] === 'true')).toHaveLength(2);
    expect(new Set(answers.map((a) => a.body)).size).toBe(1);
    expect(await reviewsOf(documentId)).toEqual([{ decision: 'rejected' }]);
  });
});
