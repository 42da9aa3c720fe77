// Customers' comments, newest first, filtered by the page's days, partner and channel and by a driver
// (went well or not), a page at a time: "More comments" follows the API's cursor and "Previous
// comments" goes back through the cursors already seen. The driver and side are kept in the address.
import { Button, ButtonGroup, Fieldset, Form, Grid } from '@trussworks/react-uswds';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/use-api.ts';
import { SelectField } from '../../forms/select-field.tsx';
import { Loading } from '../../layout/loading.tsx';
import { ProblemAlert } from '../../layout/problem-alert.tsx';
import type { CommentPage, CommentRow } from './cx-api-types.ts';
import { commentsPath, DRIVERS, SIDES, type CxFilters } from './cx-query.ts';
import type { CxWords } from './use-cx-words.ts';

function CommentFilterForm({ initial, onApply }: { initial: CxFilters; onApply: (f: CxFilters) => void }) {
  const { t } = useTranslation('dashboard');
  const [driver, setDriver] = useState(initial.driver);
  const [side, setSide] = useState(initial.side);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply({ ...initial, driver, side: driver === '' ? '' : side });
  };
  return (
    <Form onSubmit={submit} noValidate className="maxw-full" aria-label={t('cx.comments.filtersLabel')}>
      <Fieldset legend={t('cx.comments.legend')}>
        <Grid row gap="md">
          <Grid tablet={{ col: 6 }}>
            <SelectField
              id="cx-driver"
              name="driver"
              label={t('cx.comments.driver')}
              value={driver}
              onChange={setDriver}
              placeholder={t('cx.filters.any')}
              choices={DRIVERS.map((id) => ({ value: id, label: t(`cx.drivers.${id}`) }))}
            />
          </Grid>
          <Grid tablet={{ col: 6 }}>
            <SelectField
              id="cx-side"
              name="side"
              label={t('cx.comments.side')}
              hint={t('cx.comments.sideHint')}
              value={side}
              onChange={setSide}
              placeholder={t('cx.filters.any')}
              choices={SIDES.map((id) => ({ value: id, label: t(`cx.comments.sides.${id}`) }))}
            />
          </Grid>
        </Grid>
      </Fieldset>
      <Button type="submit" data-testid="cx-comments-apply">
        {t('cx.comments.apply')}
      </Button>
    </Form>
  );
}

function Comment({ comment, words }: { comment: CommentRow; words: CxWords }) {
  const { t } = useTranslation('dashboard');
  const names = (drivers: readonly string[]) => drivers.map(words.driver).join(', ');
  return (
    <li className="border-bottom border-base-lighter padding-y-2">
      <p className="margin-y-0 text-bold">
        {t('cx.comments.meta', {
          day: words.format.date(comment.respondedOn),
          partner: words.partner(comment.partner),
          channel: words.channel(comment.channel),
        })}
      </p>
      <blockquote className="margin-x-0 margin-y-1 font-serif-sm" lang={comment.language}>
        {comment.text}
      </blockquote>
      <ul className="usa-list usa-list--unstyled font-sans-2xs">
        {comment.trustPositive !== null ? (
          <li>{comment.trustPositive ? t('cx.comments.trusted') : t('cx.comments.notTrusted')}</li>
        ) : null}
        {comment.positive.length > 0 ? (
          <li>{t('cx.comments.wentWell', { drivers: names(comment.positive) })}</li>
        ) : null}
        {comment.negative.length > 0 ? (
          <li>{t('cx.comments.wentBadly', { drivers: names(comment.negative) })}</li>
        ) : null}
      </ul>
    </li>
  );
}

function CommentPages({ filters, words }: { filters: CxFilters; words: CxWords }) {
  const { t } = useTranslation('dashboard');
  const [cursors, setCursors] = useState<readonly (string | null)[]>([null]);
  const page = useApi<CommentPage>(commentsPath(filters, cursors.at(-1) ?? null));
  const number = cursors.length;
  return (
    <>
      {page.error ? (
        <ProblemAlert problem={page.error} />
      ) : !page.data || page.loading ? (
        <Loading what={t('cx.comments.loadingWhat')} />
      ) : page.data.items.length === 0 ? (
        <p>{t('cx.comments.none')}</p>
      ) : (
        <>
          <p className="text-bold">{t('cx.comments.page', { page: number })}</p>
          <ul
            className="usa-list usa-list--unstyled"
            aria-label={t('cx.comments.listLabel', { page: number })}
          >
            {page.data.items.map((comment) => (
              <Comment key={comment.id} comment={comment} words={words} />
            ))}
          </ul>
        </>
      )}
      <ButtonGroup type="default" className="margin-top-2">
        <Button
          type="button"
          outline
          disabled={number === 1 || page.loading}
          onClick={() => setCursors((old) => old.slice(0, -1))}
        >
          {t('cx.comments.previous')}
        </Button>
        <Button
          type="button"
          disabled={!page.data?.nextCursor || page.loading}
          data-testid="cx-comments-next"
          onClick={() => {
            const next = page.data?.nextCursor;
            if (next) setCursors((old) => [...old, next]);
          }}
        >
          {t('cx.comments.next')}
        </Button>
      </ButtonGroup>
    </>
  );
}

export function CxComments({
  filters,
  words,
  onApply,
}: {
  filters: CxFilters;
  words: CxWords;
  onApply: (filters: CxFilters) => void;
}) {
  const { t } = useTranslation('dashboard');
  const first = commentsPath(filters, null);
  return (
    <section aria-labelledby="cx-comments-heading" className="margin-top-4">
      <h2 id="cx-comments-heading">{t('cx.comments.heading')}</h2>
      <p>{t('cx.comments.intro')}</p>
      <CommentFilterForm key={first} initial={filters} onApply={onApply} />
      {/* New filters start again at the first page. */}
      <CommentPages key={`pages-${first}`} filters={filters} words={words} />
    </section>
  );
}
