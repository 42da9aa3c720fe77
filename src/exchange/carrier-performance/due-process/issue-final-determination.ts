// The final determination (48 CFR 1609.7101-2): once the carrier's windows have closed, or its
// requests for reconsideration are all decided, the contracting officer fixes the amount and issues
// the final notice: the factors after reconsideration, the amount, the 60 days to rebate it
// (63 FR 55337) and the withhold from the first quarter's premium payments otherwise
// (48 CFR 1632.170(a)(2)). Issuing it again answers the notice already issued.
import { PshbError } from '../../../errors.ts';
import {
  rebateDueOn,
  withholdSchedule,
  type DueProcessActor,
} from '../../../rules/carrier-performance/due-process/index.ts';
import {
  appendEvaluationEvent,
  insertNotice,
  listEvaluationEvents,
  listNotices,
  listReconsiderations,
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
import { findingsWindows } from './findings-windows.ts';
import { finalNoticeDocument } from './notice-document.ts';
import { documentSha256, noticeViewOf, type NoticeView } from './notice-view.ts';
import { reconsiderationViewOf } from './reconsideration-view.ts';

export interface FinalDeterminationInput extends StepContext {
  readonly evaluationId: number;
  readonly reason: string;
}

export interface FinalDetermination extends NoticeView {
  readonly amountCents: number;
  readonly rebateDueOn: string;
}

export async function issueFinalDetermination(
  store: Store,
  actor: DueProcessActor,
  input: FinalDeterminationInput,
): Promise<FinalDetermination> {
  const reason = input.reason.trim();
  if (reason === '')
    throw new PshbError('INVALID_INPUT', 'reason: say what the determination rests on', [
      { field: 'reason', message: 'required' },
    ]);
  const parameters = loadDueProcessParameters();
  return runStep(
    store,
    actor,
    'issue_final_determination',
    input.evaluationId,
    'final determination',
    input,
    async (tx, evaluation) => {
      const events = await listEvaluationEvents(tx, input.evaluationId);
      const issued = (await listNotices(tx, input.evaluationId)).find((n) => n.kind === 'final');
      if (issued) {
        const final = events.filter((e) => e.kind === 'final_determination').at(-1);
        const amountCents = Number(final?.amount_cents ?? 0);
        return {
          ...noticeViewOf(issued),
          amountCents,
          rebateDueOn: rebateDueOn(parameters, noticeViewOf(issued).issuedOn),
        };
      }
      const to = requireState('issue_final_determination', evaluation);
      const requests = (await listReconsiderations(tx, input.evaluationId)).map(reconsiderationViewOf);
      const open = requests.filter((r) => r.decidedOn === null);
      if (open.length > 0)
        throw new PshbError(
          'PERFORMANCE_WINDOW_OPEN',
          `request${open.length > 1 ? 's' : ''} for reconsideration ${open.map((r) => r.id).join(', ')} ${open.length > 1 ? 'are' : 'is'} not decided yet`,
        );
      const windows = await findingsWindows(tx, input.evaluationId);
      if (requests.length === 0 && input.today <= windows.reconsiderationDueOn)
        throw new PshbError(
          'PERFORMANCE_WINDOW_OPEN',
          `the carrier may still ask for reconsideration until ${windows.reconsiderationDueOn} (and respond until ${windows.responseDueOn}); the determination is made after that`,
        );
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
      const rebateDue = rebateDueOn(parameters, input.today);
      const document = finalNoticeDocument(
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
        reason,
        requests.map((r) => ({
          id: r.id,
          elementId: r.elementId,
          grounds: r.grounds,
          outcome: r.outcome ?? '',
          reason: r.decisionReason ?? '',
          decidedOn: r.decidedOn ?? '',
        })),
        rebateDue,
        withholdSchedule(parameters, Math.max(0, amountCents), rebateDue),
        parameters,
      );
      const notice = await insertNotice(tx, {
        evaluationId: input.evaluationId,
        kind: 'final',
        issuedOn: input.today,
        responseDueOn: null,
        document,
        sha256: documentSha256(document),
        issuedBy: actor.subject,
      });
      if (!notice)
        throw new PshbError(
          'CONFLICT',
          `a final notice for evaluation ${input.evaluationId} was issued meanwhile`,
        );
      await appendEvaluationEvent(tx, {
        evaluationId: input.evaluationId,
        kind: 'final_determination',
        amountCents,
        reason,
        author: actor.subject,
        detail: { noticeId: Number(notice.id), noticeKind: 'final', rebateDueOn: rebateDue },
        effectiveOn: input.today,
      });
      await moveState(tx, evaluation, to);
      return { ...noticeViewOf(notice), amountCents, rebateDueOn: rebateDue };
    },
  );
}
