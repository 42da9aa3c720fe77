// The survey's pages other than the form: the receipt after answering, and the pages for an invitation
// that cannot be answered (unknown, already used, expired, or a survey no longer collecting). Each is
// a page of its own with its heading, so a screen reader hears at once what happened.
import { Alert } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../layout/page-title.tsx';
import type { SurveyRefusal } from './survey-answers.ts';
import type { SurveyReceipt } from './survey-types.ts';

export function ReceiptPage({ receipt }: { receipt: SurveyReceipt }) {
  const { t } = useTranslation('survey');
  return (
    <>
      <PageTitle>{t('receipt.title')}</PageTitle>
      <Alert type="success" slim data-testid="survey-receipt">
        {t('receipt.body')}
      </Alert>
      {receipt.identifiersMasked > 0 ? (
        <p>{t('receipt.masked', { count: receipt.identifiersMasked })}</p>
      ) : null}
      {receipt.contactRequested ? <p>{t('receipt.contact')}</p> : null}
      <p>{t('receipt.close')}</p>
    </>
  );
}

export function RefusalPage({ refusal }: { refusal: SurveyRefusal }) {
  const { t } = useTranslation('survey');
  return (
    <div data-testid={`survey-refusal-${refusal}`}>
      <PageTitle>{t(`refusal.${refusal}.title`)}</PageTitle>
      <p className="usa-intro">{t(`refusal.${refusal}.body`)}</p>
      <p>
        <Link className="usa-link" to="/">
          {t('refusal.home')}
        </Link>
      </p>
    </div>
  );
}
