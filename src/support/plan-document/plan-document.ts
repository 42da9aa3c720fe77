// The Customer Support Operations Plan as one document model, built from the plan data alone: the
// staffing comes from the Erlang models on the plan's own forecast, and the evidence from a seeded
// simulation of the same plan. Markdown, HTML and PDF are renderings of this model, so changing the
// plan and regenerating changes every format, and none can disagree with the operation.
import type { ContingencyAction } from '../plan/contingency.ts';
import { minutesOfDay } from '../plan/operating-hours.ts';
import type { OperatingHours } from '../plan/operating-hours.ts';
import type { SupportPlan } from '../plan/support-plan.ts';
import { arrivalCurve, SLOT_SECONDS } from '../simulation/arrival-curve.ts';
import { serviceLevelChart } from '../simulation/service-level-chart.ts';
import { simulateSeason } from '../simulation/simulate.ts';
import type { SimulationReport } from '../simulation/simulation-report.ts';
import { staffForecast, type ForecastStaffing } from '../staffing/forecast-staffing.ts';
import {
  count,
  list,
  paragraph,
  percent,
  seconds,
  table,
  type Block,
  type DocumentModel,
  type Section,
} from '../document/document.ts';
import { simulatedDailyReport } from '../reports/from-simulation.ts';
import { NETWORK, REPORT_DEFINITIONS } from '../reports/performance-report.ts';

export interface PlanDocumentOptions {
  /** Seed of the simulation giving the evidence; the same seed gives the same document. */
  readonly seed?: number;
  /** Contacts to simulate instead of the forecast's total (smaller runs for quick drafts). */
  readonly contacts?: number;
  /** A simulation already run on this plan, to reuse instead of running one. */
  readonly simulation?: SimulationReport;
}

const HALF_HOUR = 1800;

export function buildPlanDocument(plan: SupportPlan, options: PlanDocumentOptions = {}): DocumentModel {
  const simulation =
    options.simulation ??
    simulateSeason(plan, {
      seed: options.seed ?? 1,
      ...(options.contacts !== undefined ? { contacts: options.contacts, scaleStaff: true } : {}),
    });
  const names = new Map(plan.partners.map((p) => [p.id, p.name]));
  const name = (id: string): string => names.get(id) ?? id;
  const typeName = (id: string): string => plan.requestTypes.find((r) => r.id === id)?.name ?? id;
  const message = (id: string): string => plan.ivr.messages.find((m) => m.id === id)?.text ?? id;
  const t = plan.serviceTarget;

  const sections: Section[] = [
    purpose(plan),
    partnersSection(plan),
    raciSection(plan, name, typeName),
    requestTypesSection(plan, name),
    routingSection(plan, name, typeName, message),
    contingencySection(plan, name, message),
    staffingSection(plan, simulation, name),
    metricsSection(plan),
    escalationSection(plan, name, typeName),
    forecastSection(plan),
  ];
  return {
    title: `Customer Support Operations Plan: ${plan.name}`,
    subtitle: `Plan ${plan.id}, version ${plan.version}. Target: ${percent(t.serviceLevel, 0)} of callers answered within ${t.answerWithinSeconds} seconds, at most ${percent(t.maxAbandonmentRate, 0)} abandoned. Generated from the plan data; simulation seed ${simulation.seed}.`,
    sections,
  };
}

function hoursText(h: OperatingHours | null): string {
  return h ? `${h.days.join(', ')} ${h.open}–${h.close} Eastern` : 'takes no calls from the network';
}

function purpose(plan: SupportPlan): Section {
  const staffed = plan.partners.filter((p) => p.staff);
  return {
    id: 'purpose',
    heading: '1. Purpose',
    blocks: [
      paragraph(
        `This plan documents how the ${plan.partners.length} agencies and organizations of the Postal Service Health Benefits support network work together during the ${plan.demand.openSeason} open season, so that every partner knows its role, where each kind of request goes, and what to do when the lines fall behind; and so that every partner gives callers the same answers.`,
      ),
      paragraph(
        `It is generated from the plan data (${plan.id}, version ${plan.version}; source: ${plan.source}). The same data drives the phone menu, routing, staffing and the simulation, so the plan and the operation cannot disagree: to change the operation, change the data and regenerate this document.`,
      ),
      ...(plan.sourceNote ? [paragraph(`Assumptions: ${plan.sourceNote}`)] : []),
      paragraph(
        `${staffed.length} partner(s) answer calls in the network's queues; the others take referrals on their own lines or handle escalations.`,
      ),
    ],
  };
}

