// The plans with their costs, shared by the public "Browse plans" page and the signed-in comparison:
// how much care the person expects and one sort box (each a full-width row on a phone, so neither is
// cut off at 320 pixels), the plans table, and the side-by-side comparison of the 2 or 3 plans ticked,
// which at phone widths stacks as cards.
import { Button, Form } from '@trussworks/react-uswds';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PayFrequency, PlanOffer, UseLevel } from '../api/api-types.ts';
import { SelectField } from '../forms/select-field.tsx';
import { useFormat } from '../i18n/format.ts';
import { BrochureLink, Copays, PlanCostTable, PlanTitle } from './plan-cost-table.tsx';
import { COST_SORTS, sortByCost, toggleCompared, USE_LEVELS, type CostSort } from './plan-costs.ts';
import { usePlansStrings } from './plans-strings.ts';

export function PlanCostControls({
  level,
  sort,
  onLevel,
  onSort,
  children,
}: {
  level: UseLevel;
  sort: CostSort;
  onLevel: (level: UseLevel) => void;
  onSort: (sort: CostSort) => void;
  /** More fields of the same form (enrollment type, ZIP Code), each a grid column. */
  children?: ReactNode;
}) {
  usePlansStrings();
  const { t } = useTranslation('plans');
  return (
    <Form
      onSubmit={(event) => event.preventDefault()}
      large
      aria-label={t('controls.label')}
      className="maxw-none"
    >
      <div className="grid-row grid-gap">
        {children}
        <SelectField
          className="grid-col-12 tablet:grid-col-6"
          id="plan-use"
          name="use"
          label={t('controls.use')}
          hint={t(`controls.useHints.${level}`)}
          value={level}
          onChange={(value) => onLevel(value as UseLevel)}
          choices={USE_LEVELS.map((value) => ({ value, label: t(`controls.useLevels.${value}`) }))}
        />
        <SelectField
          className="grid-col-12 tablet:grid-col-6"
          id="plan-sort"
          name="sort"
          label={t('controls.sort')}
          value={sort}
          onChange={(value) => onSort(value as CostSort)}
          choices={COST_SORTS.map((value) => ({ value, label: t(`controls.sorts.${value}`) }))}
        />
      </div>
    </Form>
  );
}

function ComparedPlans({
  offers,
  level,
  payFrequency,
  typeLabel,
  onClear,
}: {
  offers: readonly PlanOffer[];
  level: UseLevel;
  payFrequency: PayFrequency;
  typeLabel: (type: string) => string;
  onClear: () => void;
}) {
  usePlansStrings();
  const { t } = useTranslation('plans');
  const format = useFormat();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const money = (cents: number | null | undefined) =>
    cents === null || cents === undefined ? t('table.notGiven') : format.money(cents);
  const width = offers.length === 2 ? 'tablet:grid-col-6' : 'tablet:grid-col-4';
  return (
    <section aria-labelledby="compare-heading" className="margin-y-4" data-testid="plan-compare">
      <h2 id="compare-heading" tabIndex={-1} ref={heading}>
        {t('compare.heading')}
      </h2>
      <ul className="usa-card-group">
        {offers.map((offer) => {
          const estimate = offer.estimates[level];
          return (
            <li
              key={offer.enrollmentCode}
              className={`usa-card grid-col-12 ${width}`}
              data-testid="compare-card"
            >
              <div className="usa-card__container">
                <div className="usa-card__header">
                  <h3 className="usa-card__heading font-heading-md">
                    <PlanTitle offer={offer} t={t} types={typeLabel} />
                  </h3>
                </div>
                <div className="usa-card__body">
                  <dl className="margin-0">
                    <dt className="text-bold">{t('estimate.total')}</dt>
                    <dd className="margin-left-0 margin-bottom-1 text-bold font-body-lg">
                      {money(estimate.total)}
                    </dd>
                    <dt className="text-bold">{t('estimate.premiums')}</dt>
                    <dd className="margin-left-0 margin-bottom-1">{money(estimate.premiums)}</dd>
                    <dt className="text-bold">{t('estimate.fee')}</dt>
                    <dd className="margin-left-0 margin-bottom-1">
                      {estimate.membershipFee === 0 ? t('table.none') : money(estimate.membershipFee)}
                    </dd>
                    <dt className="text-bold">{t('estimate.care')}</dt>
                    <dd className="margin-left-0 margin-bottom-1">
                      {money(estimate.outOfPocket)}
                      {estimate.cappedAtMaximum ? ` (${t('estimate.capped')})` : ''}
                    </dd>
                    <dt className="text-bold">{t(`table.premium.${payFrequency}`)}</dt>
                    <dd className="margin-left-0 margin-bottom-1">{money(offer.premium.enrollee)}</dd>
                    <dt className="text-bold">{t('table.deductible')}</dt>
                    <dd className="margin-left-0 margin-bottom-1">{money(offer.costSharing?.deductible)}</dd>
                    <dt className="text-bold">{t('table.outOfPocketMax')}</dt>
                    <dd className="margin-left-0 margin-bottom-1">
                      {money(offer.costSharing?.outOfPocketMax)}
                    </dd>
                    <dt className="text-bold">{t('table.copays')}</dt>
                    <dd className="margin-left-0 margin-bottom-1">
                      <Copays offer={offer} t={t} format={format} />
                    </dd>
                    <dt className="text-bold">{t('table.brochure')}</dt>
                    <dd className="margin-left-0 margin-bottom-1">
                      <BrochureLink offer={offer} t={t} />
                    </dd>
                  </dl>
                </div>
              </div>
            </li>
          );
        })}
      </ul>
      <Button type="button" outline onClick={onClear}>
        {t('compare.clear')}
      </Button>
    </section>
  );
}

