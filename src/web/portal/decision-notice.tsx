// The initial decision notice of a recorded change (5 CFR 890.104 with 890.1607), in the reader's
// language: its confirmation number, the date of the decision, what was decided in a sentence with the
// plan's name, when it takes effect, and the right to ask for reconsideration with its deadline. The same
// notice is shown on the confirmation, in history and on the page to print or save as PDF.
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format.ts';
import { CitationList } from './citation-list.tsx';
import { decisionSentence, reconsiderationDays } from './decision-messages.ts';
import type { NoticeWords } from './notice-words.ts';
import type { Coverage, LifecycleTransition, RecordedTransition } from './portal-types.ts';

export interface NoticeSubject {
  readonly transitionId: number;
  readonly confirmationNumber: string;
  readonly action: string;
  readonly from: string;
  readonly to: string;
  readonly coverage: Coverage | null;
  readonly decidedOn: string;
  readonly effectiveOn: string;
  readonly reconsiderationDeadline: string;
  readonly citations: readonly string[];
}

export function noticeOfRecorded(recorded: RecordedTransition): NoticeSubject {
  const { decision, notice } = recorded;
  return {
    transitionId: recorded.id,
    confirmationNumber: recorded.confirmationNumber,
    action: decision.action,
    from: decision.from,
    to: decision.to,
    coverage: recorded.state.coverage,
    decidedOn: notice.decidedOn,
    effectiveOn: decision.effectiveOn,
    reconsiderationDeadline: notice.reconsiderationDeadline,
    citations: notice.citations,
  };
}

export function noticeOfTransition(record: LifecycleTransition): NoticeSubject {
  return {
    transitionId: record.id,
    confirmationNumber: record.confirmationNumber,
    action: record.action,
    from: record.from,
    to: record.to,
    coverage: record.coverage,
    decidedOn: record.decidedOn,
    effectiveOn: record.effectiveOn,
    reconsiderationDeadline: record.reconsiderationDeadline,
    // The notice adds the reconsideration paragraphs to the decision's own (initialDecision, 890.1607).
    citations: [...new Set([...record.citations, '5 CFR 890.104', '5 CFR 890.1607'])],
  };
}

/** What was decided, in one or two sentences: the change with its plan, then the status, if it changed. */
export function useDecisionSentence(): (subject: NoticeSubject, words: NoticeWords) => string {
  const { t } = useTranslation('notices');
  return (subject, words) =>
    decisionSentence(
      (key, values) => t(key, values ?? {}),
      subject,
      (coverage) => words.plan(coverage.enrollmentCode, coverage.enrollmentType),
    );
}

export function DecisionNotice({
  subject,
  words,
  headingLevel = 'h3',
}: {
  subject: NoticeSubject;
  words: NoticeWords;
  headingLevel?: 'h2' | 'h3';
}) {
  const { t } = useTranslation('notices');
  const format = useFormat();
  const sentence = useDecisionSentence();
  const Heading = headingLevel;
  const deadline = format.date(subject.reconsiderationDeadline);
  return (
    <div data-testid="decision-notice">
      <dl>
        <dt className="text-bold">{t('notice.confirmation')}</dt>
        <dd className="margin-left-0 margin-bottom-1">
          <span className="font-mono-md text-bold" data-testid="confirmation-number">
            {subject.confirmationNumber}
          </span>
          <span className="display-block font-body-2xs text-base-dark">{t('notice.confirmationHint')}</span>
        </dd>
        <dt className="text-bold">{t('notice.decidedOn')}</dt>
        <dd className="margin-left-0 margin-bottom-1">{format.date(subject.decidedOn)}</dd>
        <dt className="text-bold">{t('notice.what')}</dt>
        <dd className="margin-left-0 margin-bottom-1" data-testid="notice-decision">
          {sentence(subject, words)}
        </dd>
        <dt className="text-bold">{t('notice.effectiveOn')}</dt>
        <dd className="margin-left-0 margin-bottom-1" data-testid="effective-on">
          {format.date(subject.effectiveOn)}
        </dd>
        <dt className="text-bold">{t('notice.deadline')}</dt>
        <dd className="margin-left-0 margin-bottom-1" data-testid="reconsideration-deadline">
          {deadline}
        </dd>
      </dl>
      <Heading className="font-heading-md">{t('notice.rightsHeading')}</Heading>
      <p data-testid="notice-rights">
        {t('notice.rights', {
          days: reconsiderationDays(subject.decidedOn, subject.reconsiderationDeadline),
          deadline,
        })}
      </p>
      <p>{t('notice.rightsLate')}</p>
      <CitationList citations={subject.citations} />
    </div>
  );
}