function partnersSection(plan: SupportPlan): Section {
  return {
    id: 'partners',
    heading: '2. Partners and contacts',
    blocks: [
      table(
        'Partners, their roles, hours, contacts and staff',
        ['partner', 'kind', 'role', 'hours', 'contact', 'staff'],
        plan.partners.map((p) => [
          p.name,
          p.kind,
          p.role,
          hoursText(p.hours),
          p.contact ?? '–',
          p.staff
            ? `${p.staff.headcount} headcount; ${p.staff.groups.map((g) => `${g.id}: ${g.agents} agents (${g.skills.join(', ')})`).join('; ')}; shrinkage ${percent(p.staff.shrinkage, 0)}`
            : '–',
        ]),
      ),
    ],
  };
}

function raciSection(
  plan: SupportPlan,
  name: (id: string) => string,
  typeName: (id: string) => string,
): Section {
  return {
    id: 'raci',
    heading: '3. Roles and responsibilities (RACI)',
    blocks: [
      paragraph(
        'Responsible partners do the work; the one accountable partner owns the outcome; consulted partners are asked before acting; informed partners are told after. Every request type has exactly one accountable partner.',
      ),
      table(
        'Who is responsible, accountable, consulted and informed for each request type',
        ['request type', 'responsible', 'accountable', 'consulted', 'informed'],
        plan.raci.map((r) => [
          typeName(r.requestType),
          r.responsible.map(name).join(', '),
          name(r.accountable),
          r.consulted.map(name).join(', ') || '–',
          r.informed.map(name).join(', ') || '–',
        ]),
      ),
    ],
  };
}

function tierChain(plan: SupportPlan, entry: string, name: (id: string) => string): string {
  const parts: string[] = [];
  let at: string | null = entry;
  const seen = new Set<string>();
  while (at !== null && !seen.has(at)) {
    seen.add(at);
    const tier = plan.routing.tiers.find((x) => x.partner === at);
    parts.push(name(at) + (tier?.opens === 'contingency' ? ' (when opened)' : ''));
    at = tier?.overflowTo ?? null;
  }
  return parts.join(' → ');
}

function requestTypesSection(plan: SupportPlan, name: (id: string) => string): Section {
  return {
    id: 'request-types',
    heading: '4. Request types and where each goes',
    blocks: [
      table(
        'Request types, their share of contacts, handle time, skill and destination',
        ['request type', 'what it is', 'share', 'handle time', 'skill', 'goes to'],
        plan.requestTypes.map((type) => {
          const rule = plan.routing.rules.find((r) => r.requestType === type.id);
          const where =
            rule?.route === 'queue'
              ? `queue: ${tierChain(plan, rule.entryTier, name)}`
              : rule
                ? `referred to ${name(rule.referTo)}${plan.partners.find((p) => p.id === rule.referTo)?.contact ? ` (${plan.partners.find((p) => p.id === rule.referTo)!.contact})` : ''}`
                : 'no route';
          return [
            type.name,
            type.description,
            percent(type.share),
            `${Math.round(type.ahtSeconds)} s`,
            plan.skills.find((s) => s.id === type.skill)?.name ?? type.skill,
            where,
          ];
        }),
      ),
    ],
  };
}

function routingSection(
  plan: SupportPlan,
  name: (id: string) => string,
  typeName: (id: string) => string,
  message: (id: string) => string,
): Section {
  return {
    id: 'routing',
    heading: '5. Routing and the phone menu',
    blocks: [
      paragraph(
        `The phone menu takes calls ${hoursText(plan.ivr.hours)}. Greeting: “${message(plan.ivr.greeting)}”`,
      ),
      table(
        'Phone menu options',
        ['key', 'prompt', 'request type', 'self-service resolves', 'then'],
        plan.ivr.options.map((o) => {
          const rule = plan.routing.rules.find((r) => r.requestType === o.requestType);
          const then =
            rule?.route === 'queue'
              ? `queue at ${name(rule.entryTier)}`
              : rule
                ? `message “${message(rule.message)}”, referred to ${name(rule.referTo)}`
                : '–';
          return [o.key, o.prompt, typeName(o.requestType), percent(o.selfServiceContainment, 0), then];
        }),
      ),
      paragraph(
        'A caller waiting longer than a tier’s overflow time is also offered to the next tier; the first free agent with the skill in either answers. Contingency tiers take overflow only while a contingency level has opened them.',
      ),
      table(
        'Overflow tiers',
        ['tier', 'opens', 'overflow to', 'after'],
        plan.routing.tiers.map((tier) => [
          name(tier.partner),
          tier.opens === 'always' ? 'always' : 'by a contingency level',
          tier.overflowTo ? name(tier.overflowTo) : '–',
          tier.overflowAfterSeconds ? `${tier.overflowAfterSeconds} s` : '–',
        ]),
      ),
    ],
  };
}

