// The plan's scripted answers for the case's request type: the words every partner uses, so a caller
// hears the same answer on any line. They are the plan's own wording, in English.
import { useTranslation } from 'react-i18next';
import type { ScriptedAnswer } from './console-types.ts';

export function ScriptedAnswers({ answers }: { answers: readonly ScriptedAnswer[] }) {
  const { t, i18n } = useTranslation('console');
  return (
    <section aria-labelledby="scripts-heading" className="margin-top-4" data-testid="scripted-answers">
      <h2 id="scripts-heading">{t('scripts.heading')}</h2>
      {answers.length === 0 ? (
        <p>{t('scripts.none')}</p>
      ) : (
        <>
          <p className="margin-top-0">{t('scripts.intro')}</p>
          {i18n.language !== 'en' ? <p className="text-italic">{t('scripts.englishOnly')}</p> : null}
          {answers.map((answer) => (
            <div key={answer.id} className="usa-summary-box margin-bottom-2" lang="en">
              <h3 className="usa-summary-box__heading font-sans-sm">{answer.question}</h3>
              <p className="margin-y-1">{answer.answer}</p>
              <p className="margin-0 font-body-3xs text-base-dark">{answer.source}</p>
            </div>
          ))}
        </>
      )}
    </section>
  );
}
