// The paragraphs a finding applied, most specific last, as the method's data gives them.
import { useTranslation } from 'react-i18next';

export function Citations({ citations }: { citations: readonly string[] }) {
  const { t } = useTranslation('performance');
  if (citations.length === 0) return null;
  return (
    <span className="display-block font-sans-3xs text-base-dark margin-top-05">
      {t('findings.paragraphs')}{' '}
      {citations.map((citation, index) => (
        <span key={citation}>
          {index > 0 ? '; ' : ''}
          <cite className="text-no-italic" lang="en">
            {citation}
          </cite>
        </span>
      ))}
    </span>
  );
}
