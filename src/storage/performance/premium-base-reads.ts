// The premium a carrier's performance factors are multiplied by, read from the exchange's own data:
// for each month of the contract year, the households enrolled on its first day in each of the
// carrier's PSHB options (their latest enrollment event on or before that day left them enrolled),
// with that option's monthly premium in the catalogue of the contract year (5 U.S.C. 8906: the
// Government contribution plus the enrollee share). The operation adds the months up and says how.
import { execute, sqlBuilder, type Executor } from '../executor.ts';

export interface PremiumMonthRow {
  /** The first day of the month, YYYY-MM-DD. */
  readonly month: string;
  readonly planCode: string;
  readonly enrollmentCode: string;
  readonly enrollments: number;
  readonly monthlyTotalCents: number;
  readonly monthlyGovernmentCents: number;
  readonly monthlyEnrolleeCents: number;
}

/** The catalogue version loaded last for the contract year, if any. */
export async function catalogueVersionForYear(
  executor: Executor,
  contractYear: number,
): Promise<string | undefined> {
  const [row] = await execute(
    executor,
    sqlBuilder
      .selectFrom('plan_option as o')
      .innerJoin('reference_dataset as r', (join) =>
        join.onRef('r.version', '=', 'o.catalogue_version').on('r.kind', '=', 'catalogue'),
      )
      .select('o.catalogue_version')
      .where('o.contract_year', '=', contractYear)
      .where('o.program', '=', 'PSHB')
      .orderBy('r.recorded_at', 'desc')
      .orderBy('o.catalogue_version', 'desc')
      .limit(1),
  );
  return row?.catalogue_version;
}

// A month's enrollment is the household's latest event on or before the month's first day, when that
// event left it enrolled (an open season enrollment, or a lifecycle transition into 'enrolled'), as
// countCurrentEnrollments counts today's. Written as text: the builder has no generate_series CTE.
const MONTHLY_ENROLLMENT_PREMIUMS = `
  with months as (
    select generate_series(make_date($1::int, 1, 1), make_date($1::int, 12, 1), interval '1 month')::date as month
  ),
  latest as (
    select distinct on (m.month, e.person_id) m.month, e.person_id, e.id, e.event_type, e.enrollment_code
    from months m join enrollment_event e on e.effective_on <= m.month
    order by m.month, e.person_id, e.effective_on desc, e.id desc
  )
  select to_char(l.month, 'YYYY-MM-DD') as month, o.plan_code, pp.enrollment_code,
    pp.monthly_total_cents, pp.monthly_government_cents, pp.monthly_enrollee_cents,
    count(*)::int as enrollments
  from latest l
  left join lifecycle_transition t on t.event_id = l.id
  join plan_premium pp on pp.enrollment_code = l.enrollment_code and pp.catalogue_version = $2
    and pp.program = 'PSHB'
  join plan_option o on o.catalogue_version = pp.catalogue_version and o.program = pp.program
    and o.contract_year = pp.contract_year and o.plan_code = pp.plan_code and o.option_code = pp.option_code
  where o.carrier_code = $3 and ($4::text is null or o.plan_code = $4::text)
    and (l.event_type in ('automatic_enrollment', 'open_season_election') or t.to_status = 'enrolled')
  group by l.month, o.plan_code, pp.enrollment_code, pp.monthly_total_cents, pp.monthly_government_cents,
    pp.monthly_enrollee_cents
  order by l.month, o.plan_code, pp.enrollment_code`;

/**
 * Enrollments in the carrier's options (of one plan when named) on the first day of each month of
 * the contract year, by month, plan and enrollment code, with the option's monthly premiums.
 */
export async function monthlyEnrollmentPremiums(
  executor: Executor,
  query: {
    readonly carrierCode: string;
    readonly contractYear: number;
    readonly catalogueVersion: string;
    readonly planCode?: string | null;
  },
): Promise<PremiumMonthRow[]> {
  const { carrierCode, contractYear, catalogueVersion } = query;
  const rows = await executor.query<{
    month: string;
    plan_code: string;
    enrollment_code: string;
    monthly_total_cents: number | string;
    monthly_government_cents: number | string;
    monthly_enrollee_cents: number | string;
    enrollments: number | string;
  }>(MONTHLY_ENROLLMENT_PREMIUMS, [contractYear, catalogueVersion, carrierCode, query.planCode ?? null]);
  return rows.map((r) => ({
    month: r.month,
    planCode: r.plan_code,
    enrollmentCode: r.enrollment_code,
    enrollments: Number(r.enrollments),
    monthlyTotalCents: Number(r.monthly_total_cents),
    monthlyGovernmentCents: Number(r.monthly_government_cents),
    monthlyEnrolleeCents: Number(r.monthly_enrollee_cents),
  }));
}
