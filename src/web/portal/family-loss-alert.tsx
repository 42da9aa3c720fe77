// The check step's warning, before "Send": declining a Self Plus One or Self and Family enrollment, or
// choosing a smaller type, ends family members' coverage too. The Self Plus One member is named when the
// household decision designated one (its selfPlusOneMemberId fact, read with GET persons/{id}).
import { Alert, AlertHeading, AlertText } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/use-api.ts';
import { useFormat } from '../i18n/format.ts';
import type { EnrollmentState } from '../../domain/lifecycle.ts';
import { enrollmentSummary, familyLoss, familyLossMessage, type FamilyLoss } from './enrollment-summary.ts';
import type { EnrollmentType, PersonEligibility } from './portal-types.ts';

/** The loss the chosen action brings; only coverage still held can be lost (a declined record keeps its last plan). */
function lossOf(state: EnrollmentState | undefined, selection: ReviewedChoice) {
  const held = state && enrollmentSummary(state).kind === 'covered' ? state.coverage : null;
  if (!held || !selection.choice || (selection.choice === 'elect' && !selection.type)) return null;
  const choice =
    selection.choice === 'decline'
      ? ({ decline: true } as const)
      : ({ decline: false, type: selection.type || held.enrollmentType } as const);
  const loss = familyLoss(held, choice);
  return loss ? { loss, held: held.enrollmentType } : null;
}

interface ReviewedChoice {
  readonly choice: 'elect' | 'decline' | '';
  readonly type: EnrollmentType | '';
}

export function FamilyLossAlert({
  personId,
  state,
  selection,
  effectiveOn,
}: {
  personId: number;
  state: EnrollmentState | undefined;
  selection: ReviewedChoice;
  effectiveOn: string;
}) {
  const found = lossOf(state, selection);
  return found ? (
    <LossAlert personId={personId} loss={found.loss} held={found.held} effectiveOn={effectiveOn} />
  ) : null;
}

function LossAlert({
  personId,
  loss,
  held,
  effectiveOn,
}: {
  personId: number;
  loss: FamilyLoss;
  held: EnrollmentType;
  effectiveOn: string;
}) {
  const { t } = useTranslation('portal');
  const format = useFormat();
  const eligibility = useApi<PersonEligibility>(`persons/${personId}/eligibility`);
  const memberId = eligibility.data?.household.enrollment.facts.selfPlusOneMemberId;
  const named = held === 'self_plus_one' && (typeof memberId === 'string' || typeof memberId === 'number');
  const member = useApi<{ name: string }>(named ? `persons/${memberId}` : null);
  const name = member.data?.name;
  const values = { type: t(`types.${held}`), date: format.date(effectiveOn), ...(name ? { name } : {}) };
  const key = familyLossMessage(loss, held, name !== undefined);
  return (
    <Alert type="warning" data-testid="family-loss" className="margin-bottom-3">
      <AlertHeading level="h3">{t('enroll.review.family.heading')}</AlertHeading>
      <AlertText>{t(`enroll.review.family.${key}`, values)}</AlertText>
    </Alert>
  );
}
