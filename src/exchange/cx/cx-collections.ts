// The quarterly CX data collections (OMB Circular A-11, Section 280; GSA Touchpoints' CX collection):
// one per service, fiscal year and quarter, opened as a draft, edited (reflection of at most 5,000
// characters, rating), then submitted, published, sent back for a change, marked not reported or
// archived as the pure rule allows (src/rules/cx/collection-state.ts). Each change is an appended
// event with its author and time. `dueCollections` says which quarters are due or overdue
// (src/rules/cx/collection-due.ts). Only program administrators change collections; auditors read.
import { PshbError } from '../../errors.ts';
import { collectionDueOn, collectionDueStatus, type DueStatus } from '../../rules/cx/collection-due.ts';
import {
  COLLECTION_RATINGS,
  collectionTransition,
  reflectionText,
  type CollectionAction,
  type CollectionState,
} from '../../rules/cx/collection-state.ts';
import { fiscalQuarterOf } from '../../rules/cx/fiscal-quarter.ts';
import type { Decision } from '../../rules/decision.ts';
import type { Principal } from '../../security/principal.ts';
import {
  changeCollection,
  collectionEvents,
  ensureCollection,
  listCollections,
  readCollection,
  type CollectionEventRow,
  type CollectionRow,
} from '../../storage/cx/cx-collections-store.ts';
import type { Store } from '../../storage/store.ts';
import { executorOf } from '../../storage/executor.ts';
import { loadCxCatalogue, type CxCatalogue } from './cx-catalogue.ts';
import { reportQuarter, type ReportQuarter } from './quarterly-report.ts';

const READERS = ['program_administrator', 'auditor'] as const;

function mayRead(principal: Principal): void {
  if (!(READERS as readonly string[]).includes(principal.role))
    throw new PshbError('FORBIDDEN', 'only program staff read the quarterly CX data');
}

function mayChange(principal: Principal): void {
  if (principal.role !== 'program_administrator')
    throw new PshbError('FORBIDDEN', 'only a program administrator changes a quarterly CX collection');
}

export interface CollectionView {
  readonly id: number;
  readonly service: string;
  readonly fiscalYear: number;
  readonly quarter: number;
  readonly state: CollectionState;
  readonly reflection: string | null;
  readonly rating: string | null;
  readonly dueOn: string;
  readonly updatedAt: string;
}

export interface CollectionEventView {
  readonly id: number;
  readonly kind: string;
  readonly fromState: string | null;
  readonly toState: string;
  readonly reflection: string | null;
  readonly rating: string | null;
  readonly note: string | null;
  readonly author: string;
  readonly recordedAt: string;
}

const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : String(d));

export function collectionView(row: CollectionRow): CollectionView {
  return {
    id: row.id,
    service: row.service,
    fiscalYear: row.fiscal_year,
    quarter: row.fiscal_quarter,
    state: row.state as CollectionState,
    reflection: row.reflection,
    rating: row.rating,
    dueOn: row.due_on,
    updatedAt: iso(row.updated_at),
  };
}

function eventView(row: CollectionEventRow): CollectionEventView {
  return {
    id: row.id,
    kind: row.kind,
    fromState: row.from_state,
    toState: row.to_state,
    reflection: row.reflection,
    rating: row.rating,
    note: row.note,
    author: row.author,
    recordedAt: iso(row.recorded_at),
  };
}

/** The service's collection for the quarter, opened as a draft when there is none. */
export async function openCollection(
  store: Store,
  principal: Principal,
  input: ReportQuarter & { readonly service?: string | undefined; readonly catalogue?: CxCatalogue },
): Promise<CollectionView> {
  mayChange(principal);
  const quarter = reportQuarter(input.fiscalYear, input.quarter);
  const service = input.service ?? (input.catalogue ?? loadCxCatalogue()).points.service;
  const row = await store.transaction((tx) =>
    ensureCollection(tx, {
      service,
      fiscalYear: quarter.fiscalYear,
      fiscalQuarter: quarter.quarter,
      dueOn: collectionDueOn(quarter),
      author: principal.subject,
    }),
  );
  return collectionView(row);
}

export interface CollectionFilterInput {
  readonly fiscalYear?: number | undefined;
  readonly quarter?: number | undefined;
  readonly state?: string | undefined;
}

export async function listCxCollections(
  store: Store,
  principal: Principal,
  filter: CollectionFilterInput = {},
): Promise<CollectionView[]> {
  mayRead(principal);
  const rows = await listCollections(executorOf(store), {
    fiscalYear: filter.fiscalYear,
    fiscalQuarter: filter.quarter,
    state: filter.state,
  });
  return rows.map(collectionView);
}

export async function showCxCollection(
  store: Store,
  principal: Principal,
  id: number,
): Promise<CollectionView & { readonly events: readonly CollectionEventView[] }> {
  mayRead(principal);
  const row = await readCollection(executorOf(store), id);
  if (!row) throw new PshbError('NOT_FOUND', `no CX collection with id ${id}`);
  return { ...collectionView(row), events: (await collectionEvents(executorOf(store), id)).map(eventView) };
}

