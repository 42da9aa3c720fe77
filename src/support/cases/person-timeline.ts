// One timeline per person, newest first, for the specialist on the call: the requests they sent from
// the portal, the cases staff opened about them, the lifecycle transitions recorded on their household's
// enrollment and the notices of decisions (the initial decision each transition states, 890.1607(a),
// and the decision on each reconsideration, 890.1607(c)). A partner's specialist sees only the cases
// its partner holds or has held, as GET /cases/{id} would allow it; the caller of this operation has
// already decided the person may be read.
import { maskIdentifiers } from '../../rules/cx/identifier-masking.ts';
import type { Executor } from '../../storage/executor.ts';
import { dayOf } from '../../storage/raw-query.ts';
import {
  selectTimelineCases,
  selectTimelineReconsiderationNotices,
  selectTimelineTransitions,
} from '../../storage/support/person-timeline.ts';
import type { CaseStatus } from './case-status.ts';
import { instant, type CaseChannel } from './support-cases.ts';

export const TIMELINE_KINDS = ['portal_request', 'case', 'transition', 'notice'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export type TimelineEntry =
  | {
      /** A request the person sent from the portal, or a case staff opened about them. */
      readonly kind: 'portal_request' | 'case';
      readonly at: string;
      readonly caseId: number;
      readonly requestType: string;
      readonly channel: CaseChannel;
      /** Any identifier typed into it masked. */
      readonly subject: string;
      readonly status: CaseStatus;
      readonly partner: string;
      readonly resolvedAt: string | null;
    }
  | {
      readonly kind: 'transition';
      readonly at: string;
      readonly transitionId: number;
      readonly action: string;
      readonly from: string;
      readonly to: string;
      readonly effectiveOn: string;
    }
  | {
      readonly kind: 'notice';
      readonly at: string;
      /** The initial decision on a transition, or the decision on a reconsideration request. */
      readonly notice: 'initial_decision' | 'reconsideration_decision';
      /** The transition or the reconsideration request it is about. */
      readonly about: number;
      readonly decidedOn: string;
      /** accepted (an initial decision recorded), affirmed or reversed. */
      readonly result: 'accepted' | 'affirmed' | 'reversed';
    };

export interface TimelineRequest {
  readonly personId: number;
  readonly householdId: number;
  /** Only the cases this partner holds or has held; null for every case. */
  readonly heldByPartner: string | null;
  /** Entries kept, newest first. */
  readonly limit: number;
}

/** Roles whose openings are the person's own requests from the portal. */
const PERSON_ROLES: ReadonlySet<string> = new Set(['enrollee']);

export async function personTimeline(executor: Executor, request: TimelineRequest): Promise<TimelineEntry[]> {
  const { personId, householdId, heldByPartner, limit } = request;
  // One after another: inside a transaction the executor is one connection.
  const cases = await selectTimelineCases(executor, personId, heldByPartner, limit);
  const transitions = await selectTimelineTransitions(executor, householdId, limit);
  const reconsiderations = await selectTimelineReconsiderationNotices(executor, householdId, limit);
  const entries: TimelineEntry[] = [
    ...cases.map((row): TimelineEntry => ({
      kind: row.channel === 'portal' || PERSON_ROLES.has(row.opener_role) ? 'portal_request' : 'case',
      at: instant(row.opened_at),
      caseId: Number(row.id),
      requestType: row.request_type,
      channel: row.channel,
      subject: maskIdentifiers(row.subject).text,
      status: row.status,
      partner: row.partner,
      resolvedAt: row.resolved_at === null ? null : instant(row.resolved_at),
    })),
    ...transitions.flatMap((row): TimelineEntry[] => {
      const at = instant(row.recorded_at);
      const id = Number(row.id);
      return [
        {
          kind: 'transition',
          at,
          transitionId: id,
          action: row.action,
          from: row.from_status,
          to: row.to_status,
          effectiveOn: dayOf(row.effective_on),
        },
        {
          kind: 'notice',
          at,
          notice: 'initial_decision',
          about: id,
          decidedOn: dayOf(row.decided_on),
          result: 'accepted',
        },
      ];
    }),
    ...reconsiderations.map((row): TimelineEntry => ({
      kind: 'notice',
      at: instant(row.recorded_at),
      notice: 'reconsideration_decision',
      about: Number(row.id),
      decidedOn: dayOf(row.decided_on),
      result: row.result,
    })),
  ];
  return newestFirst(entries).slice(0, limit);
}

/** Newest first; at the same instant a notice after the transition it states (listed above it). */
export function newestFirst(entries: readonly TimelineEntry[]): TimelineEntry[] {
  const rank = (entry: TimelineEntry) => (entry.kind === 'notice' ? 0 : 1);
  return [...entries].sort((a, b) => b.at.localeCompare(a.at) || rank(a) - rank(b));
}
