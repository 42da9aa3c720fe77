// The carriers of a household's current PSHB enrollment, as a scalar subquery: the carriers of the
// household's latest enrollment event that names a plan. The access policy's carrier scope rests on it,
// so every read that decides access uses this one definition.
export function currentCarriersSubquery(householdColumn: string): string {
  return `(
      select array_agg(distinct o.carrier_code) from (
        select plan_code from enrollment_event
        where person_id = ${householdColumn} and plan_code is not null
        order by recorded_at desc, id desc limit 1
      ) e join plan_option o on o.plan_code = e.plan_code and o.program = 'PSHB'
    )`;
}