export function PlanCostsView({
  offers,
  level,
  sort,
  payFrequency,
  typeLabel,
  chooseHref,
  currentCode,
}: {
  offers: readonly PlanOffer[];
  level: UseLevel;
  sort: CostSort;
  payFrequency: PayFrequency;
  typeLabel: (type: string) => string;
  chooseHref?: (offer: PlanOffer) => string;
  currentCode?: string | undefined;
}) {
  usePlansStrings();
  const { t } = useTranslation('plans');
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const [showing, setShowing] = useState(false);
  const sorted = useMemo(() => sortByCost(offers, sort, level), [offers, sort, level]);
  // Plans no longer listed (another type, another ZIP Code) leave the comparison.
  const compared = useMemo(
    () => chosen.map((code) => offers.find((o) => o.enrollmentCode === code)).filter((o) => o !== undefined),
    [chosen, offers],
  );
  const toggle = useMemo(
    () => (code: string) => {
      setChosen((current) => toggleCompared(current, code));
      setShowing(false);
    },
    [],
  );
  return (
    <>
      <p role="status" className="text-bold margin-top-3" data-testid="plan-count">
        {t('count', { count: sorted.length })}
      </p>
      {sorted.length === 0 ? <p>{t('none')}</p> : null}
      {showing && compared.length >= 2 ? (
        <ComparedPlans
          offers={compared}
          level={level}
          payFrequency={payFrequency}
          typeLabel={typeLabel}
          onClear={() => {
            setChosen([]);
            setShowing(false);
          }}
        />
      ) : null}
      {sorted.length > 0 ? (
        <>
          <div className="margin-y-2">
            <p className="usa-hint margin-y-1" id="compare-hint">
              {t('compare.hint')} {t('compare.chosen', { count: compared.length })}
            </p>
            <Button
              type="button"
              data-testid="compare-button"
              aria-describedby="compare-hint"
              disabled={compared.length < 2}
              onClick={() => setShowing(true)}
            >
              {t('compare.button')}
            </Button>
          </div>
          <PlanCostTable
            offers={sorted}
            level={level}
            payFrequency={payFrequency}
            compared={chosen}
            onToggle={toggle}
            typeLabel={typeLabel}
            currentCode={currentCode}
            {...(chooseHref ? { chooseHref } : {})}
          />
        </>
      ) : null}
      <p className="font-body-2xs text-base-dark">{t('footnote')}</p>
    </>
  );
}
