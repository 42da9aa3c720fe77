// Which carrier the exchange page shows: a carrier user's own (a choice only when it has several),
// program staff any carrier from the partner list.
import { useTranslation } from 'react-i18next';
import type { Me } from '../../api/session.tsx';
import { useApi } from '../../api/use-api.ts';
import { SelectField } from '../../forms/select-field.tsx';
import { Loading } from '../../layout/loading.tsx';
import { ProblemAlert } from '../../layout/problem-alert.tsx';
import type { ExchangePartner } from './exchange-api-types.ts';

export function CarrierChoice({
  me,
  value,
  onChange,
}: {
  me: Me;
  value: string;
  onChange: (code: string) => void;
}) {
  const { t } = useTranslation('dashboard');
  const partners = useApi<{ partners: ExchangePartner[] }>('partners');
  if (partners.error) return <ProblemAlert problem={partners.error} />;
  if (!partners.data) return <Loading what={t('exchange.loadingPartners')} />;
  const carriers = partners.data.partners.filter(
    (p) => p.kind === 'carrier' && (me.role !== 'carrier' || me.carrierCodes.includes(p.code)),
  );
  if (me.role === 'carrier' && carriers.length <= 1) return null;
  return (
    <SelectField
      id="exchange-carrier"
      name="carrier"
      label={t('exchange.carrierLabel')}
      hint={t('exchange.carrierHint')}
      value={value}
      onChange={onChange}
      placeholder={t('exchange.carrierPlaceholder')}
      choices={carriers.map((p) => ({ value: p.code, label: `${p.code}: ${p.name}` }))}
    />
  );
}
