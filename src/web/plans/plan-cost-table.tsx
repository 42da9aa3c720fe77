// The plans with what each costs: the year's estimated cost at the chosen use level, the premium, the
// deductible, the out-of-pocket maximum, the main copays, the membership fee and the brochure, with a box
// to tick each for the side-by-side comparison. On a phone each plan is a card (USWDS stacked table);
// the table sits in its own scrolling region, so the page never scrolls sideways.
import { Checkbox } from '@trussworks/react-uswds';
import type { TFunction } from 'i18next';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PayFrequency, PlanOffer, UseLevel } from '../api/api-types.ts';
import { useFormat, type Formatters } from '../i18n/format.ts';
import { TableRegion } from '../layout/table-region.tsx';
import { MAX_COMPARED, planName } from './plan-costs.ts';
import { usePlansStrings } from './plans-strings.ts';

type Translate = TFunction<'plans'>;

export function Copays({ offer, t, format }: { offer: PlanOffer; t: Translate; format: Formatters }) {
  if (!offer.benefits) return <>{t('table.notGiven')}</>;
  const { copays } = offer.benefits;
  return (
    <ul className="usa-list usa-list--unstyled font-body-3xs minw-15">
      {(['primaryCare', 'specialist', 'genericDrug', 'emergencyRoom'] as const).map((kind) => (
        <li key={kind}>
          {t(`copays.${kind}`)}: {format.money(copays[kind])}
        </li>
      ))}
    </ul>
  );
}

export function BrochureLink({ offer, t }: { offer: PlanOffer; t: Translate }) {
  if (!offer.benefits) return null;
  return (
    <a className="usa-link" href={offer.benefits.brochureUrl} rel="noreferrer" target="_blank">
      {t('table.brochureLink')}
      <span className="usa-sr-only">
        {': '}
        {t('table.brochureFor', { plan: `${offer.carrier.name} ${planName(offer)}` })}
      </span>
    </a>
  );
}

export function PlanTitle({
  offer,
  t,
  types,
}: {
  offer: PlanOffer;
  t: Translate;
  types: (type: string) => string;
}) {
  return (
    <>
      <span className="display-block font-body-2xs">{offer.carrier.name}</span>
      {planName(offer)}
      <span className="display-block font-body-3xs text-base-dark text-normal">
        {t('table.code', { code: offer.enrollmentCode })} · {types(offer.enrollmentType)}
        {offer.serviceArea === 'regional'
          ? ` · ${t('table.regional', { regions: offer.regions.join(', ') })}`
          : ''}
        {offer.hdhp ? ` · ${t('table.hdhp')}` : ''}
        {offer.benefits?.source === 'synthetic' ? ` · ${t('table.synthetic')}` : ''}
      </span>
    </>
  );
}

const moneyOrNone = (cents: number | null | undefined, t: Translate, format: Formatters): string =>
  cents === null || cents === undefined ? t('table.notGiven') : format.money(cents);

const CostRow = memo(function CostRow({
  offer,
  current,
  level,
  payFrequency,
  compared,
  compareFull,
  onToggle,
  chooseHref,
  t,
  types,
  format,
}: {
  offer: PlanOffer;
  current: boolean;
  level: UseLevel;
  payFrequency: PayFrequency;
  compared: boolean;
  compareFull: boolean;
  onToggle: (code: string) => void;
  chooseHref: ((offer: PlanOffer) => string) | undefined;
  t: Translate;
  types: (type: string) => string;
  format: Formatters;
}) {
  const estimate = offer.estimates[level];
  const fee = offer.benefits?.membershipFeeYearly;
  return (
    <tr data-testid="plan-row">
      <th scope="row" data-label={t('table.plan')} className="minw-card">
        <PlanTitle offer={offer} t={t} types={types} />
        {current ? <span className="usa-tag bg-green display-inline-block">{t('table.current')}</span> : null}
        <span className="display-block font-body-2xs margin-top-05">
          <BrochureLink offer={offer} t={t} />
        </span>
      </th>
      <td data-label={t('table.yearly')} className="text-bold font-mono-xs" data-testid="yearly-cost">
        {moneyOrNone(estimate.total, t, format)}
      </td>
      <td data-label={t(`table.premium.${payFrequency}`)} className="font-mono-xs">
        {format.money(offer.premium.enrollee)}
      </td>
      <td data-label={t('table.deductible')} className="font-mono-xs">
        {moneyOrNone(offer.costSharing?.deductible, t, format)}
      </td>
      <td data-label={t('table.outOfPocketMax')} className="font-mono-xs">
        {moneyOrNone(offer.costSharing?.outOfPocketMax, t, format)}
      </td>
      <td data-label={t('table.copays')}>
        <Copays offer={offer} t={t} format={format} />
      </td>
      <td data-label={t('table.fee')} className="font-mono-xs">
        {fee === undefined ? t('table.notGiven') : fee === 0 ? t('table.none') : format.money(fee)}
      </td>
      <td data-label={t('table.compare')}>
        <Checkbox
          id={`compare-${offer.enrollmentCode}`}
          name="compare"
          data-testid="compare-box"
          label={
            <>
              {t('table.compare')}
              <span className="usa-sr-only"> {`${offer.carrier.name} ${planName(offer)}`}</span>
            </>
          }
          checked={compared}
          disabled={!compared && compareFull}
          onChange={() => onToggle(offer.enrollmentCode)}
        />
        {chooseHref ? (
          <Link className="usa-link display-block margin-top-1" to={chooseHref(offer)}>
            {t('table.choose')}
            <span className="usa-sr-only">
              {': '}
              {offer.carrier.name} {planName(offer)}, {types(offer.enrollmentType)}
            </span>
          </Link>
        ) : null}
      </td>
    </tr>
  );
});

export function PlanCostTable({
  offers,
  level,
  payFrequency,
  compared,
  onToggle,
  chooseHref,
  typeLabel,
  currentCode,
}: {
  offers: readonly PlanOffer[];
  level: UseLevel;
  payFrequency: PayFrequency;
  compared: readonly string[];
  onToggle: (code: string) => void;
  chooseHref?: (offer: PlanOffer) => string;
  /** The enrollment type's name, in the caller's namespace. */
  typeLabel: (type: string) => string;
  /** The enrollment code the person holds now, marked in the list. */
  currentCode?: string | undefined;
}) {
  usePlansStrings();
  const { t } = useTranslation('plans');
  const format = useFormat();
  const caption = t('table.caption', { count: offers.length });
  return (
    <TableRegion label={caption}>
      <table
        className="usa-table usa-table--striped usa-table--stacked-header width-full"
        data-testid="plan-table"
        data-level={level}
      >
        <caption className="usa-sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.plan')}</th>
            <th scope="col">{t('table.yearly')}</th>
            <th scope="col">{t(`table.premium.${payFrequency}`)}</th>
            <th scope="col">{t('table.deductible')}</th>
            <th scope="col">{t('table.outOfPocketMax')}</th>
            <th scope="col">{t('table.copays')}</th>
            <th scope="col">{t('table.fee')}</th>
            <th scope="col">{t('table.compare')}</th>
          </tr>
        </thead>
        <tbody>
          {offers.map((offer) => (
            <CostRow
              key={offer.enrollmentCode}
              offer={offer}
              current={offer.enrollmentCode === currentCode}
              level={level}
              payFrequency={payFrequency}
              compared={compared.includes(offer.enrollmentCode)}
              compareFull={compared.length >= MAX_COMPARED}
              onToggle={onToggle}
              chooseHref={chooseHref}
              t={t}
              types={typeLabel}
              format={format}
            />
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
