// The findings notice to the carrier (48 CFR 1609.7101-2): on an accepted evaluation, the document
// stating each element's factor with its reasons and paragraphs, the premium base, the amount, how
// and by when to respond, and the right to reconsideration; recorded with its SHA-256, and the
// evaluation moves to notice_issued. Issuing it again answers the notice already issued.
import { PshbError } from '../../../errors.ts';
import {
  reconsiderationDueOn,
  responseDueOn,
  type DueProcessActor,
} from '../../../rules/carrier-performance/due-process/index.ts';
import {
  appendEvaluationEvent,
  insertNotice,
  listEvaluationEvents,
  listNotices,
} from '../../../storage/performance/due-process-store.ts';
import type { Store } from '../../../storage/store.ts';
import { amountForFactors } from './amount-port.ts';
import { loadDueProcessParameters } from './due-process-parameters.ts';
import {
  currentAmountCents,
  currentFactors,
  moveState,
  proposalOf,
  requireState,
  runStep,
  type StepContext,
} from './due-process-step.ts';
import { findingsNoticeDocument } from './notice-document.ts';
import { documentSha256, noticeViewOf, type NoticeView } from './notice-view.ts';

export interface IssueFindingsNoticeInput extends StepContext {
  readonly evaluationId: number;
  /** Days the carrier has to respond; the shipped window when absent. */
  readonly responseDays?: number;
}

export async function issueFindingsNotice(
  store: Store,
  actor: DueProcessActor,
  input: IssueFindingsNoticeInput,
): Promise<NoticeView> {
  if (
    input.responseDays !== undefined &&
    !(Number.isInteger(input.responseDays) && input.responseDays >= 1 && input.responseDays <= 365)
  )
    throw new PshbError('INVALID_INPUT', 'responseDays: a whole number of days from 1 to 365', [
      { field: 'responseDays', message: 'a whole number of days from 1 to 365' },
    ]);
  const parameters = loadDueProcessParameters();
  return runStep(
    store,
    actor,
    'issue_findings_notice',
    input.evaluationId,
    'findings notice',
    input,
    async (tx, evaluation) => {
      const issued = (await listNotices(tx, input.evaluationId)).find((n) => n.kind === 'findings');
      if (issued) return noticeViewOf(issued);
      const to = requireState('issue_findings_notice', evaluation);
      const events = await listEvaluationEvents(tx, input.evaluationId);
      const proposal = proposalOf(evaluation);
      const factors = currentFactors(proposal, events);
      const premiumBase = { ...proposal.premiumBase, amountCents: Number(evaluation.premium_base_cents) };
      const amountCents =
        currentAmountCents(events) ??
        amountForFactors({
          methodId: evaluation.method_id,
          contractYear: evaluation.contract_year,
          proposal,
          premiumBase,
          accepted: factors,
        }).amountCents;
      const responseDue = responseDueOn(parameters, input.today, input.responseDays);
      const reconsiderationDue = reconsiderationDueOn(parameters, input.today);
      const document = findingsNoticeDocument(
        {
          evaluationId: input.evaluationId,
          carrierCode: evaluation.carrier_code,
          planCode: evaluation.plan_code,
          contractYear: evaluation.contract_year,
          proposal: { ...proposal, premiumBase },
          factors,
          amountCents,
        },
        input.today,
        responseDue,
        reconsiderationDue,
      );
      const notice = await insertNotice(tx, {
        evaluationId: input.evaluationId,
        kind: 'findings',
        issuedOn: input.today,
        responseDueOn: responseDue,
        document,
        sha256: documentSha256(document),
        issuedBy: actor.subject,
      });
      if (!notice)
        throw new PshbError(
          'CONFLICT',
          `a findings notice for evaluation ${input.evaluationId} was issued meanwhile`,
        );
      await appendEvaluationEvent(tx, {
        evaluationId: input.evaluationId,
        kind: 'notice_issued',
        amountCents,
        reason: `Findings notice ${notice.id} issued; respond by ${responseDue}.`,
        author: actor.subject,
        detail: {
          noticeId: Number(notice.id),
          noticeKind: 'findings',
          responseDueOn: responseDue,
          reconsiderationDueOn: reconsiderationDue,
        },
        effectiveOn: input.today,
      });
      await moveState(tx, evaluation, to);
      return noticeViewOf(notice);
    },
  );
}
