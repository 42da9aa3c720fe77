// /portal/documents: send the document that proves a Part B exception (5 CFR 890.1604(e)), see by when
// OPM needs it and where to mail a paper copy instead, and follow each document sent until staff accept
// or reject it. The file is checked here for type and size, and again by the server from its bytes.
import {
  Alert,
  AlertHeading,
  AlertText,
  Button,
  FileInput,
  Form,
  Tag,
  type FileInputRef,
} from '@trussworks/react-uswds';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { postJson } from '../api/client.ts';
import { useAction } from '../api/use-action.ts';
import { useApi } from '../api/use-api.ts';
import { ErrorSummary } from '../forms/error-summary.tsx';
import type { FieldErrors } from '../forms/field-errors.ts';
import { fieldMessages } from '../forms/field-messages.ts';
import { FormField } from '../forms/form-field.tsx';
import { SelectField } from '../forms/select-field.tsx';
import { useFormat } from '../i18n/format.ts';
import { Loading } from '../layout/loading.tsx';
import { PageTitle } from '../layout/page-title.tsx';
import { ProblemAlert } from '../layout/problem-alert.tsx';
import {
  canSend,
  DOCUMENT_KINDS,
  documentErrors,
  kindForEvidence,
  type DocumentField,
} from './document-form.ts';
import type { DocumentRequirements, PartBDocument } from './document-types.ts';
import { partBEvidenceNeeded } from './part-b-evidence.ts';
import { PortalBreadcrumb } from './portal-breadcrumb.tsx';
import type { PersonEligibility } from './portal-types.ts';
import { RecordTable } from './record-table.tsx';

const FIELD_IDS: Record<DocumentField, string> = { kind: 'document-kind', file: 'document-file' };

/** The file's bytes as base64, as the API takes them. */
function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsDataURL(file);
  });
}

function MailingAddress({ address }: { address: DocumentRequirements['mailingAddress'] }) {
  return (
    <address data-testid="document-mailing-address">
      {address.name}
      <br />
      {address.lines.map((line) => (
        <span key={line}>
          {line}
          <br />
        </span>
      ))}
      {address.city}, {address.state} {address.zip}
    </address>
  );
}

function WhenAndHow({ requirements }: { requirements: DocumentRequirements }) {
  const { t } = useTranslation('portal');
  const format = useFormat();
  const due = format.date(requirements.dueOn);
  return (
    <>
      <Alert type={requirements.overdue ? 'warning' : 'info'} data-testid="document-due">
        <AlertHeading level="h2">
          {requirements.overdue
            ? t('documents.due.overdueHeading', { date: due })
            : t('documents.due.heading', { date: due })}
        </AlertHeading>
        <AlertText>{t('documents.due.body')}</AlertText>
      </Alert>
      <h2>{t('documents.mail.heading')}</h2>
      <p>{t('documents.mail.body')}</p>
      <MailingAddress address={requirements.mailingAddress} />
    </>
  );
}

function DocumentList({ documents }: { documents: readonly PartBDocument[] }) {
  const { t } = useTranslation('portal');
  const format = useFormat();
  return (
    <RecordTable
      items={documents}
      caption={t('documents.list.caption')}
      headers={[
        t('documents.list.file'),
        t('documents.list.kind'),
        t('documents.list.sent'),
        t('documents.list.status'),
      ]}
      empty={t('documents.list.none')}
    >
      {(document) => (
        <tr key={document.id} data-testid="document-row">
          <th scope="row">{document.fileName}</th>
          <td>{t(`documents.kinds.${document.kind}`)}</td>
          <td>{format.date(document.receivedOn)}</td>
          <td>
            <Tag
              className={
                document.review?.decision === 'accepted'
                  ? 'bg-green'
                  : document.review
                    ? 'bg-secondary-dark'
                    : 'bg-primary'
              }
            >
              {t(`documents.status.${document.review?.decision ?? 'awaiting_review'}`)}
            </Tag>
            {document.review?.decision === 'rejected' ? (
              <p className="margin-y-1">{t('documents.list.reason', { reason: document.review.reason })}</p>
            ) : null}
          </td>
        </tr>
      )}
    </RecordTable>
  );
}

