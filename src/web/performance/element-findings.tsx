// One element of the method (e.g. Customer Service): its maximum, the proposed factor with the
// engine's reasons and the paragraphs applied, each item's finding, the factor the contracting officer
// decided (with the reason and who decided), and, while the evaluation is open, the form to decide it.
import { useTranslation } from 'react-i18next';
import { ScrollableTable } from '../dashboard/scrollable-table.tsx';
import { useFormat } from '../i18n/format.ts';
import { Citations } from './citations.tsx';
import { FactorForm } from './factor-form.tsx';
import type { ElementProposal, EvaluationView } from './performance-api-types.ts';
import { formatFactor } from './performance-values.ts';

export function ElementFindings({
  evaluation,
  element,
  etag,
  canDecide,
  onDecided,
}: {
  evaluation: EvaluationView;
  element: ElementProposal;
  /** The version of the evaluation read, so a decision on a changed one is refused. */
  etag: string | null;
  canDecide: boolean;
  onDecided: (message: string) => void;
}) {
  const { t } = useTranslation('performance');
  const format = useFormat();
  const factor = (value: number | null) => formatFactor(value, format.locale);
  const decided = evaluation.factors.find((f) => f.elementId === element.elementId);
  const headingId = `element-${element.elementId}-heading`;
  return (
    <section
      aria-labelledby={headingId}
      className="margin-top-4 border-top border-base-lighter padding-top-2"
    >
      <h3 id={headingId} lang="en">
        {element.label}
      </h3>
      <p>
        {t('findings.proposedOfMax', {
          factor: factor(element.proposedFactor),
          max: factor(element.maxFactor),
        })}
      </p>
      <p lang="en">{element.decision.explanation}</p>
      <Citations citations={element.decision.citations} />
      <ScrollableTable caption={t('findings.itemsCaption', { element: element.label })}>
        <thead>
          <tr>
            <th scope="col">{t('findings.item')}</th>
            <th scope="col">{t('findings.applies')}</th>
            <th scope="col">{t('findings.score')}</th>
            <th scope="col">{t('findings.itemFactor')}</th>
            <th scope="col">{t('findings.why')}</th>
          </tr>
        </thead>
        <tbody>
          {element.items.map((item) => (
            <tr key={item.itemId}>
              <th scope="row" lang="en">
                {item.label}
              </th>
              <td>{item.applicable ? t('yes') : t('evidence.notApplicable')}</td>
              <td>{item.score === null ? '—' : format.percent(item.score, 0)}</td>
              <td>{factor(item.proposedFactor)}</td>
              <td>
                <span lang="en">{item.decision.explanation}</span>
                <Citations citations={item.decision.citations} />
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollableTable>
      {decided && decided.factor !== null ? (
        <p data-testid={`decided-${element.elementId}`}>
          {t('findings.decided', {
            factor: factor(decided.factor),
            author: decided.author ?? '—',
            when: decided.recordedAt ? format.dateTime(decided.recordedAt) : '—',
          })}{' '}
          <q lang="en">{decided.reason}</q>
        </p>
      ) : (
        <p>{t('findings.notDecided')}</p>
      )}
      {canDecide ? (
        <FactorForm
          evaluation={evaluation}
          element={element}
          current={decided?.factor ?? null}
          etag={etag}
          onDone={onDecided}
        />
      ) : null}
    </section>
  );
}
