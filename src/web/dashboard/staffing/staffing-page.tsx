// /dashboard/staffing: how many agents an interval needs (the Erlang calculator), and how the shipped
// plans would have fared over the season (the simulation comparison).
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../layout/page-title.tsx';
import { SimulationComparison } from './simulation-comparison.tsx';
import { StaffingCalculator } from './staffing-calculator.tsx';

export function StaffingPage() {
  const { t } = useTranslation('dashboard');
  return (
    <>
      <PageTitle>{t('staffing.title')}</PageTitle>
      <p className="usa-intro">{t('staffing.intro')}</p>
      <StaffingCalculator />
      <SimulationComparison />
    </>
  );
}
