// The paragraphs a decision applied, most specific last, as the rules give them: references, never values.
import { useTranslation } from 'react-i18next';

export function CitationList({ citations }: { citations: readonly string[] }) {
  const { t } = useTranslation('notices');
  if (citations.length === 0) return null;
  return (
    <p className="font-body-2xs text-base-dark">
      {t('decision.citations')}{' '}
      {citations.map((citation, index) => (
        <span key={citation}>
          {index > 0 ? '; ' : ''}
          <cite className="text-no-italic">{citation}</cite>
        </span>
      ))}
    </p>
  );
}
