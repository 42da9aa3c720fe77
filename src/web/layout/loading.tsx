// A polite "Loading…" that screen readers announce once.
import { useTranslation } from 'react-i18next';

export function Loading({ what }: { what?: string }) {
  const { t } = useTranslation();
  return (
    <p role="status" className="text-base">
      {what ? t('loadingWhat', { what }) : t('loading')}
    </p>
  );
}
