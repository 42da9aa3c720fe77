// /dashboard/audit for administrators and auditors: who read or was refused what, when and why.
// Filters (person, user, outcome, dates) and the purpose of this reading (recorded with it: reading
// the log is itself logged), newest first, a page at a time: "Next page" follows the API's cursor and
// "Previous page" goes back through the cursors already seen.
import { Button, ButtonGroup } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/use-api.ts';
import { Loading } from '../../layout/loading.tsx';
import { PageTitle } from '../../layout/page-title.tsx';
import { ProblemAlert } from '../../layout/problem-alert.tsx';
import type { AuditPage as AuditPageData } from '../dashboard-api-types.ts';
import { AuditFilterForm } from './audit-filter-form.tsx';
import { auditPath, EMPTY_AUDIT_FILTERS, type AuditFilters } from './audit-query.ts';
import { AuditTable } from './audit-table.tsx';

export function AuditPage() {
  const { t } = useTranslation('dashboard');
  const [filters, setFilters] = useState<AuditFilters>(EMPTY_AUDIT_FILTERS);
  // The cursors of the pages before this one (null for the first page) and this page's.
  const [cursors, setCursors] = useState<readonly (string | null)[]>([null]);
  const cursor = cursors[cursors.length - 1] ?? null;
  const page = useApi<AuditPageData>(auditPath(filters, cursor));
  const pageNumber = cursors.length;

  const apply = (next: AuditFilters) => {
    setFilters(next);
    setCursors([null]);
  };

  return (
    <>
      <PageTitle>{t('audit.title')}</PageTitle>
      <p className="usa-intro">{t('audit.intro')}</p>
      <AuditFilterForm initial={filters} onApply={apply} />
      <section aria-labelledby="entries-heading" className="margin-top-4">
        <h2 id="entries-heading">{t('audit.entriesHeading', { page: pageNumber })}</h2>
        {page.error ? (
          <ProblemAlert problem={page.error} />
        ) : !page.data || page.loading ? (
          <Loading what={t('audit.loadingWhat')} />
        ) : page.data.items.length === 0 ? (
          <p>{t('audit.none')}</p>
        ) : (
          <AuditTable entries={page.data.items} page={pageNumber} />
        )}
        <ButtonGroup type="default" className="margin-top-2">
          <Button
            type="button"
            outline
            disabled={pageNumber === 1 || page.loading}
            onClick={() => setCursors((old) => old.slice(0, -1))}
          >
            {t('audit.previous')}
          </Button>
          <Button
            type="button"
            disabled={!page.data?.nextCursor || page.loading}
            data-testid="audit-next"
            onClick={() => {
              const next = page.data?.nextCursor;
              if (next) setCursors((old) => [...old, next]);
            }}
          >
            {t('audit.next')}
          </Button>
        </ButtonGroup>
      </section>
    </>
  );
}
