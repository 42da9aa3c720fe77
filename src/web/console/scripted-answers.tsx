// The plan's scripted answers: the words every partner uses, so a caller hears the same answer on any
// line. Those for the case's request type are shown; a search looks through every answer the partner
// uses. They are the plan's own wording: in the reader's language when the plan has it, else in English
// (marked so). An answer given can be put into the note.
import { Button, Label, TextInput } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScriptedAnswer } from './console-types.ts';
import { matchesQuery } from './desk-search.ts';

export function ScriptedAnswers({
  answers,
  searchable = answers,
  onInsert,
}: {
  /** The answers for the case's request type. */
  answers: readonly ScriptedAnswer[];
  /** Every answer the partner uses, which the search looks through. */
  searchable?: readonly ScriptedAnswer[];
  /** Puts the text into the note; absent when the reader cannot add a note. */
  onInsert?: ((text: string) => void) | undefined;
}) {
  const { t, i18n } = useTranslation('console');
  const [query, setQuery] = useState('');
  const searching = query.trim() !== '';
  const shown = searching
    ? searchable.filter((answer) => {
        const wording = wordingIn(answer, i18n.language);
        return matchesQuery(query, [wording.question, wording.answer, answer.question, answer.answer]);
      })
    : answers;
  return (
    <section aria-labelledby="scripts-heading" className="margin-top-4" data-testid="scripted-answers">
      <h2 id="scripts-heading">{t('scripts.heading')}</h2>
      <Label htmlFor="scripts-search">{t('scripts.search')}</Label>
      <span className="usa-hint" id="scripts-search-hint">
        {t('scripts.searchHint')}
      </span>
      <TextInput
        id="scripts-search"
        name="scripts-search"
        type="search"
        aria-describedby="scripts-search-hint"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      {searching ? (
        <p className="font-body-2xs" role="status">
          {t('scripts.count', { count: shown.length })}
        </p>
      ) : null}
      {shown.length === 0 ? (
        <p>{searching ? t('scripts.noMatch') : t('scripts.none')}</p>
      ) : (
        <>
          <p className="margin-top-1">{t('scripts.intro')}</p>
          {shown.some((answer) => wordingIn(answer, i18n.language).lang !== i18n.language) ? (
            <p className="text-italic">{t('scripts.englishOnly')}</p>
          ) : null}
          {shown.map((answer) => {
            const wording = wordingIn(answer, i18n.language);
            return (
              <div key={answer.id} className="usa-summary-box margin-bottom-2" lang={wording.lang}>
                <h3 className="usa-summary-box__heading font-sans-sm">{wording.question}</h3>
                <p className="margin-y-1">{wording.answer}</p>
                <p className="margin-0 font-body-3xs text-base-dark">{answer.source}</p>
                {onInsert ? (
                  <Button
                    type="button"
                    outline
                    className="margin-top-1"
                    aria-label={t('scripts.insertNamed', { question: wording.question })}
                    onClick={() => onInsert(`${wording.answer} (${answer.source})`)}
                  >
                    {t('scripts.insert')}
                  </Button>
                ) : null}
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
