// A file a carrier has not acknowledged within the hours its agreement gives (the partner file's
// acknowledgment.withinHours, counted from delivery) is marked 'unacknowledged', opens an 'ack_missing'
// item in the exception queue and raises one incident for the command center naming the files. Each
// file is found overdue once: its status moves on from 'delivered', so a second check finds nothing,
// and checks running at once take turns. An acknowledgment that arrives later still moves the file
// on (ingest-acknowledgment.ts).
import type { CarrierPartner } from '../../domain/trading-partner.ts';
import { openExceptions } from '../../storage/exchange/exchange-exceptions.ts';
import { recordFileStatus } from '../../storage/exchange/exchange-files.ts';
import {
  filesAwaitingAcknowledgmentSince,
  lockAcknowledgmentChecks,
} from '../../storage/exchange/delivery-files.ts';
import type { Store } from '../../storage/store.ts';
import type { SupportPlan } from '../../support/plan/support-plan.ts';
import { openIncident } from '../../support/cases/incidents.ts';

export interface DeadlineCheckRequest {
  readonly carriers: readonly CarrierPartner[];
  readonly now: Date;
  /** The support plan the incident is opened under (its technical-incident path runs it). */
  readonly plan: SupportPlan;
  /** Who opens the incident, as the audit shows it. */
  readonly openedBy: string;
}

export interface OverdueFile {
  readonly partner: string;
  readonly fileId: number;
  readonly fileName: string;
  readonly deliveredAt: string;
  readonly dueBy: string;
}

export interface DeadlineCheckReport {
  readonly overdue: readonly OverdueFile[];
  /** The incident raised for them, when any was overdue. */
  readonly incidentId: number | null;
}

export function checkAcknowledgmentDeadlines(
  store: Store,
  request: DeadlineCheckRequest,
): Promise<DeadlineCheckReport> {
  return store.transaction(async (tx) => {
    await lockAcknowledgmentChecks(tx);
    const at = request.now.toISOString();
    const overdue: OverdueFile[] = [];
    for (const carrier of request.carriers) {
      const hours = carrier.acknowledgment.withinHours;
      const cutoff = new Date(request.now.getTime() - hours * 3_600_000).toISOString();
      for (const file of await filesAwaitingAcknowledgmentSince(tx, carrier.carrierCode, cutoff)) {
        const deliveredAt = new Date(file.delivered_at);
        const dueBy = new Date(deliveredAt.getTime() + hours * 3_600_000).toISOString();
        const item = { partner: carrier.carrierCode, fileId: Number(file.id), fileName: file.file_name };
        await recordFileStatus(tx, item.fileId, 'unacknowledged', at, { withinHours: hours, dueBy });
        await openExceptions(
          tx,
          [
            {
              partner: item.partner,
              kind: 'ack_missing',
              fileId: item.fileId,
              detail: { withinHours: hours, dueBy },
            },
          ],
          at.slice(0, 10),
        );
        overdue.push({ ...item, deliveredAt: deliveredAt.toISOString(), dueBy });
      }
    }
    if (overdue.length === 0) return { overdue, incidentId: null };
    const incident = await openIncident(tx, request.plan, {
      title: `No acknowledgment for ${overdue.length} file(s) past the partner's deadline`,
      description: overdue
        .map(
          (f) =>
            `${f.partner} ${f.fileName} (file ${f.fileId}): delivered ${f.deliveredAt}, due by ${f.dueBy}`,
        )
        .join('\n'),
      severity: 'major',
      openedBy: request.openedBy,
    });
    return { overdue, incidentId: incident.id };
  });
}
