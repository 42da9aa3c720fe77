// The windows the findings notice opened: the carrier's response (its own due day, which the
// contracting officer may have set) and the request for reconsideration (48 CFR 1609.7101-2).
import type { IsoDate } from '../../../domain/dates.ts';
import { PshbError } from '../../../errors.ts';
import { reconsiderationDueOn } from '../../../rules/carrier-performance/due-process/index.ts';
import type { Executor } from '../../../storage/executor.ts';
import { listNotices } from '../../../storage/performance/due-process-store.ts';
import { loadDueProcessParameters } from './due-process-parameters.ts';
import { isoDay } from './due-process-step.ts';

export interface FindingsWindows {
  readonly noticeId: number;
  readonly issuedOn: IsoDate;
  readonly responseDueOn: IsoDate;
  readonly reconsiderationDueOn: IsoDate;
}

export async function findingsWindows(executor: Executor, evaluationId: number): Promise<FindingsWindows> {
  const notice = (await listNotices(executor, evaluationId)).find((n) => n.kind === 'findings');
  if (!notice)
    throw new PshbError(
      'PERFORMANCE_EVALUATION_STATE',
      `evaluation ${evaluationId} has no findings notice yet`,
    );
  const issuedOn = isoDay(notice.issued_on);
  return {
    noticeId: Number(notice.id),
    issuedOn,
    responseDueOn: isoDay(notice.response_due_on ?? issuedOn),
    reconsiderationDueOn: reconsiderationDueOn(loadDueProcessParameters(), issuedOn),
  };
}
