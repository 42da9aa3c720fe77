// One decision explained: the outcome in a plain sentence, the reasons (for eligibility), the paragraphs
// applied and the facts used, all from message keys and the decision's facts (decision-messages.ts).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CitationList } from './citation-list.tsx';
import { outcomeKey, reasonKeys } from './decision-messages.ts';
import { FactsTable } from './facts-table.tsx';
import type { NoticeWords } from './notice-words.ts';
import type { Decision } from './portal-types.ts';

export function DecisionDetails({
  decision,
  heading,
  words,
  children,
}: {
  decision: Decision;
  heading: string;
  words: NoticeWords;
  children?: ReactNode;
}) {
  const { t } = useTranslation('notices');
  const reasons = reasonKeys(decision);
  return (
    <section className="margin-bottom-5" aria-label={heading}>
      <h2>{heading}</h2>
      <p className="usa-intro" data-testid="decision-outcome">
        {t(outcomeKey(decision))}
      </p>
      {children}
      {reasons.length > 0 ? (
        <p data-testid="decision-reasons">
          <strong>{t('decision.why')}</strong> {reasons.map((key) => t(key)).join(' ')}
        </p>
      ) : null}
      <CitationList citations={decision.citations} />
      <FactsTable facts={decision.facts} caption={t('facts.caption', { what: heading })} words={words} />
    </section>
  );
}
