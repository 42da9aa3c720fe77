// For program administrators, who see every partner's queue: which partner's queue to show.
import { useTranslation } from 'react-i18next';
import type { SupportPlan } from './console-types.ts';
import { SelectField } from '../forms/select-field.tsx';
import { usePlanWords } from './plan-words.ts';

export function PartnerPicker({
  plan,
  partner,
  onChange,
}: {
  plan: SupportPlan;
  partner: string;
  onChange: (partner: string) => void;
}) {
  const { t } = useTranslation('console');
  const words = usePlanWords(plan);
  return (
    <div className="maxw-mobile-lg">
      <SelectField
        id="queue-partner"
        label={t('queue.partnerLabel')}
        hint={t('queue.partnerHint')}
        value={partner}
        onChange={onChange}
        choices={plan.partners.map((p) => ({ value: p.id, label: words.partner(p.id) }))}
      />
    </div>
  );
}
