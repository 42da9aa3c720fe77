// Service recovery (OMB Circular A-11, Section 280: act on feedback): a negative response whose
// respondent asked to be contacted opens a support case for the person behind the transaction, with
// the contact details the respondent gave in the case's first note. The response itself keeps none of
// it, and the case does not name the response, so the answers stay unlinked to the person.
import { PshbError } from '../../errors.ts';
import { personOfTransaction } from '../../storage/cx/transaction-scan.ts';
import type { Executor } from '../../storage/executor.ts';
import { openCase } from '../../support/cases/case-opening.ts';
import type { SupportCase } from '../../support/cases/support-cases.ts';
import type { SupportPlan } from '../../support/plan/support-plan.ts';

export const SERVICE_RECOVERY_ACTOR = {
  id: 'cx-service-recovery',
  role: 'program_administrator',
  partner: null,
} as const;
export const SERVICE_RECOVERY_REQUEST_TYPE = 'complaints';

export interface ContactRequest {
  readonly method: 'phone' | 'email';
  /** The phone number or e-mail address the respondent gave: stored in the case only. */
  readonly value: string;
  readonly name?: string | undefined;
}

export interface RecoveryContext {
  readonly transactionReference: string;
  readonly transactionPoint: string;
  readonly partner: string | null;
  readonly language: string;
  readonly drivers: readonly string[];
  readonly at: Date;
}

/** Opens the service recovery case; run it in the response's transaction. */
export async function openServiceRecoveryCase(
  executor: Executor,
  plan: SupportPlan,
  contact: ContactRequest,
  context: RecoveryContext,
): Promise<SupportCase> {
  const personId = await personOfTransaction(executor, context.transactionReference);
  if (personId === undefined)
    throw new PshbError(
      'NOT_FOUND',
      `the transaction behind the invitation (${context.transactionReference}) is no longer known`,
    );
  const said = context.drivers.length > 0 ? ` What did not go well: ${context.drivers.join(', ')}.` : '';
  return openCase(executor, plan, {
    personId,
    channel: contact.method === 'email' ? 'email' : 'phone',
    requestType: SERVICE_RECOVERY_REQUEST_TYPE,
    priority: 'high',
    subject: `Service recovery: a customer asked to be contacted after ${context.transactionPoint}`,
    note:
      `The customer answered the post-transaction survey negatively and asked to be contacted ` +
      `by ${contact.method} at ${contact.value}${contact.name ? ` (${contact.name})` : ''}, in ${context.language === 'es' ? 'Spanish' : 'English'}.` +
      said,
    actor: SERVICE_RECOVERY_ACTOR,
    at: context.at,
  });
}
