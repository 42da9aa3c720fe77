// The day a change was received, for a request to the API: the program date, or, for paper received
// earlier, its own date, which only a program administrator may state. The permission check writes the
// audit record, with the form, the day received and the reason as its purpose.
import type { FastifyRequest } from 'fastify';
import type { IsoDate } from '../domain/dates.ts';
import { dayReceived, paperAuditPurpose, type PaperReceipt } from '../exchange/lifecycle/index.ts';
import { authorizeForPerson, type Action } from './authorize.ts';

export async function dayReceivedFor(
  request: FastifyRequest,
  personId: number,
  paper: PaperReceipt | undefined,
  action: Action = 'enrollment.administer',
): Promise<IsoDate> {
  const today = request.server.programClock.today();
  if (paper !== undefined) {
    await authorizeForPerson(request, action, personId, { purpose: paperAuditPurpose(paper, today) });
  }
  return dayReceived(paper, today, 'body.paperReceipt.receivedOn');
}
