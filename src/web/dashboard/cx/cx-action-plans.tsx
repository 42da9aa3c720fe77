// The year's focus areas and, under each, its planned actions: the customer (persona) it serves, the
// owner, the status on the program date (delayed when a milestone's day has passed undone) and the
// milestones; then the spring progress in numbers and the published documents written from the data.
import { Tag } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { ScrollableTable } from '../scrollable-table.tsx';
import { ActionStatusForm } from './action-status-form.tsx';
import type { ActionView, MaturityView } from './cx-api-types.ts';

const STATUS_COLOR: Record<ActionView['status'], string> = {
  planned: 'bg-base-dark',
  in_progress: 'bg-primary',
  done: 'bg-green',
  delayed: 'bg-secondary-dark',
};

/** Who may change the plan, and how the page learns of a change. */
export interface PlanChanges {
  readonly year: number;
  readonly onChanged: () => void;
}

function PlannedAction({ action, changes }: { action: ActionView; changes: PlanChanges | null }) {
  const { t } = useTranslation('dashboard');
  const format = useFormat();
  return (
    <li className="border-bottom border-base-lighter padding-y-2">
      <h4 className="margin-y-0">{action.title}</h4>
      {action.description ? <p>{action.description}</p> : null}
      <dl className="margin-y-1">
        <dt className="text-bold">{t('cx.maturity.persona')}</dt>
        <dd className="margin-left-0">
          {t(`cx.maturity.personas.${action.personaId}`, { defaultValue: action.personaId })}
        </dd>
        <dt className="text-bold">{t('cx.maturity.owner')}</dt>
        <dd className="margin-left-0">{action.owner}</dd>
        <dt className="text-bold">{t('cx.maturity.status')}</dt>
        <dd className="margin-left-0">
          <Tag className={STATUS_COLOR[action.status]}>{t(`cx.maturity.statuses.${action.status}`)}</Tag>
        </dd>
      </dl>
      {changes ? (
        <ActionStatusForm year={changes.year} action={action} onChanged={changes.onChanged} />
      ) : null}
      {action.milestones.length > 0 ? (
        <ScrollableTable caption={t('cx.maturity.milestonesCaption', { title: action.title })}>
          <thead>
            <tr>
              <th scope="col">{t('cx.maturity.milestone')}</th>
              <th scope="col">{t('cx.maturity.milestoneDue')}</th>
              <th scope="col">{t('cx.maturity.milestoneDone')}</th>
            </tr>
          </thead>
          <tbody>
            {action.milestones.map((milestone) => (
              <tr key={milestone.key}>
                <th scope="row">{milestone.title}</th>
                <td>{format.date(milestone.dueOn)}</td>
                <td>{milestone.doneOn ? format.date(milestone.doneOn) : t('cx.maturity.notDone')}</td>
              </tr>
            ))}
          </tbody>
        </ScrollableTable>
      ) : null}
    </li>
  );
}

export function ActionPlans({ view, changes }: { view: MaturityView; changes: PlanChanges | null }) {
  const { t } = useTranslation('dashboard');
  const format = useFormat();
  const { progress } = view;
  return (
    <>
      <section aria-labelledby="cx-focus-heading">
        <h2 id="cx-focus-heading">{t('cx.maturity.focusHeading')}</h2>
        {view.focus ? (
          <>
            <ul className="usa-list">
              {view.focus.areas.map((area) => (
                <li key={area}>{t(`cx.maturity.dimensions.${area}`)}</li>
              ))}
            </ul>
            {view.focus.reason ? <p>{t('cx.maturity.focusReason', { reason: view.focus.reason })}</p> : null}
          </>
        ) : (
          <p>{t('cx.maturity.noFocus')}</p>
        )}
      </section>
      <section aria-labelledby="cx-plans-heading">
        <h2 id="cx-plans-heading">{t('cx.maturity.plansHeading')}</h2>
        <p>
          {t('cx.maturity.progress', {
            done: progress.byStatus.done,
            inProgress: progress.byStatus.in_progress,
            delayed: progress.byStatus.delayed,
            planned: progress.byStatus.planned,
            milestonesDone: progress.milestonesDone,
            milestones: progress.milestones,
            dueOn: format.date(progress.dueOn),
          })}
        </p>
        {view.actions.length === 0 ? <p>{t('cx.maturity.noActions')}</p> : null}
        {(view.focus?.areas ?? []).map((area) => {
          const actions = view.actions.filter((action) => action.focusArea === area);
          if (actions.length === 0) return null;
          return (
            <div key={area}>
              <h3>{t(`cx.maturity.dimensions.${area}`)}</h3>
              <ul className="usa-list usa-list--unstyled">
                {actions.map((action) => (
                  <PlannedAction key={action.key} action={action} changes={changes} />
                ))}
              </ul>
            </div>
          );
        })}
      </section>
    </>
  );
}

export function MaturityDocuments({ year }: { year: number }) {
  const { t } = useTranslation('dashboard');
  const documents = [
    ['document', t('cx.maturity.actionPlan', { year })],
    ['progress-report', t('cx.maturity.progressReport', { year })],
  ] as const;
  return (
    <section aria-labelledby="cx-documents-heading">
      <h2 id="cx-documents-heading">{t('cx.maturity.documentsHeading')}</h2>
      <ul className="usa-list">
        {documents.flatMap(([path, name]) =>
          (['html', 'pdf'] as const).map((format) => (
            <li key={`${path}-${format}`}>
              <a className="usa-link" href={`/api/v1/cx/action-plans/${year}/${path}?format=${format}`}>
                {t('cx.maturity.documentLink', { document: name, format: t(`cx.maturity.${format}`) })}
              </a>
            </li>
          )),
        )}
      </ul>
    </section>
  );
}
