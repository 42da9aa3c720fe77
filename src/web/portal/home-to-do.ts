// The home page's to-do list: what the person must do, by when, and the page where it is done, built from
// what the portal already reads (the Part B decision of GET persons/{id}/eligibility, the open seasons,
// the transitions recorded on the enrollment). Most urgent first: a document OPM waits for, then Part B
// to enroll in, then the open season choice.
import { partBEvidenceNeeded, type PartBEvidence } from './part-b-evidence.ts';
import type { Decision, FactValue, LifecycleTransition, OpenSeason } from './portal-types.ts';

export type ToDo =
  | {
      readonly kind: 'send_part_b_document';
      readonly evidence: PartBEvidence;
      /** The day OPM prescribes (5 CFR 890.1604(e)), and whether it has passed; null until known. */
      readonly due: DocumentDue | null;
      readonly path: string;
    }
  | { readonly kind: 'enroll_in_part_b'; readonly path: string }
  | { readonly kind: 'choose_in_open_season'; readonly by: string; readonly path: string };

const OPEN_SEASON_ACTIONS: ReadonlySet<string> = new Set([
  'open_season_enroll',
  'open_season_change',
  'open_season_decline',
]);

export interface DocumentDue {
  readonly dueOn: string;
  readonly overdue: boolean;
}

export interface ToDoSources {
  readonly partB: Decision | undefined;
  /** The open season open on the program date, if any. */
  readonly season: OpenSeason | null | undefined;
  /** Whether the household's decision counts an election the person made (the rules' `election` fact). */
  readonly electionCounted: boolean;
  readonly transitions: readonly LifecycleTransition[];
  /** When the Part B document is due (GET part-b-documents/requirements). */
  readonly documentDue?: DocumentDue | null | undefined;
}

/** Whether the rules' `election` fact is an election that counts (enroll or decline, in the window). */
export function electionCounted(election: FactValue | undefined): boolean {
  return election === 'enroll' || election === 'decline';
}

export function toDoList({ partB, season, electionCounted, transitions, documentDue }: ToDoSources): ToDo[] {
  const list: ToDo[] = [];
  const evidence = partB ? partBEvidenceNeeded(partB) : null;
  // The family member's exception waits on the retiree's document: nothing for the family member to do.
  if (evidence && evidence !== 'annuitant_documentation')
    list.push({
      kind: 'send_part_b_document',
      evidence,
      due: documentDue ?? null,
      path: '/portal/documents',
    });
  if (partB?.outcome === 'required_not_enrolled')
    list.push({ kind: 'enroll_in_part_b', path: '/portal/eligibility' });
  if (season?.status === 'open') {
    const chose =
      electionCounted ||
      transitions.some(
        (t) =>
          OPEN_SEASON_ACTIONS.has(t.action) &&
          t.requestedOn >= season.start &&
          t.requestedOn <= season.lastElectionDay,
      );
    if (!chose)
      list.push({ kind: 'choose_in_open_season', by: season.lastElectionDay, path: '/portal/enroll' });
  }
  return list;
}
