// The written support plan, produced from the plan data so the document every partner reads and the
// operation that is simulated and run can never disagree.
import type { ContingencyAction } from './contingency.ts';
import type { SupportPlan } from './support-plan.ts';

const cell = (text: string | number): string => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');

function table(head: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return [
    `| ${head.map(cell).join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

export function renderPlanDocument(plan: SupportPlan): string {
  const name = (id: string): string => plan.partners.find((p) => p.id === id)?.name ?? id;
  const typeName = (id: string): string => plan.requestTypes.find((r) => r.id === id)?.name ?? id;
  const t = plan.serviceTarget;
  const hours = (h: { days: readonly string[]; open: string; close: string } | null): string =>
    h ? `${h.days.join(', ')} ${h.open}–${h.close} ET` : 'no calls from the network';
  const action = (a: ContingencyAction): string => {
    switch (a.type) {
      case 'open-overflow':
        return `open the ${name(a.tier)} tier`;
      case 'offer-callbacks':
        return `${name(a.partner)} offers callbacks when more than ${a.whenQueueAbove} callers wait (${Math.round(a.acceptance * 100)}% expected to accept)`;
      case 'overtime':
        return `${a.agents} overtime agents in ${name(a.partner)} / ${a.group}`;
      case 'ivr-message':
        return `play "${plan.ivr.messages.find((m) => m.id === a.message)?.text ?? a.message}"`;
      case 'escalate':
        return `escalate: ${plan.escalationPaths.find((p) => p.id === a.path)?.name ?? a.path}`;
    }
  };
  const sections: string[] = [
    `# ${plan.name}`,
    `Version ${plan.version}. Source: ${plan.source}.${plan.sourceNote ? ` ${plan.sourceNote}` : ''}`,
    `## Service target\n\n${Math.round(t.serviceLevel * 100)}% of callers who join a queue are answered within ${t.answerWithinSeconds} seconds; at most ${Math.round(t.maxAbandonmentRate * 100)}% hang up while waiting.${t.sourceNote ? ` (${t.sourceNote})` : ''}`,
    `## Partners and their roles\n\n${table(
      ['partner', 'kind', 'role', 'hours', 'staff'],
      plan.partners.map((p) => [
        p.name,
        p.kind,
        p.role,
        hours(p.hours),
        p.staff
          ? `${p.staff.headcount} headcount; ${p.staff.groups.map((g) => `${g.id}: ${g.agents} (${g.skills.join(', ')})`).join('; ')}; shrinkage ${Math.round(p.staff.shrinkage * 100)}%`
          : '–',
      ]),
    )}`,
    `## Request types and who owns them (RACI)\n\n${table(
      ['request type', 'share', 'handle time', 'responsible', 'accountable', 'consulted', 'informed'],
      plan.raci.map((r) => {
        const type = plan.requestTypes.find((x) => x.id === r.requestType);
        return [
          typeName(r.requestType),
          type ? `${Math.round(type.share * 100)}%` : '',
          type ? `${Math.round(type.ahtSeconds / 60)} min` : '',
          r.responsible.map(name).join(', '),
          name(r.accountable),
          r.consulted.map(name).join(', ') || '–',
          r.informed.map(name).join(', ') || '–',
        ];
      }),
    )}`,
    `## The phone menu\n\nOpen ${hours(plan.ivr.hours)}. Greeting: "${plan.ivr.messages.find((m) => m.id === plan.ivr.greeting)?.text ?? ''}"\n\n${table(
      ['key', 'for', 'request type', 'self-service resolves', 'then'],
      plan.ivr.options.map((o) => {
        const rule = plan.routing.rules.find((r) => r.requestType === o.requestType);
        const then =
          rule?.route === 'queue'
            ? `queue at ${name(rule.entryTier)}`
            : rule
              ? `referred to ${name(rule.referTo)}`
              : '';
        return [
          o.key,
          o.prompt,
          typeName(o.requestType),
          `${Math.round(o.selfServiceContainment * 100)}%`,
          then,
        ];
      }),
    )}`,
    `## Routing and overflow tiers\n\n${table(
      ['tier', 'opens', 'overflow to', 'after'],
      plan.routing.tiers.map((tier) => [
        name(tier.partner),
        tier.opens === 'always' ? 'always' : 'by a contingency level',
        tier.overflowTo ? name(tier.overflowTo) : '–',
        tier.overflowAfterSeconds ? `${tier.overflowAfterSeconds} s` : '–',
      ]),
    )}`,
    `## Contingency levels\n\nMeasured every ${plan.contingency.intervalMinutes} minutes while the lines are open.\n\n${
      plan.contingency.levels.length === 0
        ? 'None.'
        : table(
            ['level', 'fires when', 'actions', 'stands down after'],
            plan.contingency.levels.map((l) => [
              l.name,
              l.triggers
                .map(
                  (c) =>
                    `${c.metric} of ${c.scope === 'network' ? 'the network' : name(c.scope)} ${c.comparison} ${c.threshold} for ${c.forIntervals} interval(s)`,
                )
                .join('; or '),
              l.actions.map(action).join('; '),
              `${l.releaseAfterIntervals} clear interval(s)`,
            ]),
          )
    }`,
    `## Escalation paths\n\n${plan.escalationPaths
      .map(
        (p) =>
          `**${p.name}**: ${p.when}\n\n${p.steps.map((s, i) => `${i + 1}. ${name(s.partner)} within ${s.withinMinutes} minutes (${s.channel})`).join('\n')}`,
      )
      .join('\n\n')}`,
    `## Scripted answers\n\nEvery partner listed uses these words.\n\n${plan.scriptedAnswers
      .map(
        (a) =>
          `**${a.question}** (${typeName(a.requestType)}; ${a.source})\n\n> ${a.answer}\n\nUsed by: ${a.usedBy.map(name).join(', ')}.`,
      )
      .join('\n\n')}`,
    `## Forecast\n\n${plan.demand.totalContacts.toLocaleString('en-US')} contacts from ${plan.demand.start} to ${plan.demand.end}, extended to ${plan.demand.extendedTo}; launch day ${plan.demand.launch.peakMultiplier}× a normal day, the last ${plan.demand.deadlineSurge.days} days before the deadline ${plan.demand.deadlineSurge.multiplier}×, the extension ${plan.demand.extension.multiplier}×; callers wait ${plan.demand.patienceSeconds} s on average before hanging up.${plan.demand.sourceNote ? ` (${plan.demand.sourceNote})` : ''}`,
  ];
  return sections.join('\n\n') + '\n';
}
