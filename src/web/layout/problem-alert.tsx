// An API problem in plain words: what went wrong, what to do, and the request id to quote. Not signed
// in (401) offers the sign-in link instead.
import { Alert, AlertHeading, AlertText } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { ApiProblem } from '../api/api-problem.ts';
import { signInHref } from '../api/session.tsx';

export function ProblemAlert({ problem, heading }: { problem: ApiProblem; heading?: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  if (problem.status === 401) {
    return (
      <Alert type="warning">
        <AlertHeading level="h2">{t('problem.signedOutHeading')}</AlertHeading>
        <AlertText>
          {t('problem.signedOut')}{' '}
          <a className="usa-link" href={signInHref(location.pathname)}>
            {t('signIn')}
          </a>
        </AlertText>
      </Alert>
    );
  }
  const known = t(`problem.codes.${problem.code}`, { defaultValue: '' });
  return (
    <Alert type="error" role="alert">
      <AlertHeading level="h2">{heading ?? t('problem.heading')}</AlertHeading>
      <AlertText>
        <span>{known || problem.detail}</span>
        {known && problem.detail ? (
          <span className="display-block margin-top-1">{problem.detail}</span>
        ) : null}
        {problem.requestId ? (
          <span className="display-block margin-top-1 font-mono-3xs">
            {t('problem.requestId', { id: problem.requestId })}
          </span>
        ) : null}
      </AlertText>
    </Alert>
  );
}
