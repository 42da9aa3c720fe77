// Customer experience on PGlite, and PostgreSQL when TEST_DATABASE_URL is set: invitations once per
// person per period and idempotent; a response uses its token once, refuses an expired survey, and
// stores free text masked with no personal data; a negative response asking for contact opens a case;
// a re-imported channel file changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CX_TEST_KEYS,
  everyoneSampled,
  insertPeople,
  recordElection,
} from '../../../test-support/cx-fixtures.ts';
import { testBackends } from '../../../test-support/databases.ts';
import { PshbError } from '../../errors.ts';
import { invitationsOfSource } from '../../storage/cx/invitations.ts';
import { readResponseGroups } from '../../storage/cx/quarterly-report-reads.ts';
import { readResponse } from '../../storage/cx/responses.ts';
import { readServedCounts } from '../../storage/cx/served-counts.ts';
import { readSurveyVersion } from '../../storage/cx/survey-versions.ts';
import { executorOf } from '../../storage/executor.ts';
import type { Store } from '../../storage/store.ts';
import { caseSupportPlan } from '../../support/cases/case-plan.ts';
import { createInvitations } from './create-invitations.ts';
import { importChannelResponses } from './import-channel-responses.ts';
import { registerSurveyVersions } from './register-surveys.ts';
import { respondToInvitation } from './respond-to-invitation.ts';

const catalogue = everyoneSampled();
const plan = caseSupportPlan();
const NOW = new Date('2026-12-06T12:00:00Z');
const earlier = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);
const token = (reference: string) => CX_TEST_KEYS.tokenFor('election', reference);
const code = (error: unknown) => (error instanceof PshbError ? error.code : String(error));