export interface EditInput {
  readonly reflection?: string | undefined;
  readonly rating?: string | undefined;
}

function checkedEdit(edit: EditInput): EditInput {
  if (edit.reflection !== undefined) {
    const parsed = reflectionText.safeParse(edit.reflection);
    if (!parsed.success)
      throw new PshbError('INVALID_INPUT', `reflection: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  }
  if (edit.rating !== undefined && !(COLLECTION_RATINGS as readonly string[]).includes(edit.rating))
    throw new PshbError(
      'INVALID_INPUT',
      `rating: "${edit.rating}" is not one of ${COLLECTION_RATINGS.join(', ')}`,
    );
  return edit;
}

/** Changes the reflection or rating of a draft (or a collection sent back for a change). */
export async function editCxCollection(
  store: Store,
  principal: Principal,
  id: number,
  edit: EditInput,
): Promise<CollectionView> {
  mayChange(principal);
  const { reflection, rating } = checkedEdit(edit);
  return store.transaction(async (tx) => {
    const row = await readCollection(tx, id);
    if (!row) throw new PshbError('NOT_FOUND', `no CX collection with id ${id}`);
    if (row.state !== 'draft' && row.state !== 'change_requested')
      throw new PshbError(
        'CX_COLLECTION_STATE',
        `a collection that is ${row.state} is not edited; request a change first`,
      );
    const changed = await changeCollection(tx, {
      id,
      fromState: row.state,
      toState: row.state,
      kind: 'edited',
      author: principal.subject,
      note: null,
      ...(reflection !== undefined ? { reflection } : {}),
      ...(rating !== undefined ? { rating } : {}),
    });
    if (!changed) throw new PshbError('CONFLICT', `the collection ${id} changed meanwhile; try again`);
    return collectionView(changed);
  });
}

export interface TransitionResult {
  readonly collection: CollectionView;
  readonly decision: Decision<'allowed' | 'refused'>;
}

/** Takes an action on a collection as the rule allows; refused with CX_COLLECTION_STATE and the reason. */
export async function transitionCxCollection(
  store: Store,
  principal: Principal,
  id: number,
  action: CollectionAction,
  note?: string,
): Promise<TransitionResult> {
  mayChange(principal);
  if (note !== undefined && note.length > 5000)
    throw new PshbError('INVALID_INPUT', 'note: at most 5000 characters');
  return store.transaction(async (tx) => {
    const row = await readCollection(tx, id);
    if (!row) throw new PshbError('NOT_FOUND', `no CX collection with id ${id}`);
    const made = collectionTransition({
      state: row.state as CollectionState,
      action,
      reflection: row.reflection,
    });
    if (made.to === null) throw new PshbError('CX_COLLECTION_STATE', made.explanation);
    const changed = await changeCollection(tx, {
      id,
      fromState: row.state,
      toState: made.to,
      kind: action,
      author: principal.subject,
      note: note ?? null,
    });
    if (!changed) throw new PshbError('CONFLICT', `the collection ${id} changed meanwhile; try again`);
    const { to: _to, ...decision } = made;
    return { collection: collectionView(changed), decision };
  });
}

export interface DueItem {
  readonly service: string;
  readonly fiscalYear: number;
  readonly quarter: number;
  readonly collectionId: number | null;
  readonly state: CollectionState | null;
  readonly dueOn: string;
  readonly status: DueStatus;
  readonly explanation: string;
}

function previousQuarter(q: ReportQuarter): ReportQuarter {
  return q.quarter === 1
    ? { fiscalYear: q.fiscalYear - 1, quarter: 4 }
    : { fiscalYear: q.fiscalYear, quarter: (q.quarter - 1) as ReportQuarter['quarter'] };
}

/**
 * What is due and overdue on `today`: the current quarter and the `lookback` quarters before it, for
 * the service, each with its collection's state (none yet counts as not started). Done quarters left out.
 */
export async function dueCollections(
  store: Store,
  principal: Principal,
  input: { readonly today: string; readonly lookback?: number; readonly catalogue?: CxCatalogue },
): Promise<DueItem[]> {
  mayRead(principal);
  const service = (input.catalogue ?? loadCxCatalogue()).points.service;
  const rows = await listCollections(executorOf(store), {});
  let quarter: ReportQuarter = fiscalQuarterOf(input.today);
  const items: DueItem[] = [];
  for (let i = 0; i <= (input.lookback ?? 4); i++) {
    const row = rows.find(
      (r) =>
        r.service === service && r.fiscal_year === quarter.fiscalYear && r.fiscal_quarter === quarter.quarter,
    );
    const state = (row?.state ?? null) as CollectionState | null;
    const status = collectionDueStatus(quarter, state, input.today);
    if (status.outcome !== 'done')
      items.push({
        service,
        fiscalYear: quarter.fiscalYear,
        quarter: quarter.quarter,
        collectionId: row?.id ?? null,
        state,
        dueOn: status.dueOn,
        status: status.outcome,
        explanation: status.explanation,
      });
    quarter = previousQuarter(quarter);
  }
  return items;
}
