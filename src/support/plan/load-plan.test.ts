import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PshbError } from '../../errors.ts';
import { listShippedPlans, parseSupportPlan, resolveSupportPlan, shippedPlanPath } from './load-plan.ts';

function shipped(name = 'open-season-77'): Record<string, unknown> {
  return JSON.parse(readFileSync(shippedPlanPath(name), 'utf8')) as Record<string, unknown>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests reach into the plan's JSON freely
type PlanJson = any;

function problems(mutate: (plan: PlanJson) => void, file = 'my-plan.json'): PshbError {
  const plan = shipped();
  mutate(plan);
  try {
    parseSupportPlan(JSON.stringify(plan, null, 2), file);
  } catch (error) {
    if (error instanceof PshbError) return error;
    throw error;
  }
  throw new Error('the plan was accepted');
}

const fields = (error: PshbError): (string | undefined)[] => error.details.map((d) => d.field);

describe('support plan loading', () => {
  it('accepts both shipped plans', () => {
    expect(listShippedPlans()).toEqual(['open-season-77', 'original-16']);
    for (const name of listShippedPlans()) expect(resolveSupportPlan(name).plan.id).toBe(name);
  });

  it('names the file and the field of a schema error', () => {
    const error = problems((plan) => {
      plan.partners[0].staff.shrinkage = 1.5;
      plan.serviceTarget.answerWithinSeconds = 'soon';
    });
    expect(error.code).toBe('INVALID_FILE');
    expect(error.message).toContain('my-plan.json');
    expect(fields(error)).toEqual(
      expect.arrayContaining(['partners[0].staff.shrinkage', 'serviceTarget.answerWithinSeconds']),
    );
  });

  it('refuses an unknown trigger metric, naming the field', () => {
    const error = problems((plan) => {
      plan.contingency.levels[0].triggers[0].metric = 'mood';
    });
    expect(fields(error)).toContain('contingency.levels[0].triggers[0].metric');
  });

  it('gives the line of a JSON syntax error', () => {
    try {
      parseSupportPlan('{\n  "id": "x",\n  oops\n}', 'broken.json');
      expect.unreachable();
    } catch (error) {
      expect((error as PshbError).message).toContain('broken.json');
      expect((error as PshbError).details[0]?.line).toBe(3);
    }
  });

  it('requires exactly one accountable partner per request type', () => {
    const error = problems((plan) => {
      plan.raci.push({ ...plan.raci[0], accountable: 'helpline' });
    });
    expect(
      error.details.some((d) => d.field === `raci[10].requestType` && /exactly one/.test(d.message)),
    ).toBe(true);
    const missing = problems((plan) => {
      plan.raci.pop();
    });
    expect(missing.details.some((d) => /complaints.*no accountable partner/.test(d.message))).toBe(true);
  });

  it('refuses routing to partners and skills that do not exist', () => {
    const error = problems((plan) => {
      plan.routing.rules[0].entryTier = 'nobody';
      plan.requestTypes[1].skill = 'telepathy';
      plan.raci[2].consulted.push('ghost-office');
    });
    expect(fields(error)).toEqual(
      expect.arrayContaining(['routing.rules[0].entryTier', 'requestTypes[1].skill', 'raci[2].consulted[1]']),
    );
  });

  it('refuses overflow tiers that loop', () => {
    const error = problems((plan) => {
      plan.routing.tiers[2].overflowTo = 'helpline';
      plan.routing.tiers[2].overflowAfterSeconds = 30;
    });
    expect(error.details.some((d) => /loops back/.test(d.message))).toBe(true);
  });

  it('refuses triggers on partners without a tier and actions on unknown groups', () => {
    const error = problems((plan) => {
      plan.contingency.levels[0].triggers[0].scope = 'login-gov';
      plan.contingency.levels[1].actions[1].group = 'night-shift';
    });
    expect(fields(error)).toEqual(
      expect.arrayContaining([
        'contingency.levels[0].triggers[0].scope',
        'contingency.levels[1].actions[1].group',
      ]),
    );
  });

  it('refuses request type shares that do not add up to 1', () => {
    const error = problems((plan) => {
      plan.requestTypes[0].share = 0.5;
    });
    expect(error.details.some((d) => d.field === 'requestTypes' && /add up to/.test(d.message))).toBe(true);
  });

  it('names an unknown shipped plan and lists the shipped ones', () => {
    expect(() => resolveSupportPlan('no-such-plan')).toThrow(/original-16/);
  });
});

describe('plans the operation could not run are refused with the field named', () => {
  it('a request type assigned to no one: no RACI row, no menu option, no route', () => {
    const error = problems((plan) => {
      plan.raci = plan.raci.filter((r: { requestType: string }) => r.requestType !== 'complaints');
      plan.ivr.options = plan.ivr.options.filter(
        (o: { requestType: string }) => o.requestType !== 'complaints',
      );
      plan.routing.rules = plan.routing.rules.filter(
        (r: { requestType: string }) => r.requestType !== 'complaints',
      );
    });
    const index = shipped().requestTypes as { id: string }[];
    const field = `requestTypes[${index.findIndex((t) => t.id === 'complaints')}]`;
    const messages = error.details.filter((d) => d.field === field).map((d) => d.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        'request type "complaints" has no accountable partner in raci',
        'request type "complaints" has no option in ivr.options',
        'request type "complaints" has no rule in routing.rules',
      ]),
    );
  });

  it('a cycle in the overflow tiers', () => {
    const error = problems((plan) => {
      plan.routing.tiers[2].overflowTo = 'retirement-information-office';
      plan.routing.tiers[2].overflowAfterSeconds = 30;
    });
    expect(error.code).toBe('INVALID_FILE');
    expect(error.details).toEqual(
      expect.arrayContaining([
        {
          field: 'routing.tiers[1].overflowTo',
          message:
            'overflow from "retirement-information-office" loops back to "retirement-information-office"',
        },
      ]),
    );
  });

  it('a trigger naming a metric the operation does not measure', () => {
    const error = problems((plan) => {
      plan.contingency.levels[1].triggers[0].metric = 'caller-mood';
    });
    const detail = error.details.find((d) => d.field === 'contingency.levels[1].triggers[0].metric');
    expect(detail?.message).toMatch(/service-level.*occupancy/);
  });
});
