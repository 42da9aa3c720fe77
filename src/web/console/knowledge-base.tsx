// The desk's knowledge base beside the case: searchable, each article with its citation, and a button to
// put its words into the note, so what the caller was told is in the history in the program's words.
import { Button, Label, TextInput } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { matchesQuery } from './desk-search.ts';
import type { KnowledgeArticle, KnowledgeBase as Knowledge } from './use-desk.ts';

/** The article in the language asked for when the file has it, else its English. */
function wordingOf(article: KnowledgeArticle, language: string) {
  const translated = language === 'en' ? undefined : article.translations?.[language];
  return translated
    ? { lang: language, ...translated }
    : { lang: 'en', title: article.title, body: article.body };
}

export function KnowledgeBase({
  knowledge,
  onInsert,
}: {
  knowledge: Knowledge;
  /** Puts the text into the note; absent when the reader cannot add a note. */
  onInsert: ((text: string) => void) | undefined;
}) {
  const { t, i18n } = useTranslation('console');
  const [query, setQuery] = useState('');
  const shown = knowledge.articles.filter((article) => {
    const wording = wordingOf(article, i18n.language);
    return matchesQuery(query, [wording.title, wording.body, article.title, ...article.keywords]);
  });
  return (
    <section aria-labelledby="knowledge-heading" className="margin-top-4" data-testid="knowledge-base">
      <h2 id="knowledge-heading">{t('knowledge.heading')}</h2>
      <Label htmlFor="knowledge-search">{t('knowledge.search')}</Label>
      <TextInput
        id="knowledge-search"
        name="knowledge-search"
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <p className="font-body-2xs" role="status">
        {t('knowledge.count', { count: shown.length })}
      </p>
      {shown.map((article) => {
        const wording = wordingOf(article, i18n.language);
        return (
          <div key={article.id} className="usa-summary-box margin-bottom-2" lang={wording.lang}>
            <h3 className="usa-summary-box__heading font-sans-sm">{wording.title}</h3>
            <p className="margin-y-1">{wording.body}</p>
            <p className="margin-0 font-body-3xs text-base-dark">{article.citation}</p>
            {onInsert ? (
              <Button
                type="button"
                outline
                className="margin-top-1"
                aria-label={t('knowledge.insertNamed', { title: wording.title })}
                onClick={() => onInsert(`${wording.body} (${article.citation})`)}
              >
                {t('knowledge.insert')}
              </Button>
            ) : null}
          </div>
        );
      })}
      <p className="font-body-3xs text-base-dark">
        {t('knowledge.version', { source: knowledge.source, version: knowledge.version })}
      </p>
    </section>
  );
}