export function describeAction(
  plan: SupportPlan,
  a: ContingencyAction,
  name: (id: string) => string,
  message: (id: string) => string,
): string {
  switch (a.type) {
    case 'open-overflow':
      return `open the ${name(a.tier)} tier`;
    case 'offer-callbacks':
      return `${name(a.partner)} offers callbacks when more than ${a.whenQueueAbove} callers wait (${percent(a.acceptance, 0)} expected to accept)`;
    case 'overtime':
      return `${a.agents} overtime agents in ${name(a.partner)} (${a.group})`;
    case 'ivr-message':
      return `play “${message(a.message)}”`;
    case 'escalate':
      return `escalate: ${plan.escalationPaths.find((p) => p.id === a.path)?.name ?? a.path}`;
  }
}

function contingencySection(
  plan: SupportPlan,
  name: (id: string) => string,
  message: (id: string) => string,
): Section {
  const metric: Record<string, string> = {
    'service-level': 'service level',
    'queue-length': 'callers waiting',
    'abandonment-rate': 'abandonment rate',
    'average-speed-of-answer': 'average speed of answer (s)',
    occupancy: 'occupancy',
  };
  return {
    id: 'contingency',
    heading: '6. Contingency levels and triggers',
    blocks: [
      paragraph(
        `The triggers are measured every ${plan.contingency.intervalMinutes} minutes while the lines are open. A level fires when any of its triggers has held for its number of intervals in a row; its actions take effect at once, and it stands down after the given number of clear intervals.`,
      ),
      plan.contingency.levels.length === 0
        ? paragraph('This plan has no contingency levels.')
        : table(
            'Contingency levels, their triggers and actions',
            ['level', 'fires when', 'actions', 'stands down after'],
            plan.contingency.levels.map((l) => [
              l.name,
              l.triggers
                .map(
                  (c) =>
                    `${metric[c.metric] ?? c.metric} of ${c.scope === 'network' ? 'the network' : name(c.scope)} ${c.comparison} ${c.threshold} for ${c.forIntervals} interval(s)`,
                )
                .join('; or '),
              l.actions.map((a) => describeAction(plan, a, name, message)).join('; '),
              `${l.releaseAfterIntervals} clear interval(s)`,
            ]),
          ),
    ],
  };
}

/** Half-hour staffing of the busiest forecast day, from the Erlang A model (callers hang up). */
export function peakDayStaffing(plan: SupportPlan): { date: string; staffing: ForecastStaffing } | null {
  const curve = arrivalCurve(plan);
  const slotsPerDay = 86_400 / SLOT_SECONDS;
  let best = -1;
  curve.days.forEach((d, i) => {
    if (d.open && (best < 0 || d.weight > curve.days[best]!.weight)) best = i;
  });
  if (best < 0) return null;
  let queuedShare = 0;
  let ahtWeighted = 0;
  for (const type of plan.requestTypes) {
    const rule = plan.routing.rules.find((r) => r.requestType === type.id);
    if (rule?.route !== 'queue') continue;
    const contained = plan.ivr.options.find((o) => o.requestType === type.id)?.selfServiceContainment ?? 0;
    const share = type.share * (1 - contained);
    queuedShare += share;
    ahtWeighted += share * type.ahtSeconds;
  }
  if (queuedShare === 0) return null;
  const aht = ahtWeighted / queuedShare;
  const open = minutesOfDay(plan.ivr.hours.open);
  const close = minutesOfDay(plan.ivr.hours.close);
  const intervals = [];
  for (let minute = open; minute < close; minute += HALF_HOUR / 60) {
    let calls = 0;
    for (let s = 0; s < HALF_HOUR / SLOT_SECONDS; s++) {
      const slot = Math.floor((minute * 60) / SLOT_SECONDS) + s;
      calls += (curve.rates[best * slotsPerDay + slot] ?? 0) * SLOT_SECONDS;
    }
    const hh = String(Math.floor(minute / 60)).padStart(2, '0');
    const mm = String(minute % 60).padStart(2, '0');
    intervals.push({ start: `${hh}:${mm}`, calls: Math.round(calls * queuedShare) });
  }
  const entryShrinkage = plan.routing.tiers
    .filter((tier) => tier.opens === 'always')
    .map((tier) => plan.partners.find((p) => p.id === tier.partner)?.staff?.shrinkage ?? 0);
  const shrinkage = entryShrinkage.length > 0 ? Math.max(...entryShrinkage) : 0;
  const staffing = staffForecast(intervals, {
    intervalSeconds: HALF_HOUR,
    ahtSeconds: aht,
    serviceLevel: plan.serviceTarget.serviceLevel,
    answerWithinSeconds: plan.serviceTarget.answerWithinSeconds,
    shrinkage,
    patienceSeconds: plan.demand.patienceSeconds,
  });
  return { date: curve.days[best]!.date, staffing };
}

