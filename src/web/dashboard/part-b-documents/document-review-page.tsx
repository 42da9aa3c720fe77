// /dashboard/part-b-documents: the Part B documents people sent that no one has reviewed, oldest first.
// Program staff open each file (the API audits the read), then accept it (it becomes the evidence the
// Part B rules read, 5 CFR 890.1604(e)) or reject it with a reason the person sees. Auditors see the
// list and the files but do not review.
import { Alert, Button, Fieldset, Form, Radio } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { API, postJson } from '../../api/client.ts';
import type { Me } from '../../api/session.tsx';
import { useAction } from '../../api/use-action.ts';
import { useApi } from '../../api/use-api.ts';
import { TextAreaField } from '../../forms/textarea-field.tsx';
import { addAreaTranslations } from '../../i18n/i18n.ts';
import { useFormat } from '../../i18n/format.ts';
import documentsEn from '../../i18n/locales/en/documents.json';
import documentsEs from '../../i18n/locales/es/documents.json';
import { Loading } from '../../layout/loading.tsx';
import { PageTitle } from '../../layout/page-title.tsx';
import { ProblemAlert } from '../../layout/problem-alert.tsx';

addAreaTranslations('documents', { en: documentsEn, es: documentsEs });

interface AwaitingDocument {
  readonly id: number;
  readonly personId: number;
  readonly kind: string;
  readonly fileName: string;
  readonly byteSize: number;
  readonly receivedOn: string;
}

function ReviewForm({ document, onReviewed }: { document: AwaitingDocument; onReviewed: () => void }) {
  const { t } = useTranslation('documents');
  const [decision, setDecision] = useState<'accepted' | 'rejected' | ''>('');
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState<'decision' | 'reason' | null>(null);
  const review = useAction<unknown>();
  const id = `review-${document.id}`;
  const onSubmit = async () => {
    const problem =
      decision === '' ? 'decision' : decision === 'rejected' && !reason.trim() ? 'reason' : null;
    setMissing(problem);
    if (problem) return;
    const done = await review.run(
      async () => (await postJson(`part-b-documents/${document.id}/review`, { decision, reason })).data,
    );
    if (done !== undefined) onReviewed();
  };
  return (
    <Form onSubmit={(event) => (event.preventDefault(), void onSubmit())} className="maxw-full">
      {review.problem ? <ProblemAlert problem={review.problem} heading={t('review.failed')} /> : null}
      <Fieldset legend={t('review.decision')}>
        {missing === 'decision' ? (
          <span className="usa-error-message" role="alert">
            {t('review.decisionMissing')}
          </span>
        ) : null}
        {(['accepted', 'rejected'] as const).map((value) => (
          <Radio
            key={value}
            id={`${id}-${value}`}
            name={`${id}-decision`}
            value={value}
            label={t(`review.${value}`)}
            checked={decision === value}
            onChange={() => setDecision(value)}
          />
        ))}
      </Fieldset>
      <TextAreaField
        id={`${id}-reason`}
        name="reason"
        label={t('review.reason')}
        hint={t('review.reasonHint')}
        error={missing === 'reason' ? t('review.reasonMissing') : undefined}
        maxLength={2000}
        value={reason}
        onChange={setReason}
      />
      <Button type="submit" disabled={review.pending} data-testid={`review-submit-${document.id}`}>
        {t('review.submit')}
      </Button>
    </Form>
  );
}

function AwaitingItem({
  document,
  canReview,
  onReviewed,
}: {
  document: AwaitingDocument;
  canReview: boolean;
  onReviewed: () => void;
}) {
  const { t } = useTranslation('documents');
  const format = useFormat();
  return (
    <li
      className="border-1px border-base-lighter radius-md padding-2 margin-bottom-2"
      data-testid="awaiting-document"
    >
      <h2 className="margin-top-0 font-heading-md text-break-all">{document.fileName}</h2>
      <dl className="margin-0">
        <dt className="text-bold">{t('list.person')}</dt>
        <dd className="margin-left-0 margin-bottom-1">{document.personId}</dd>
        <dt className="text-bold">{t('list.kind')}</dt>
        <dd className="margin-left-0 margin-bottom-1">
          {t(`kinds.${document.kind}`, { defaultValue: document.kind })}
        </dd>
        <dt className="text-bold">{t('list.received')}</dt>
        <dd className="margin-left-0 margin-bottom-1">{format.date(document.receivedOn)}</dd>
        <dt className="text-bold">{t('list.size')}</dt>
        <dd className="margin-left-0 margin-bottom-1">
          {t('list.kilobytes', { count: Math.max(1, Math.round(document.byteSize / 1024)) })}
        </dd>
      </dl>
      <p>
        <a
          className="usa-link"
          href={`${API}/part-b-documents/${document.id}/content`}
          target="_blank"
          rel="noreferrer"
        >
          {t('list.open', { name: document.fileName })}
        </a>
      </p>
      {canReview ? <ReviewForm document={document} onReviewed={onReviewed} /> : null}
    </li>
  );
}

export function DocumentReviewPage({ me }: { me: Me }) {
  const { t } = useTranslation('documents');
  const awaiting = useApi<{ items: AwaitingDocument[] }>('part-b-documents/awaiting-review?limit=50');
  const [reviewed, setReviewed] = useState(0);
  const onReviewed = () => {
    setReviewed((n) => n + 1);
    awaiting.reload();
  };
  return (
    <>
      <PageTitle>{t('title')}</PageTitle>
      <p className="usa-intro">{t('intro')}</p>
      {reviewed > 0 ? (
        <Alert type="success" slim role="status" data-testid="document-reviewed">
          {t('reviewed', { count: reviewed })}
        </Alert>
      ) : null}
      {awaiting.error ? <ProblemAlert problem={awaiting.error} /> : null}
      {!awaiting.data && !awaiting.error ? <Loading /> : null}
      {awaiting.data && awaiting.data.items.length === 0 ? <p>{t('none')}</p> : null}
      {awaiting.data && awaiting.data.items.length > 0 ? (
        <ul className="usa-list usa-list--unstyled">
          {awaiting.data.items.map((document) => (
            <AwaitingItem
              key={document.id}
              document={document}
              canReview={me.role === 'program_administrator'}
              onReviewed={onReviewed}
            />
          ))}
        </ul>
      ) : null}
    </>
  );
}
