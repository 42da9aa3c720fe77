// Where an evaluation stands in due process, for the evaluation's page and API view: its notices
// (with the URLs of their HTML and PDF), its deadlines, and the requests for reconsideration with
// their decisions. Read by the contracting officer, the auditor or the carrier (its own); audited.
import type { IsoDate } from '../../../domain/dates.ts';
import { rebateDueOn, type DueProcessActor } from '../../../rules/carrier-performance/due-process/index.ts';
import { executorOf } from '../../../storage/executor.ts';
import {
  listEvaluationEvents,
  listNotices,
  listReconsiderations,
} from '../../../storage/performance/due-process-store.ts';
import type { Store } from '../../../storage/store.ts';
import { loadDueProcessParameters } from './due-process-parameters.ts';
import { authorizeRead, isoDay, type StepContext } from './due-process-step.ts';
import { findingsWindows } from './findings-windows.ts';
import { noticeViewOf } from './notice-view.ts';
import { reconsiderationViewOf, type ReconsiderationView } from './reconsideration-view.ts';

export interface NoticeLink {
  readonly id: number;
  readonly kind: 'findings' | 'final';
  readonly issuedOn: IsoDate;
  readonly responseDueOn: IsoDate | null;
  readonly sha256: string;
  readonly htmlUrl: string;
  readonly pdfUrl: string;
}

export interface DueProcessView {
  readonly evaluationId: number;
  readonly state: string;
  readonly notices: readonly NoticeLink[];
  readonly deadlines: {
    readonly responseDueOn?: IsoDate;
    readonly reconsiderationDueOn?: IsoDate;
    readonly rebateDueOn?: IsoDate;
  };
  readonly reconsiderations: readonly ReconsiderationView[];
}

/** The API's notice paths (GET /api/v1/carrier-performance/notices/{id}.html and .pdf). */
export const NOTICE_URL_BASE = '/api/v1/carrier-performance/notices';

export async function dueProcessView(
  store: Store,
  actor: DueProcessActor,
  input: Pick<StepContext, 'requestId'> & { readonly evaluationId: number },
): Promise<DueProcessView> {
  const evaluation = await authorizeRead(store, actor, input.evaluationId, 'due process view', input);
  const x = executorOf(store);
  const notices = (await listNotices(x, input.evaluationId)).map(noticeViewOf);
  const hasFindings = notices.some((n) => n.kind === 'findings');
  const windows = hasFindings ? await findingsWindows(x, input.evaluationId) : undefined;
  const final = (await listEvaluationEvents(x, input.evaluationId))
    .filter((e) => e.kind === 'final_determination')
    .at(-1);
  return {
    evaluationId: input.evaluationId,
    state: evaluation.state,
    notices: notices.map((n) => ({
      id: n.id,
      kind: n.kind,
      issuedOn: n.issuedOn,
      responseDueOn: n.responseDueOn,
      sha256: n.sha256,
      htmlUrl: `${NOTICE_URL_BASE}/${n.id}.html`,
      pdfUrl: `${NOTICE_URL_BASE}/${n.id}.pdf`,
    })),
    deadlines: {
      ...(windows
        ? { responseDueOn: windows.responseDueOn, reconsiderationDueOn: windows.reconsiderationDueOn }
        : {}),
      ...(final ? { rebateDueOn: rebateDueOn(loadDueProcessParameters(), isoDay(final.effective_on)) } : {}),
    },
    reconsiderations: (await listReconsiderations(x, input.evaluationId)).map(reconsiderationViewOf),
  };
}