function staffingSection(plan: SupportPlan, report: SimulationReport, name: (id: string) => string): Section {
  const onPhones = (opens: 'always' | 'contingency'): number =>
    plan.routing.tiers
      .filter((tier) => tier.opens === opens)
      .reduce((sum, tier) => {
        const staff = plan.partners.find((p) => p.id === tier.partner)?.staff;
        if (!staff) return sum;
        const agents = staff.groups.reduce((a, g) => a + g.agents, 0);
        return sum + Math.round(agents * (1 - staff.shrinkage));
      }, 0);
  const always = onPhones('always');
  const contingency = onPhones('contingency');
  const peak = peakDayStaffing(plan);
  const erlang: Block[] = peak
    ? [
        paragraph(
          `Erlang A (callers hang up after ${plan.demand.patienceSeconds} s on average) sizes each half hour of the busiest forecast day, ${peak.date}: at the peak ${peak.staffing.peakAgents} agents must be on the phones (${peak.staffing.peakScheduled} scheduled) to answer ${percent(plan.serviceTarget.serviceLevel, 0)} within ${plan.serviceTarget.answerWithinSeconds} s. The plan puts ${always} agents on the phones in the always-open tiers${contingency > 0 ? `, and ${contingency} more in contingency tiers` : ''}: ${always >= peak.staffing.peakAgents ? 'enough for the peak without contingencies' : always + contingency >= peak.staffing.peakAgents ? 'the peak needs the contingency tiers opened' : `short of the peak by ${peak.staffing.peakAgents - always - contingency} even with every contingency tier open`}.`,
        ),
        table(
          `Staffing by half hour on ${peak.date} (Erlang A)`,
          [
            'starts',
            'calls reaching a queue',
            'agents on the phones',
            'agents to schedule',
            'service level',
            'ASA',
          ],
          peak.staffing.intervals.map((i) => [
            i.start ?? '',
            count(i.calls),
            count(i.agents),
            count(i.scheduled),
            percent(i.serviceLevel),
            seconds(i.averageSpeedOfAnswer),
          ]),
        ),
      ]
    : [paragraph('No request type reaches a queue, so no phone staffing is needed.')];
  const s = report.season;
  // The day's figures as the contact-center page computes them (one computation, one figure).
  const daily = simulatedDailyReport(report);
  const firingsByLevel = new Map<string, number>();
  for (const f of report.contingencies) firingsByLevel.set(f.name, (firingsByLevel.get(f.name) ?? 0) + 1);
  const simulated: Block[] = [
    paragraph(
      `A simulation of the whole season (seed ${report.seed}, ${count(report.conservation.arrivals)} contacts${report.staffScale !== 1 ? `, staff scaled by ${report.staffScale.toFixed(3)}` : ''}) with this plan's menu, routing, overflow, callbacks and contingencies ${s.meetsServiceLevel ? 'meets' : 'misses'} the target: ${percent(s.network.serviceLevel)} answered within ${report.target.answerWithinSeconds} s (${(s.serviceLevelGap * 100).toFixed(1)} points against the target), ${percent(s.network.abandonmentRate)} abandoned, on target ${s.daysMeetingTarget} of ${s.openDays} open days.`,
    ),
    table(
      'Simulated season by partner',
      ['who', 'agents on the phones', 'offered', 'handled', 'abandoned', 'service level', 'ASA', 'occupancy'],
      [
        [
          'Network',
          '–',
          count(s.network.offered),
          count(s.network.handled),
          count(s.network.abandoned),
          percent(s.network.serviceLevel),
          seconds(s.network.asaSeconds),
          percent(s.network.occupancy),
        ],
        ...report.partners.map((p) => {
          const m = s.partners[p.id]!;
          return [
            name(p.id),
            count(p.agents),
            count(m.offered),
            count(m.handled),
            count(m.abandoned),
            percent(m.serviceLevel),
            seconds(m.asaSeconds),
            percent(m.occupancy),
          ];
        }),
      ],
    ),
    { kind: 'chart', chart: serviceLevelChart(report, 'simulated-service-level') },
    table(
      'Simulated service level by day',
      ['day', 'offered', 'network', ...report.partners.map((p) => name(p.id))],
      daily.periods.map((day) => {
        const row = (who: string) => daily.rows.find((r) => r.period === day && r.partner === who);
        return [
          day,
          count(row(NETWORK)?.offered ?? 0),
          percent(row(NETWORK)?.serviceLevel ?? null),
          ...report.partners.map((p) => percent(row(p.id)?.serviceLevel ?? null)),
        ];
      }),
    ),
    firingsByLevel.size === 0
      ? paragraph('No contingency level fired in the simulated season.')
      : table(
          'Simulated contingency firings',
          ['level', 'times fired'],
          [...firingsByLevel].map(([level, n]) => [level, String(n)]),
        ),
  ];
  return {
    id: 'staffing',
    heading: '7. Staffing and its simulated evidence',
    blocks: [],
    subsections: [
      { id: 'staffing-erlang', heading: '7.1 Staffing from the Erlang models', blocks: erlang },
      { id: 'staffing-simulation', heading: '7.2 Simulated evidence', blocks: simulated },
    ],
  };
}

