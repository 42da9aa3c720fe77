// /portal/plans: compare plans by what a year with each could cost. The filters live in the address
// (plan-list.ts, plus ?zip= for where I live, ?use= for how much care I expect and ?order= for the one
// sort box); by default my own enrollment type and my pay frequency (every two weeks for employees,
// monthly for annuitants), cheapest estimated year first. ?enrollmentType=all shows every offer of every
// type. With a ZIP Code only the plans offered in its state are listed (GET plans?zip=); without ?zip= it
// starts as my mailing address's ZIP Code (GET persons/{id} mailingZip), which I can change or clear
// (an empty ?zip= keeps it cleared). Tick 2 or 3 plans to see them side by side.
import { Checkbox, Fieldset, Form } from '@trussworks/react-uswds';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Page } from '../api/api-types.ts';
import { useApi } from '../api/use-api.ts';
import { SelectField } from '../forms/select-field.tsx';
import { TextField } from '../forms/text-field.tsx';
import { Loading } from '../layout/loading.tsx';
import { PageTitle } from '../layout/page-title.tsx';
import { ProblemAlert } from '../layout/problem-alert.tsx';
import { PlanCostControls, PlanCostsView } from '../plans/plan-costs-view.tsx';
import { isCostSort, isUseLevel, ZIP_CODE } from '../plans/plan-costs.ts';
import {
  filterPlans,
  filtersFromSearch,
  payFrequencyOf,
  searchFromFilters,
  type PlanFilters,
} from './plan-list.ts';
import { PortalBreadcrumb } from './portal-breadcrumb.tsx';
import { ENROLLMENT_TYPES, type EnrollmentStanding, type PlanOffer } from './portal-types.ts';
import { useAllPlans } from './use-all-plans.ts';
import { usePlansStrings } from '../plans/plans-strings.ts';

/** The address's own parameters kept when the filters change. */
const KEPT = ['zip', 'use', 'order'] as const;

function PlanFiltersForm({
  filters,
  zip,
  zipFromMailing,
  onChange,
  onZip,
}: {
  filters: PlanFilters;
  zip: string;
  /** The ZIP Code shown is my mailing address's, not one I typed. */
  zipFromMailing: boolean;
  onChange: (next: PlanFilters) => void;
  onZip: (zip: string) => void;
}) {
  const { t } = useTranslation('portal');
  usePlansStrings();
  const { t: tp } = useTranslation('plans');
  const zipError = zip !== '' && !ZIP_CODE.test(zip) ? tp('browse.zipError') : undefined;
  return (
    <Form
      onSubmit={(event) => event.preventDefault()}
      large
      aria-label={t('plans.filters.label')}
      className="maxw-none"
    >
      <div className="grid-row grid-gap">
        <SelectField
          className="grid-col-12 tablet:grid-col-6"
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
          className="grid-col-12 tablet:grid-col-6"
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
        <TextField
          className="grid-col-12 tablet:grid-col-6"
          id="plan-zip"
          name="zip"
          label={tp('controls.zip')}
          hint={
            zipFromMailing
              ? `${tp('controls.zipHint')} ${t('plans.filters.zipFromMailing')}`
              : tp('controls.zipHint')
          }
          error={zipError}
          value={zip}
          onChange={onZip}
          inputMode="numeric"
          maxLength={10}
          autoComplete="postal-code"
        />
        <Fieldset legend={t('plans.filters.only')} className="grid-col-12 tablet:grid-col-6 margin-top-3">
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
  // My mailing address's ZIP Code, until I type or clear one (the address wins).
  const person = useApi<{ mailingZip: string | null }>(search.has('zip') ? null : `persons/${personId}`);
  const mailingZip = search.has('zip') ? null : (person.data?.mailingZip ?? null);
  const zip = search.get('zip') ?? mailingZip ?? '';
  const useParam = search.get('use');
  const level = isUseLevel(useParam) ? useParam : 'medium';
  const orderParam = search.get('order');
  const order = isCostSort(orderParam) ? orderParam : 'cost';
  const zipKnown = search.has('zip') || person.data !== undefined || person.error !== undefined;
  const ready = zipKnown && (Boolean(state) || standing.error !== undefined || search.has('pay'));
  const whereILive = ready && ZIP_CODE.test(zip);
  const all = useAllPlans(ready && !whereILive ? filters.payFrequency : null);
  const local = useApi<Page<PlanOffer>>(
    whereILive
      ? `plans?${new URLSearchParams({ zip, payFrequency: filters.payFrequency, limit: '200' }).toString()}`
      : null,
  );
  const plans = whereILive ? local.data?.items : all.plans;
  const error = whereILive ? local.error : all.error;
  const offers = useMemo(() => (plans ? filterPlans(plans, filters) : undefined), [plans, filters]);
  const typeLabel = useMemo(() => (type: string) => t(`types.${type}`), [t]);

  const change = (next: URLSearchParams, extra: Partial<Record<(typeof KEPT)[number], string>> = {}) => {
    for (const key of KEPT) {
      const value = extra[key] ?? search.get(key);
      // An empty zip= stays: I cleared the ZIP Code, so my mailing address's is not filled in again.
      if (value || (key === 'zip' && value === '')) next.set(key, value);
      else next.delete(key);
    }
    setSearch(next, { replace: true });
  };
  const title = t('plans.title');
  return (
    <>
      <PortalBreadcrumb current={title} />
      <PageTitle>{title}</PageTitle>
      <p className="usa-intro">{t('plans.intro')}</p>
      <PlanFiltersForm
        filters={filters}
        zip={zip}
        zipFromMailing={mailingZip !== null && zip === mailingZip}
        onChange={(next) => change(searchFromFilters(next))}
        onZip={(value) => change(searchFromFilters(filters), { zip: value.trim() })}
      />
      <PlanCostControls
        level={level}
        sort={order}
        onLevel={(value) => change(searchFromFilters(filters), { use: value })}
        onSort={(value) => change(searchFromFilters(filters), { order: value })}
      />
      {error ? <ProblemAlert problem={error} /> : null}
      {offers === undefined && !error ? <Loading /> : null}
      {offers ? (
        <PlanCostsView
          offers={offers}
          level={level}
          sort={order}
          payFrequency={filters.payFrequency}
          typeLabel={typeLabel}
          chooseHref={(offer) => `/portal/enroll?plan=${encodeURIComponent(offer.enrollmentCode)}`}
          currentCode={state?.coverage?.enrollmentCode}
        />
      ) : null}
    </>
  );
}