export function DocumentsPage({ personId }: { personId: number }) {
  const { t } = useTranslation('portal');
  const requirements = useApi<DocumentRequirements>('part-b-documents/requirements');
  const documents = useApi<{ items: PartBDocument[] }>(`persons/${personId}/documents`);
  const eligibility = useApi<PersonEligibility>(`persons/${personId}/eligibility`);
  const awaited = eligibility.data ? partBEvidenceNeeded(eligibility.data.person.partB) : null;
  const [kind, setKind] = useState<string>();
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<FieldErrors<DocumentField>>({});
  const [sent, setSent] = useState<PartBDocument>();
  const fileInput = useRef<FileInputRef>(null);
  const send = useAction<PartBDocument>();
  const title = t('documents.title');
  const chosenKind = kind ?? kindForEvidence(awaited);
  const { message, summary } = fieldMessages(
    errors,
    ['kind', 'file'],
    (field) => FIELD_IDS[field],
    (key) => t(key, { size: Math.floor((requirements.data?.maxBytes ?? 0) / 1_048_576) }),
  );

  const onSubmit = async () => {
    if (!requirements.data) return;
    const found = documentErrors({ kind: chosenKind, file }, requirements.data);
    setErrors(found);
    if (!canSend(found) || file === null) return;
    const body = {
      kind: chosenKind,
      fileName: file.name,
      mediaType: file.type,
      content: await readAsBase64(file),
    };
    const data = await send.run(
      async () => (await postJson<PartBDocument>(`persons/${personId}/documents`, body)).data,
    );
    if (!data) return;
    setSent(data);
    setFile(null);
    fileInput.current?.clearFiles();
    documents.reload();
  };

  return (
    <>
      <PortalBreadcrumb current={title} />
      <PageTitle>{title}</PageTitle>
      <p className="usa-intro">{t('documents.intro')}</p>
      {awaited && awaited !== 'annuitant_documentation' ? <p>{t(`partBEvidence.${awaited}`)}</p> : null}
      {requirements.error ? <ProblemAlert problem={requirements.error} /> : null}
      {requirements.data ? <WhenAndHow requirements={requirements.data} /> : <Loading />}
      {sent ? (
        <Alert type="success" role="status" data-testid="document-sent">
          <AlertHeading level="h2">{t('documents.sent.heading')}</AlertHeading>
          <AlertText>{t('documents.sent.body', { name: sent.fileName })}</AlertText>
        </Alert>
      ) : null}
      <h2>{t('documents.form.heading')}</h2>
      {send.problem ? <ProblemAlert problem={send.problem} heading={t('documents.form.failed')} /> : null}
      <Form onSubmit={(event) => (event.preventDefault(), void onSubmit())} large noValidate>
        <ErrorSummary items={summary} area="portal" />
        <SelectField
          id={FIELD_IDS.kind}
          name="kind"
          label={t('documents.form.kind')}
          error={message('kind')}
          value={chosenKind}
          onChange={setKind}
          placeholder={t('form.select')}
          choices={DOCUMENT_KINDS.map((value) => ({ value, label: t(`documents.kinds.${value}`) }))}
        />
        <FormField
          id={FIELD_IDS.file}
          label={t('documents.form.file')}
          hint={t('documents.form.fileHint', {
            size: Math.floor((requirements.data?.maxBytes ?? 0) / 1_048_576),
          })}
          error={message('file')}
        >
          {({ describedBy, invalid }) => (
            <FileInput
              ref={fileInput}
              id={FIELD_IDS.file}
              name="file"
              accept={requirements.data?.acceptedMediaTypes.join(',')}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              dragText={t('documents.form.drag')}
              chooseText={t('documents.form.choose')}
              errorText={t('documents.errors.fileType')}
              previewSingleSelectedFileText={t('documents.form.selected')}
              previewMultipleSelectedFileText={t('documents.form.selected')}
              changeSelectedFileText={t('documents.form.change')}
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            />
          )}
        </FormField>
        <Button type="submit" disabled={send.pending || !requirements.data} data-testid="document-submit">
          {send.pending ? t('form.sending') : t('documents.form.submit')}
        </Button>
      </Form>
      <h2>{t('documents.list.heading')}</h2>
      {documents.error ? <ProblemAlert problem={documents.error} /> : null}
      {documents.data ? <DocumentList documents={documents.data.items} /> : <Loading />}
    </>
  );
}
