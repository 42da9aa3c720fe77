// The support cases opened about one person, for the person's own list: newest first, paged by id, and
// narrowed to the cases a partner holds or has held when a partner's specialist reads them.
// The support_case tables are not yet in the Kysely table types (src/storage/tables/support-tables.ts);
// until they are, this statement is plain SQL with its row type written here.
import type { Executor } from '../executor.ts';

export interface PersonCaseRow {
  readonly id: number | string;
  readonly person_id: number | string;
  readonly channel: string;
  readonly request_type: string;
  readonly priority: string;
  readonly subject: string;
  readonly status: string;
  readonly partner: string;
  readonly opened_at: string | Date;
  readonly due_at: string | Date;
  readonly resolved_at: string | Date | null;
  /** Every partner that has held the case. */
  readonly held_by: string[];
}

export interface PersonCasesPage {
  readonly personId: number;
  /** Only cases with an id below this one (the page's cursor). */
  readonly beforeId: number;
  readonly limit: number;
  /** Only cases this partner holds or has held; null for every case. */
  readonly heldByPartner: string | null;
}

/** The person's cases with an id below `beforeId`, newest first. */
export function listPersonCases(executor: Executor, page: PersonCasesPage): Promise<PersonCaseRow[]> {
  return executor.query<PersonCaseRow>(
    `select c.id, c.person_id, c.channel, c.request_type, c.priority, c.subject, c.status, c.partner,
       c.opened_at, c.due_at, c.resolved_at,
       array(select distinct e.to_partner from support_case_event e where e.case_id = c.id) as held_by
     from support_case c
     where c.person_id = $1 and c.id < $2
       and ($3::text is null or exists (
         select 1 from support_case_event e where e.case_id = c.id and e.to_partner = $3::text))
     order by c.id desc
     limit $4`,
    [page.personId, page.beforeId, page.heldByPartner, page.limit],
  );
}
