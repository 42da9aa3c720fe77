// What the specialist needs before speaking: who the caller is (masked), what they asked, where the case
// stands, who holds it and when it is due.
import { Grid, SummaryBox, SummaryBoxContent, SummaryBoxHeading } from '@trussworks/react-uswds';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format.ts';
import type { SupportCase } from './console-types.ts';
import type { PlanWords } from './plan-words.ts';
import { SlaClockText } from './sla-clock-text.tsx';

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="margin-bottom-2">
      <dt className="text-bold">{term}</dt>
      <dd className="margin-left-0">{children}</dd>
    </div>
  );
}

export function CaseContext({
  supportCase,
  words,
  me,
}: {
  supportCase: SupportCase;
  words: PlanWords;
  /** The signed-in user's subject, to say "you" when they work the case. */
  me: string;
}) {
  const { t } = useTranslation('console');
  const format = useFormat();
  const { person } = supportCase;
  return (
    <SummaryBox data-testid="case-context">
      <SummaryBoxHeading headingLevel="h2">{t('context.heading')}</SummaryBoxHeading>
      <SummaryBoxContent>
        <Grid row gap>
          <Grid col={12} tablet={{ col: 6 }}>
            <dl className="margin-0">
              <Fact term={t('context.caller')}>
                <span className="display-block">{person.name}</span>
                <span className="display-block">{t('context.born', { year: person.birthYear })}</span>
                <span className="display-block">
                  {t('search.maskedSsn', { lastFour: person.ssnLastFour })}
                </span>
                {person.medicareNumberLastFour ? (
                  <span className="display-block">
                    {t('context.medicare', { lastFour: person.medicareNumberLastFour })}
                  </span>
                ) : null}
              </Fact>
              <Fact term={t('context.requestType')}>
                {words.requestType(supportCase.requestType)} ({words.skill(supportCase.skill)})
              </Fact>
              <Fact term={t('context.channel')}>{words.value('channel', supportCase.channel)}</Fact>
            </dl>
          </Grid>
          <Grid col={12} tablet={{ col: 6 }}>
            <dl className="margin-0">
              <Fact term={t('context.status')}>
                <span data-testid="case-status">{words.value('status', supportCase.status)}</span>
              </Fact>
              <Fact term={t('context.partner')}>
                <span data-testid="case-partner">{words.partner(supportCase.partner)}</span>
              </Fact>
              <Fact term={t('assign.assignedTo')}>
                <span data-testid="case-assigned">
                  {supportCase.assignedTo === null
                    ? t('assign.nobody')
                    : supportCase.assignedTo === me
                      ? t('assign.you', { who: me })
                      : supportCase.assignedTo}
                </span>
              </Fact>
              <Fact term={t('context.priority')}>{words.value('priority', supportCase.priority)}</Fact>
              <Fact term={t('context.due')}>
                <SlaClockText dueAt={supportCase.dueAt} resolvedAt={supportCase.resolvedAt} />
              </Fact>
              <Fact term={t('context.opened')}>
                {t('context.openedBy', {
                  when: format.dateTime(supportCase.openedAt),
                  who: supportCase.openedBy,
                })}
              </Fact>
            </dl>
          </Grid>
        </Grid>
      </SummaryBoxContent>
    </SummaryBox>
  );
}
