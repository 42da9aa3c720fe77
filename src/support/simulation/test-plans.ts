// Small plans for tests: one queue with flat demand, the conditions Erlang C assumes.
import { supportPlan, type SupportPlan } from '../plan/support-plan.ts';

export function singleQueuePlan(options: {
  agents: number;
  callsPerHalfHour: number;
  ahtSeconds: number;
  patienceSeconds: number;
  answerWithinSeconds: number;
  days?: number;
}): SupportPlan {
  const days = options.days ?? 7;
  const allDays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
  const hours = { days: allDays, open: '00:00', close: '24:00' };
  return supportPlan.parse({
    id: 'single-queue',
    name: 'One queue, flat demand',
    version: 'test',
    source: 'test',
    serviceTarget: {
      serviceLevel: 0.8,
      answerWithinSeconds: options.answerWithinSeconds,
      maxAbandonmentRate: 0.05,
    },
    partners: [
      {
        id: 'desk',
        name: 'Desk',
        kind: 'contractor',
        role: 'answers',
        hours,
        staff: {
          headcount: options.agents,
          groups: [{ id: 'all', skills: ['any'], agents: options.agents }],
          shrinkage: 0,
        },
        source: 'test',
      },
    ],
    skills: [{ id: 'any', name: 'Anything' }],
    requestTypes: [
      {
        id: 'question',
        name: 'Question',
        description: 'q',
        skill: 'any',
        share: 1,
        ahtSeconds: options.ahtSeconds,
      },
    ],
    raci: [{ requestType: 'question', responsible: ['desk'], accountable: 'desk' }],
    ivr: {
      hours,
      greeting: 'hello',
      messages: [{ id: 'hello', text: 'Hello' }],
      options: [{ key: '1', prompt: 'questions', requestType: 'question', selfServiceContainment: 0 }],
    },
    routing: {
      tiers: [{ partner: 'desk', overflowTo: null, overflowAfterSeconds: null, opens: 'always' }],
      rules: [{ requestType: 'question', route: 'queue', entryTier: 'desk' }],
    },
    contingency: { intervalMinutes: 30, levels: [] },
    demand: {
      openSeason: 'TEST',
      start: '2024-11-11',
      end: `2024-11-${String(10 + days).padStart(2, '0')}`,
      extendedTo: `2024-11-${String(10 + days).padStart(2, '0')}`,
      totalContacts: options.callsPerHalfHour * 48 * days,
      dayOfWeekWeights: { mon: 1, tue: 1, wed: 1, thu: 1, fri: 1, sat: 1, sun: 1 },
      launch: { peakMultiplier: 1, decayPerDay: 0 },
      deadlineSurge: { days: 0, multiplier: 1 },
      extension: { multiplier: 1 },
      hourOfDayWeights: Array.from({ length: 24 }, () => 1),
      patienceSeconds: options.patienceSeconds,
    },
  });
}
