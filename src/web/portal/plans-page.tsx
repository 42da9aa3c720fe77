// /portal/plans: compare plans. The filters live in the address (plan-list.ts); by default my own
// enrollment type and my pay frequency (every two weeks for employees, monthly for annuitants), cheapest
// share first. ?enrollmentType=all shows every offer of every type.
import { Checkbox, Fieldset, Form } from '@trussworks/react-uswds';
import { SelectField } from '../forms/select-field.tsx';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useApi } from '../api/use-api.ts';
import { Loading } from '../layout/loading.tsx';
import { PageTitle } from '../layout/page-title.tsx';
import { ProblemAlert } from '../layout/problem-alert.tsx';
import {
  filtersFromSearch,
  payFrequencyOf,
  searchFromFilters,
  visiblePlans,
  type PlanFilters,
} from './plan-list.ts';
import { PlanTable } from './plan-table.tsx';
import { PortalBreadcrumb } from './portal-breadcrumb.tsx';
import { ENROLLMENT_TYPES, type EnrollmentStanding } from './portal-types.ts';
import { useAllPlans } from './use-all-plans.ts';

function PlanFiltersForm({
  filters,
  onChange,
}: {
  filters: PlanFilters;
  onChange: (next: PlanFilters) => void;
}) {
  const { t } = useTranslation('portal');
  return (
    <Form
      onSubmit={(event) => event.preventDefault()}
      large
      aria-label={t('plans.filters.label')}
      className="maxw-none"
    >
      <div className="grid-row grid-gap">
        <SelectField
          className="grid-col-12 tablet:grid-col-3"
          id="plan-type"
          name="enrollmentType"
          label={t('plans.filters.type')}
          value={filters.enrollmentType}
          onChange={(value) =>
            onChange({ ...filters, enrollmentType: value as PlanFilters['enrollmentType'] })
          }
          choices={[
            { value: 'all', label: t('plans.filters.allTypes') },
            ...ENROLLMENT_TYPES.map((type) => ({ value: type, label: t(`types.${type}`) })),
          ]}
        />
        <SelectField
          className="grid-col-12 tablet:grid-col-3"
          id="plan-pay"
          name="pay"
          label={t('plans.filters.pay')}
          value={filters.payFrequency}
          onChange={(value) => onChange({ ...filters, payFrequency: value as PlanFilters['payFrequency'] })}
          choices={(['biweekly', 'monthly'] as const).map((pay) => ({
            value: pay,
            label: t(`plans.filters.${pay}`),
          }))}
        />
        <SelectField
          className="grid-col-12 tablet:grid-col-3"
          id="plan-sort"
          name="sort"
          label={t('plans.filters.sort')}
          value={filters.sort}
          onChange={(value) => onChange({ ...filters, sort: value as PlanFilters['sort'] })}
          choices={[
            { value: 'premium', label: t('plans.filters.byPremium') },
            { value: 'carrier', label: t('plans.filters.byCarrier') },
          ]}
        />
        <Fieldset legend={t('plans.filters.only')} className="grid-col-12 tablet:grid-col-3 margin-top-3">
          <Checkbox
            id="plan-hdhp"
            name="hdhp"
            label={t('plans.filters.hdhp')}
            checked={filters.hdhpOnly}
            onChange={(event) => onChange({ ...filters, hdhpOnly: event.target.checked })}
          />
          <Checkbox
            id="plan-nationwide"
            name="nationwide"
            label={t('plans.filters.nationwide')}
            checked={filters.nationwideOnly}
            onChange={(event) => onChange({ ...filters, nationwideOnly: event.target.checked })}
          />
        </Fieldset>
      </div>
    </Form>
  );
}

export function PlansPage({ personId }: { personId: number }) {
  const { t } = useTranslation('portal');
  const [search, setSearch] = useSearchParams();
  const standing = useApi<EnrollmentStanding>(`persons/${personId}/enrollment-state`);
  const state = standing.data?.state;
  // Until my standing is known the defaults are those of most enrollees; the address wins anyway.
  const filters = useMemo(
    () =>
      filtersFromSearch(search, {
        enrollmentType: state?.coverage?.enrollmentType ?? 'all',
        payFrequency: payFrequencyOf(state?.enrolleeKind),
      }),
    [search, state],
  );
  const ready = Boolean(state) || standing.error !== undefined || search.has('pay');
  const { plans, error } = useAllPlans(ready ? filters.payFrequency : null);
  const offers = useMemo(() => (plans ? visiblePlans(plans, filters) : undefined), [plans, filters]);
  const title = t('plans.title');
  return (
    <>
      <PortalBreadcrumb current={title} />
      <PageTitle>{title}</PageTitle>
      <p className="usa-intro">{t('plans.intro')}</p>
      <PlanFiltersForm
        filters={filters}
        onChange={(next) => setSearch(searchFromFilters(next), { replace: true })}
      />
      {error ? <ProblemAlert problem={error} /> : null}
      <p role="status" className="text-bold margin-top-3" data-testid="plan-count">
        {offers ? t('plans.count', { count: offers.length }) : ''}
      </p>
      {offers === undefined && !error ? <Loading /> : null}
      {offers && offers.length === 0 ? <p>{t('plans.none')}</p> : null}
      {offers && offers.length > 0 ? (
        <PlanTable
          offers={offers}
          payFrequency={filters.payFrequency}
          currentCode={state?.coverage?.enrollmentCode}
        />
      ) : null}
      <p className="font-body-2xs text-base-dark">{t('plans.footnote')}</p>
    </>
  );
}