function metricsSection(plan: SupportPlan): Section {
  return {
    id: 'metrics',
    heading: '8. Metrics and reporting cadence',
    blocks: [
      paragraph(
        `Every partner answering calls reports interval statistics from its telephony system (or they are loaded from the network's ACD) at least every ${plan.contingency.intervalMinutes} minutes; the contingency triggers are measured on the same interval. Daily reports per partner and for the network go to every partner the next business morning; weekly reports (Monday to Sunday) go to the program office and the accountable partners each Monday.`,
      ),
      table(
        'Measures in the daily and weekly reports',
        ['measure', 'definition'],
        REPORT_DEFINITIONS.map((d) => [d.measure, d.definition]),
      ),
      paragraph(
        `Target: ${percent(plan.serviceTarget.serviceLevel, 0)} of contacts offered answered within ${plan.serviceTarget.answerWithinSeconds} s; abandonment at most ${percent(plan.serviceTarget.maxAbandonmentRate, 0)}.`,
      ),
    ],
  };
}

function escalationSection(
  plan: SupportPlan,
  name: (id: string) => string,
  typeName: (id: string) => string,
): Section {
  return {
    id: 'escalation',
    heading: '9. Escalation and incident response',
    blocks: plan.escalationPaths.length === 0 ? [paragraph('This plan has no escalation paths.')] : [],
    subsections: [
      ...plan.escalationPaths.map((p) => ({
        id: `escalation-${p.id}`,
        heading: p.name,
        blocks: [
          paragraph(`When: ${p.when}`),
          list(
            p.steps.map((s) => `${name(s.partner)} within ${s.withinMinutes} minutes (${s.channel})`),
            true,
          ),
        ],
      })),
      {
        id: 'scripted-answers',
        heading: 'Scripted answers',
        blocks:
          plan.scriptedAnswers.length === 0
            ? [paragraph('None.')]
            : [
                paragraph(
                  'Every partner listed uses these words, so callers hear the same answer wherever they call.',
                ),
                ...plan.scriptedAnswers.flatMap((a): Block[] => [
                  paragraph(`${a.question} (${typeName(a.requestType)}; source: ${a.source})`),
                  { kind: 'quote', text: a.answer },
                  paragraph(`Used by: ${a.usedBy.map(name).join(', ')}.`),
                ]),
              ],
      },
    ],
  };
}

function forecastSection(plan: SupportPlan): Section {
  const d = plan.demand;
  return {
    id: 'forecast',
    heading: '10. Forecast',
    blocks: [
      paragraph(
        `${count(d.totalContacts)} contacts from ${d.start} to ${d.end}, extended to ${d.extendedTo}; launch day ${d.launch.peakMultiplier} times a normal day, the last ${d.deadlineSurge.days} days before the deadline ${d.deadlineSurge.multiplier} times, the extension ${d.extension.multiplier} times; callers wait ${d.patienceSeconds} s on average before hanging up.${d.sourceNote ? ` (${d.sourceNote})` : ''}`,
      ),
    ],
  };
}
