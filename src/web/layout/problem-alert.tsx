// An API problem in plain words: what went wrong, what to do, and the request id to quote. Not signed
// in (401) offers the sign-in link instead. After an action the reader asked for (takeFocus), the alert
// takes the focus, so a screen reader says the refusal and the keyboard starts from it. A refusal of the
// rules with a known reason key is said in the reader's language (refusal-sentence.ts) instead of the
// server's English detail.
import { Alert, AlertHeading, AlertText } from '@trussworks/react-uswds';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { ApiProblem } from '../api/api-problem.ts';
import { signInHref } from '../api/session.tsx';
import { useFormat } from '../i18n/format.ts';
import { refusalSentence } from './refusal-sentence.ts';

export function ProblemAlert({
  problem,
  heading,
  takeFocus = false,
}: {
  problem: ApiProblem;
  heading?: string;
  takeFocus?: boolean;
}) {
  const alert = <ProblemText problem={problem} heading={heading} />;
  return takeFocus ? <Focused problem={problem}>{alert}</Focused> : alert;
}

function Focused({ problem, children }: { problem: ApiProblem; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), [problem]);
  return (
    <div ref={box} tabIndex={-1} data-testid="problem-alert">
      {children}
    </div>
  );
}

function ProblemText({ problem, heading }: { problem: ApiProblem; heading: string | undefined }) {
  const { t } = useTranslation();
  const { t: tn } = useTranslation('notices');
  const format = useFormat();
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
  const why =
    refusalSentence(problem.reason, (key, options) => tn(key, options ?? {}), format) ?? problem.detail;
  return (
    <Alert type="error" role="alert">
      <AlertHeading level="h2">{heading ?? t('problem.heading')}</AlertHeading>
      <AlertText>
        <span>{known || why}</span>
        {known && why ? <span className="display-block margin-top-1">{why}</span> : null}
        {problem.requestId ? (
          <span className="display-block margin-top-1 font-mono-3xs">
            {t('problem.requestId', { id: problem.requestId })}
          </span>
        ) : null}
      </AlertText>
    </Alert>
  );
}
