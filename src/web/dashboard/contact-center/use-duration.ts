// Seconds as people say them: "45 s", "6 min 5 s", in the current language.
import { useTranslation } from 'react-i18next';
import { minutesAndSeconds } from '../number-choices.ts';

export function useDuration(): (seconds: number) => string {
  const { t } = useTranslation('dashboard');
  return (seconds) => {
    const parts = minutesAndSeconds(seconds);
    return parts.minutes === 0
      ? t('units.seconds', { seconds: parts.seconds })
      : t('units.minutesSeconds', parts);
  };
}
