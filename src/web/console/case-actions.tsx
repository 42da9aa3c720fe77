// What the partner holding a case can do with it besides a note: a warm transfer to a partner the plan
// allows, an escalation, resolving it, or reopening it once resolved. One form is open at a time; the
// buttons say which, and which the case's status allows.
import { Button, ButtonGroup } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { postJson } from '../api/client.ts';
import { PRIORITIES, type SupportCase, type SupportPlan } from './console-types.ts';
import { CaseChangeForm, type CaseChangeFormProps, type ChoiceSpec } from './case-change-form.tsx';
import type { PlanWords } from './plan-words.ts';
import { TransferConsult } from './transfer-consult.tsx';
import { wrapUpName, type WrapUpCodes } from './use-desk.ts';

type Change = 'transfer' | 'escalate' | 'resolve' | 'reopen';

const EVENT_OF: Record<Change, SupportCase['possibleEvents'][number]> = {
  transfer: 'transferred',
  escalate: 'escalated',
  resolve: 'resolved',
  reopen: 'reopened',
};

export function CaseActions({
  supportCase,
  plan,
  words,
  wrapUpCodes,
  onChanged,
}: {
  supportCase: SupportCase;
  plan: SupportPlan | undefined;
  words: PlanWords;
  /** The codes a case is closed with (none until the desk's data has loaded). */
  wrapUpCodes: WrapUpCodes | undefined;
  onChanged: (updated: SupportCase, message: string) => void;
}) {
  const { t, i18n } = useTranslation('console');
  const [open, setOpen] = useState<Change | null>(null);
  const changes = (Object.keys(EVENT_OF) as Change[]).filter(
    (change) =>
      supportCase.possibleEvents.includes(EVENT_OF[change]) &&
      (change !== 'transfer' || supportCase.transferTo.length > 0),
  );
  if (changes.length === 0) return null;
  const path = `cases/${supportCase.id}`;
  const done = (message: string) => (updated: SupportCase) => {
    setOpen(null);
    onChanged(updated, message);
  };

  const forms: Record<Change, CaseChangeFormProps> = {
    transfer: {
      formId: 'transfer',
      heading: t('actions.transferHeading'),
      intro: t('actions.transferIntro'),
      choices: [
        {
          name: 'toPartner',
          label: t('actions.toPartner'),
          hint: t('actions.toPartnerHint'),
          required: true,
          placeholder: t('form.choose'),
          choices: supportCase.transferTo.map((partner) => ({
            value: partner,
            label: words.partner(partner),
          })),
        },
      ],
      aside: (values) =>
        values.toPartner ? (
          <TransferConsult key={values.toPartner} partner={values.toPartner} words={words} />
        ) : null,
      text: { name: 'note', label: t('actions.transferNote'), hint: t('actions.transferNoteHint') },
      submitLabel: t('actions.transferSubmit'),
      send: async (values) =>
        (await postJson<SupportCase>(`${path}/transfer`, { toPartner: values.toPartner, note: values.note }))
          .data,
      onDone: done(t('actions.transferred')),
    },
    escalate: {
      formId: 'escalate',
      heading: t('actions.escalateHeading'),
      intro: t('actions.escalateIntro'),
      choices: [
        {
          name: 'path',
          label: t('actions.path'),
          required: false,
          placeholder: t('actions.pathDefault'),
          choices: (plan?.escalationPaths ?? []).map((escalation) => ({
            value: escalation.id,
            label: t(`escalationPaths.${escalation.id}`, { defaultValue: escalation.name }),
          })),
        },
        {
          name: 'priority',
          label: t('actions.priority'),
          required: false,
          placeholder: t('actions.priorityKeep', { priority: words.value('priority', supportCase.priority) }),
          choices: PRIORITIES.map((priority) => ({
            value: priority,
            label: words.value('priority', priority),
          })),
        },
      ],
      text: { name: 'reason', label: t('actions.escalateReason') },
      submitLabel: t('actions.escalateSubmit'),
      send: async (values) =>
        (
          await postJson<SupportCase>(`${path}/escalate`, {
            reason: values.reason,
            ...(values.path ? { path: values.path } : {}),
            ...(values.priority ? { priority: values.priority } : {}),
          })
        ).data,
      onDone: done(t('actions.escalated')),
    },
    resolve: {
      formId: 'resolve',
      heading: t('actions.resolveHeading'),
      choices: [wrapUpChoice(wrapUpCodes, t, i18n.language)],
      text: { name: 'resolution', label: t('actions.resolution'), hint: t('actions.resolutionHint') },
      submitLabel: t('actions.resolveSubmit'),
      send: async (values) =>
        (
          await postJson<SupportCase>(`${path}/resolve`, {
            resolution: values.resolution,
            wrapUpCode: values.wrapUpCode,
          })
        ).data,
      onDone: done(t('actions.resolved')),
    },
    reopen: {
      formId: 'reopen',
      heading: t('actions.reopenHeading'),
      text: { name: 'reason', label: t('actions.reopenReason') },
      submitLabel: t('actions.reopenSubmit'),
      send: async (values) => (await postJson<SupportCase>(`${path}/reopen`, { reason: values.reason })).data,
      onDone: done(t('actions.reopened')),
    },
  };

  return (
    <section aria-labelledby="actions-heading" className="margin-top-4">
      <h2 id="actions-heading">{t('actions.heading')}</h2>
      <ButtonGroup>
        {changes.map((change) => (
          <Button
            key={change}
            type="button"
            outline={open !== change}
            aria-expanded={open === change}
            aria-controls={open === change ? `${change}-panel` : undefined}
            data-testid={`open-${change}`}
            onClick={() => setOpen((current) => (current === change ? null : change))}
          >
            {t(`actions.${change}`)}
          </Button>
        ))}
      </ButtonGroup>
      {open ? (
        <div id={`${open}-panel`}>
          <CaseChangeForm key={open} {...forms[open]} />
        </div>
      ) : null}
    </section>
  );
}

/** The wrap-up code a case is closed with, from the desk's list, named in the reader's language. */
function wrapUpChoice(
  codes: WrapUpCodes | undefined,
  t: (key: 'actions.wrapUp' | 'actions.wrapUpHint' | 'form.choose') => string,
  language: string,
): ChoiceSpec {
  return {
    name: 'wrapUpCode',
    label: t('actions.wrapUp'),
    hint: t('actions.wrapUpHint'),
    required: true,
    placeholder: t('form.choose'),
    choices: (codes?.codes ?? []).map((code) => ({ value: code.id, label: wrapUpName(code, language) })),
  };
}
