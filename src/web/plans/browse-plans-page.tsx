// /plans: "Browse plans" before signing in. A person enters a ZIP Code (checked here, then by the
// server, each error naming the field), says whether they are paid every two weeks or monthly and which
// enrollment type, and sees the plans offered in their state with what a year of each could cost
// (GET public/plans). The choices live in the address (?zip=&pay=&type=&use=&sort=), so a link or the
// back button restores them. Nothing about the person is sent but the ZIP Code, and it is not kept.
import { Button, Form } from '@trussworks/react-uswds';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { EnrollmentType, PayFrequency, PublicPlans } from '../api/api-types.ts';
import { ENROLLMENT_TYPES } from '../api/api-types.ts';
import { signInHref } from '../api/session.tsx';
import { useApi } from '../api/use-api.ts';
import { SelectField } from '../forms/select-field.tsx';
import { TextField } from '../forms/text-field.tsx';
import { Loading } from '../layout/loading.tsx';
import { PageTitle } from '../layout/page-title.tsx';
import { ProblemAlert } from '../layout/problem-alert.tsx';
import { PlanCostControls, PlanCostsView } from './plan-costs-view.tsx';
import { isCostSort, isUseLevel, ZIP_CODE } from './plan-costs.ts';
import { usePlansStrings } from './plans-strings.ts';

const isType = (value: string | null): value is EnrollmentType =>
  (ENROLLMENT_TYPES as readonly (string | null)[]).includes(value);

export function BrowsePlansPage() {
  usePlansStrings();
  const { t } = useTranslation('plans');
  const [search, setSearch] = useSearchParams();
  const zip = search.get('zip') ?? '';
  const pay: PayFrequency = search.get('pay') === 'monthly' ? 'monthly' : 'biweekly';
  const typeParam = search.get('type');
  const type = isType(typeParam) ? typeParam : 'all';
  const useParam = search.get('use');
  const level = isUseLevel(useParam) ? useParam : 'medium';
  const sortParam = search.get('sort');
  const sort = isCostSort(sortParam) ? sortParam : 'cost';

  const [typed, setTyped] = useState(zip);
  const [fieldError, setFieldError] = useState<string | undefined>(undefined);
  const zipInput = useRef<HTMLDivElement>(null);
  const valid = ZIP_CODE.test(zip);
  const path = valid
    ? `public/plans?${new URLSearchParams({ zip, payFrequency: pay, ...(type === 'all' ? {} : { enrollmentType: type }) }).toString()}`
    : null;
  const { data, error, loading } = useApi<PublicPlans>(path);
  const unknownZip = error?.status === 400;
  const shownError = fieldError ?? (unknownZip ? t('browse.zipUnknown') : undefined);
  useEffect(() => {
    if (shownError) zipInput.current?.querySelector('input')?.focus();
  }, [shownError]);

  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(search);
    for (const [key, value] of Object.entries(changes)) next.set(key, value);
    setSearch(next, { replace: true });
  };
  const typeLabel = useMemo(() => (value: string) => t(`types.${value}`), [t]);

  return (
    <>
      <PageTitle>{t('browse.title')}</PageTitle>
      <p className="usa-intro">{t('browse.intro')}</p>
      <Form
        large
        className="maxw-none"
        aria-label={t('browse.formLabel')}
        onSubmit={(event) => {
          event.preventDefault();
          const value = typed.trim();
          if (!ZIP_CODE.test(value)) {
            setFieldError(t('browse.zipError'));
            zipInput.current?.querySelector('input')?.focus();
            return;
          }
          setFieldError(undefined);
          update({ zip: value });
        }}
        noValidate
      >
        <div className="grid-row grid-gap">
          <div className="grid-col-12 tablet:grid-col-4" ref={zipInput}>
            <TextField
              id="browse-zip"
              name="zip"
              label={t('browse.zip')}
              hint={t('browse.zipHint')}
              error={shownError}
              value={typed}
              onChange={(value) => {
                setTyped(value);
                if (fieldError) setFieldError(undefined);
              }}
              inputMode="numeric"
              maxLength={10}
              autoComplete="postal-code"
              required
            />
          </div>
          <SelectField
            className="grid-col-12 tablet:grid-col-4"
            id="browse-pay"
            name="pay"
            label={t('browse.who')}
            value={pay}
            onChange={(value) => update({ pay: value })}
            choices={[
              { value: 'biweekly', label: t('browse.employee') },
              { value: 'monthly', label: t('browse.annuitant') },
            ]}
          />
          <SelectField
            className="grid-col-12 tablet:grid-col-4"
            id="browse-type"
            name="type"
            label={t('controls.type')}
            value={type}
            onChange={(value) => update({ type: value })}
            choices={[
              { value: 'all', label: t('types.all') },
              ...ENROLLMENT_TYPES.map((value) => ({ value, label: t(`types.${value}`) })),
            ]}
          />
        </div>
        <Button type="submit" data-testid="browse-submit">
          {t('browse.submit')}
        </Button>
      </Form>
      {error && !unknownZip ? <ProblemAlert problem={error} /> : null}
      {loading ? <Loading /> : null}
      {data && valid && !shownError ? (
        <section aria-labelledby="browse-found" className="margin-top-4">
          <h2 id="browse-found">{t('browse.found', { state: data.state })}</h2>
          <PlanCostControls
            level={level}
            sort={sort}
            onLevel={(value) => update({ use: value })}
            onSort={(value) => update({ sort: value })}
          />
          <PlanCostsView
            offers={data.plans}
            level={level}
            sort={sort}
            payFrequency={pay}
            typeLabel={typeLabel}
          />
          <p>
            <a className="usa-link" href={signInHref('/portal/plans')}>
              {t('browse.signIn')}
            </a>
          </p>
        </section>
      ) : null}
    </>
  );
}
