import { describe, expect, it } from 'vitest';
import { resolveSupportPlan } from '../plan/load-plan.ts';
import { renderPlanDocument } from './support-outputs.ts';

describe('the written plan', () => {
  it('lists every partner, the RACI owner of every request type and the contingency levels', async () => {
    const { plan } = resolveSupportPlan('open-season-77');
    const document = String((await renderPlanDocument(plan, 'md')).body);
    for (const partner of plan.partners) expect(document).toContain(partner.name);
    for (const type of plan.requestTypes) expect(document).toContain(type.name);
    for (const level of plan.contingency.levels) expect(document).toContain(level.name);
    expect(document).toContain('## Scripted answers');
  });
});
