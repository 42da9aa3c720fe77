// Who may see and change a carrier's performance evaluation and its evidence: the access policy's
// 'performance' resource, scoped by the carrier evaluated (a carrier user sees its own only). Every
// read and every refusal is written to the audit log, like reads of personal data.
import { PshbError } from '../../errors.ts';
import { authorizeAndAudit } from '../../security/audit-log.ts';
import type { Principal } from '../../security/principal.ts';
import type { Store } from '../../storage/store.ts';

export type PerformanceAction = 'performance.read' | 'performance.evaluate' | 'performance.respond';

/** Checks and audits one action on one carrier's evaluation or evidence; FORBIDDEN when refused. */
export async function requirePerformanceAccess(
  store: Store,
  principal: Principal,
  action: PerformanceAction,
  carrierCode: string,
  context: { readonly purpose: string; readonly resourceId?: string; readonly requestId?: string },
): Promise<void> {
  const decision = await authorizeAndAudit(
    store,
    principal,
    action,
    { kind: 'performance', carrierCodes: [carrierCode] },
    { purpose: context.purpose, resourceId: context.resourceId ?? carrierCode, requestId: context.requestId },
    { alwaysRecord: true },
  );
  if (!decision.allowed) throw new PshbError('FORBIDDEN', `${action} refused: ${decision.reason}`);
}

/**
 * The carriers a list may show the principal: every carrier (undefined) for those who read all, the
 * principal's own for a carrier user. Asking a carrier user's list for another carrier is refused and
 * audited; the list read itself is audited.
 */
export async function readableCarriers(
  store: Store,
  principal: Principal,
  asked: string | undefined,
  context: { readonly purpose: string; readonly requestId?: string },
): Promise<readonly string[] | undefined> {
  if (principal.role === 'carrier') {
    const own = principal.carrierCodes ?? [];
    const scope = asked === undefined ? own : [asked];
    const decision = await authorizeAndAudit(
      store,
      principal,
      'performance.read',
      { kind: 'performance', carrierCodes: scope },
      { purpose: context.purpose, resourceId: scope.join(','), requestId: context.requestId },
      { alwaysRecord: true },
    );
    if (!decision.allowed) throw new PshbError('FORBIDDEN', `performance.read refused: ${decision.reason}`);
    return scope;
  }
  const decision = await authorizeAndAudit(
    store,
    principal,
    'performance.read',
    { kind: 'performance', carrierCodes: asked === undefined ? [] : [asked] },
    { purpose: context.purpose, resourceId: asked ?? 'all carriers', requestId: context.requestId },
    { alwaysRecord: true },
  );
  if (!decision.allowed) throw new PshbError('FORBIDDEN', `performance.read refused: ${decision.reason}`);
  return asked === undefined ? undefined : [asked];
}
