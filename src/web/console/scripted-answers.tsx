// The plan's scripted answers for the case's request type: the words every partner uses, so a caller
// hears the same answer on any line. They are the plan's own wording: in the reader's language when the
// plan has it, else in English (marked so).
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
          {answers.some((answer) => wordingIn(answer, i18n.language).lang !== i18n.language) ? (
            <p className="text-italic">{t('scripts.englishOnly')}</p>
          ) : null}
          {answers.map((answer) => {
            const wording = wordingIn(answer, i18n.language);
            return (
              <div key={answer.id} className="usa-summary-box margin-bottom-2" lang={wording.lang}>
                <h3 className="usa-summary-box__heading font-sans-sm">{wording.question}</h3>
                <p className="margin-y-1">{wording.answer}</p>
                <p className="margin-0 font-body-3xs text-base-dark">{answer.source}</p>
              </div>
            );
          })}
        </>
      )}
    </section>
  );
}

/** The answer in the language asked for when the plan has it, else the plan's English. */
function wordingIn(
  answer: ScriptedAnswer,
  language: string,
): { readonly lang: string; readonly question: string; readonly answer: string } {
  const translated = language === 'en' ? undefined : answer.translations?.[language];
  return translated
    ? { lang: language, ...translated }
    : { lang: 'en', question: answer.question, answer: answer.answer };
}