for (const backend of testBackends()) {
  describe(`customer experience on ${backend.name}`, () => {
    let store: Store;
    const refs: Record<string, string> = {};
    beforeAll(async () => {
      store = await backend.open();
      await insertPeople(store, [1, 2, 3, 4, 5]);
      refs.first = await recordElection(store, 1, '2024-11-12', earlier(30));
      refs.sameQuarter = await recordElection(store, 1, '2024-11-20', earlier(29));
      refs.nextQuarter = await recordElection(store, 1, '2025-01-06', earlier(28));
      refs.two = await recordElection(store, 2, '2024-11-13', earlier(27));
      refs.three = await recordElection(store, 3, '2024-11-14', earlier(26));
      refs.four = await recordElection(store, 4, '2024-11-14', earlier(25));
      refs.five = await recordElection(store, 5, '2024-11-15', earlier(24));
      refs.young = await recordElection(store, 5, '2025-02-15', earlier(0));
    }, 180_000);
    afterAll(() => store.close());

    it('invites once per person per period, leaves transactions within the lag, and a re-run changes nothing', async () => {
      const run = await createInvitations(store, { catalogue, keys: CX_TEST_KEYS, now: NOW, batchSize: 3 });
      const election = run.sources.find((s) => s.source === 'election')!;
      expect(election).toMatchObject({ scanned: 7, invited: 6, skipped: { already_invited: 1 } });
      const invited = (await invitationsOfSource(executorOf(store), 'election')).map(
        (i) => i.transaction_reference,
      );
      expect(invited).toContain(refs.first);
      expect(invited).not.toContain(refs.sameQuarter);
      expect(invited).toContain(refs.nextQuarter);
      expect(invited).not.toContain(refs.young);
      const again = await createInvitations(store, { catalogue, keys: CX_TEST_KEYS, now: NOW });
      expect(again.invited).toBe(0);
      expect(again.scanned).toBe(0);
      const served = await readServedCounts(executorOf(store), 2025, 1);
      expect(served).toEqual([
        expect.objectContaining({
          transaction_point: 'open-season-election',
          channel: 'web',
          served: 6,
          offered: 5,
        }),
      ]);
    });

    it('stores free text masked: the response carries no personal data', async () => {
      const result = await respondToInvitation(store, catalogue, plan, {
        token: token(refs.first!),
        answers: {
          trust: 'up',
          positive: ['ease', 'employee'],
          freeText: 'Great help. My SSN is 123-45-6789, write to pat.doe@example.com or call (202) 555-0142.',
        },
        today: '2024-11-20',
        now: NOW,
      });
      expect(result).toMatchObject({ identifiersMasked: 3, serviceRecoveryCaseId: null });
      const stored = (await readResponse(executorOf(store), result.responseId))!;
      expect(stored.free_text).toBe(
        'Great help. My SSN is [SSN removed], write to [email removed] or call [phone removed].',
      );
      expect(stored).toMatchObject({
        source: 'portal',
        transaction_point: 'open-season-election',
        channel: 'web',
        fiscal_year: 2025,
        fiscal_quarter: 1,
        trust_value: 1,
        trust_positive: true,
        positive_ease: true,
        positive_employee: true,
        negative_ease: false,
      });
      expect(
        Object.keys(stored).filter((k) => /person|invitation|token|contact_detail|email|phone/.test(k)),
      ).toEqual([]);
      expect(JSON.stringify(stored)).not.toMatch(/123-45-6789|pat\.doe|555-0142/);
      expect(Number((await readSurveyVersion(executorOf(store), 'a11-v2', '2026.1'))!.response_count)).toBe(
        1,
      );
    });

    it('refuses a used token', async () => {
      const error = await respondToInvitation(store, catalogue, plan, {
        token: token(refs.first!),
        answers: { trust: 'down' },
        today: '2024-11-21',
        now: NOW,
      }).catch((e: unknown) => e);
      expect(code(error)).toBe('INVITATION_USED');
    });

    it('of two concurrent uses of one token, one wins', async () => {
      const answer = () =>
        respondToInvitation(store, catalogue, plan, {
          token: token(refs.two!),
          answers: { trust: 'up' },
          today: '2024-11-20',
          now: NOW,
        });
      const outcomes = await Promise.allSettled([answer(), answer()]);
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      const refused = outcomes.find((o) => o.status === 'rejected');
      expect(code(refused?.status === 'rejected' ? refused.reason : null)).toBe('INVITATION_USED');
    });

    it('an expired survey refuses responses and says so; nothing is used up', async () => {
      const error = await respondToInvitation(store, catalogue, plan, {
        token: token(refs.three!),
        answers: { trust: 'up' },
        today: '2027-10-01',
        now: NOW,
      }).catch((e: unknown) => e);
      expect(code(error)).toBe('SURVEY_EXPIRED');
      expect((error as Error).message).toContain('expired on 2027-09-30');
      const later = await respondToInvitation(store, catalogue, plan, {
        token: token(refs.three!),
        answers: { trust: 'up' },
        today: '2024-11-20',
        now: NOW,
      });
      expect(later.responseId).toBeGreaterThan(0);
    });

    it('refuses bad answers naming the field, and stores nothing', async () => {
      const error = await respondToInvitation(store, catalogue, plan, {
        token: token(refs.four!),
        answers: { trust: 'up', negative: ['ease'] },
        today: '2024-11-20',
        now: NOW,
      }).catch((e: unknown) => e);
      expect(code(error)).toBe('INVALID_INPUT');
      expect((error as PshbError).details).toEqual([expect.objectContaining({ field: 'negative' })]);
    });

    it('a negative response asking to be contacted opens a case with the contact details; the response has none', async () => {
      const result = await respondToInvitation(store, catalogue, plan, {
        token: token(refs.four!),
        answers: { trust: 'down', negative: ['efficiency'], contactRequested: true },
        contact: { method: 'phone', value: '202-555-0199' },
        today: '2024-11-20',
        now: NOW,
      });
      expect(result.serviceRecoveryCaseId).not.toBeNull();
      const [opened] = await store.transaction((tx) =>
        tx.query<{ person_id: string; text: string; request_type: string }>(
          `select c.person_id, e.text, c.request_type from support_case c
           join support_case_event e on e.case_id = c.id and e.seq = 1 where c.id = $1`,
          [result.serviceRecoveryCaseId],
        ),
      );
      expect(opened).toMatchObject({ request_type: 'complaints' });
      expect(Number(opened!.person_id)).toBe(4);
      expect(opened!.text).toContain('202-555-0199');
      const stored = (await readResponse(executorOf(store), result.responseId))!;
      expect(stored).toMatchObject({
        contact_requested: true,
        trust_positive: false,
        negative_efficiency: true,
      });
      expect(JSON.stringify(stored)).not.toContain('555-0199');
    });

    it("counts a quarter's responses per point and channel in one grouped query", async () => {
      const groups = await readResponseGroups(executorOf(store), 2025, 1);
      const web = groups.find((g) => g.transactionPoint === 'open-season-election' && g.channel === 'web')!;
      expect(web.respondents).toBe(4);
      expect(web.answers).toMatchObject({
        trust_up: 3,
        trust_down: 1,
        positive_ease: 1,
        negative_efficiency: 1,
      });
    });

    it('a survey version with responses cannot change: a change is a new version', async () => {
      const v2 = catalogue.surveys.find((s) => s.kind === 'a11-v2')!;
      const changed = { ...v2, title: { ...v2.title, en: 'A changed title' } };
      const refused = await registerSurveyVersions(executorOf(store), [changed]).catch((e: unknown) => e);
      expect(code(refused)).toBe('SURVEY_VERSION_FROZEN');
      expect(await registerSurveyVersions(executorOf(store), [v2])).toEqual([
        expect.objectContaining({ outcome: 'unchanged' }),
      ]);
      expect(await registerSurveyVersions(executorOf(store), [{ ...changed, version: '2026.2' }])).toEqual([
        expect.objectContaining({ outcome: 'new' }),
      ]);
      const direct = await store
        .transaction((tx) =>
          tx.query(
            `update cx_survey_version set content_hash = 'x' where survey_id = 'a11-v2' and version = '2026.1'`,
          ),
        )
        .catch((e: unknown) => e);
      expect(String(direct)).toContain('a change is a new version');
    });

    it('imports channel responses all or none, refused by line and column; a re-import changes nothing', async () => {
      const header =
        'external_id,responded_on,transaction_point,channel,language,question_1,' +
        'positive_effectiveness,positive_ease,positive_efficiency,positive_transparency,positive_humanity,positive_employee,positive_other,' +
        'negative_effectiveness,negative_ease,negative_efficiency,negative_transparency,negative_humanity,negative_employee,negative_other,question_4';
      const good = [
        header,
        'ivr-1,2024-11-20,support-case-resolved-helpline,ivr,en,1,1,1,0,0,0,1,0,0,0,0,0,0,0,0,',
        'chat-1,2024-11-21,support-case-resolved-helpline,web_chat,es,0,0,0,0,0,0,0,0,0,1,1,0,0,0,0,"Mi número es 123456789"',
      ].join('\n');
      const bad = good + '\nivr-2,2024-13-01,nowhere,fax,en,2,1,0,0,0,0,0,0,0,0,0,0,0,0,0,';
      const input = (text: string) => ({
        bytes: Buffer.from(text),
        fileName: 'f.csv',
        importedBy: 'test',
        today: '2024-12-01',
      });
      const refused = await importChannelResponses(store, catalogue, input(bad)).catch((e: unknown) => e);
      expect(code(refused)).toBe('INVALID_FILE');
      const fields = (refused as PshbError).details.map((d) => `${d.line}:${d.field}`);
      expect(fields).toEqual(expect.arrayContaining(['4:responded_on', '4:transaction_point', '4:channel']));
      const count = async () =>
        Number(
          (
            await store.transaction((tx) => tx.query<{ n: string }>('select count(*) as n from cx_response'))
          )[0]!.n,
        );
      const before = await count();
      const first = await importChannelResponses(store, catalogue, input(good));
      expect(first).toMatchObject({ rows: 2, alreadyImported: false });
      expect(await count()).toBe(before + 2);
      const again = await importChannelResponses(store, catalogue, input(good));
      expect(again).toEqual({ ...first, alreadyImported: true });
      expect(await count()).toBe(before + 2);
      const [chat] = await store.transaction((tx) =>
        tx.query<{ free_text: string; partner: string; negative_efficiency: boolean }>(
          `select free_text, partner, negative_efficiency from cx_response where external_id = 'chat-1'`,
        ),
      );
      expect(chat).toEqual({
        free_text: 'Mi número es [SSN removed]',
        partner: 'helpline',
        negative_efficiency: true,
      });
    });
  });
}
