// The help-line console (issue: web app, item 7). A case opened from the enrollee portal is a portal
// request, not a web chat: the channel gains `portal`, and the cases enrollees opened themselves before
// it existed (all with `web_chat`, the only channel the portal sent) become portal requests. A case
// is assigned to one specialist of the partner holding it (a new `assigned` event).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`alter table support_case drop constraint support_case_channel_check`,
    sql`alter table support_case add constraint support_case_channel_check
      check (channel in ('phone', 'web_chat', 'portal', 'email', 'mail', 'walk_in'))`,
    // Assign to me and "next case": who of the holding partner works the case (null: it waits). The
    // partial index serves "the oldest unassigned case of a partner's queue".
    sql`alter table support_case add column assigned_to text`,
    sql`create index support_case_unassigned on support_case (partner, queued_at, id)
      where status <> 'resolved' and assigned_to is null`,
    sql`alter table support_case_event drop constraint support_case_event_kind_check`,
    sql`alter table support_case_event add constraint support_case_event_kind_check
      check (kind in ('opened', 'note', 'transferred', 'escalated', 'resolved', 'reopened', 'assigned'))`,
    sql`update support_case c set channel = 'portal'
      where c.channel = 'web_chat'
        and exists (select 1 from support_case_event e
                    where e.case_id = c.id and e.seq = 1 and e.actor_role = 'enrollee')`,
  ];
  for (const statement of statements) await statement.execute(db);
}
