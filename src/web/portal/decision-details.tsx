// One decision explained: the outcome in a plain sentence (or, for an outcome the portal does not know,
// the rules' own explanation), the rules' explanation, the paragraphs applied and the facts used.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CitationList } from './citation-list.tsx';
import { decisionSentenceKey } from './decision-sentences.ts';
import { FactsTable } from './facts-table.tsx';
import type { Decision } from './portal-types.ts';

export function DecisionDetails({
  decision,
  heading,
  children,
}: {
  decision: Decision;
  heading: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation('portal');
  const key = decisionSentenceKey(decision);
  return (
    <section className="margin-bottom-5" aria-label={heading}>
      <h2>{heading}</h2>
      <p className="usa-intro">{key ? t(key) : <span lang="en">{decision.explanation}</span>}</p>
      {children}
      {key ? (
        <p>
          <strong>{t('decision.why')}</strong> <span lang="en">{decision.explanation}</span>
        </p>
      ) : null}
      <CitationList citations={decision.citations} />
      <FactsTable facts={decision.facts} caption={t('facts.caption', { what: heading })} />
    </section>
  );
}
