// Human output of the carrier performance commands: the methods as a table, and a case's proposal
// as a factor table per element with the total, the cap, the amount and the reasons.
import type { PerformanceCaseResult } from '../exchange/carrier-performance/performance-case.ts';
import { yearsInForce } from '../rules/carrier-performance/factor-cap.ts';
import type { PerformanceMethod } from '../rules/carrier-performance/performance-method.ts';
import { formatCents } from '../rules/carrier-performance/premium-amount.ts';
import { formatTable } from './output.ts';

export function formatMethodList(methods: readonly PerformanceMethod[]): string {
  return formatTable(
    ['id', 'version', 'contract years', 'outcome', 'cap', 'title'],
    methods.map((method) => [
      method.id,
      method.version,
      yearsInForce(method),
      method.outcomeKind,
      method.cap.min === 0 ? `${method.cap.max}` : `${method.cap.min} to ${method.cap.max}`,
      method.title,
    ]),
  );
}

function factor(value: number): string {
  return String(value);
}

function score(value: number | null): string {
  return value === null ? '-' : String(Math.round(value * 1000) / 1000);
}

export function formatPerformanceCase(result: PerformanceCaseResult): string {
  const { proposal } = result;
  const plan = proposal.planCode ? ` plan ${proposal.planCode}` : '';
  const lines: string[] = [
    `${result.method.title} [${result.method.id} ${result.method.version}]`,
    `carrier ${proposal.carrierCode}${plan}, contract year ${proposal.contractYear}; premium base ${formatCents(proposal.premiumBase.amountCents)} (${proposal.premiumBase.source})`,
    '',
  ];
  for (const element of proposal.elements) {
    const min = Number(element.decision.facts.minFactor ?? 0);
    const range =
      min === 0
        ? `of at most ${factor(element.maxFactor)}`
        : `(${factor(min)} when every item is met to ${factor(element.maxFactor)} when none is; the items' factors are added to ${factor(min)})`;
    lines.push(`${element.label}: proposed ${factor(element.proposedFactor)} ${range}`);
    lines.push(
      formatTable(
        ['rank', 'item', 'outcome', 'score', 'factor'],
        element.items.map((item, index) => [
          String(index + 1),
          item.label,
          item.decision.outcome,
          score(item.score),
          factor(item.proposedFactor),
        ]),
      ).trimEnd(),
    );
    lines.push('');
  }
  lines.push(
    `total factor ${factor(proposal.totalFactor)} (cap ${proposal.capApplied ? 'applied' : 'not reached'}: ${capText(result)})`,
    amountLine(proposal.outcomeKind, proposal.amountCents),
  );
  if (result.accepted)
    lines.push(
      `accepted factors: total ${factor(result.accepted.totalFactor)}${result.accepted.capApplied ? ' (cap applied)' : ''}, amount ${formatCents(result.accepted.amountCents)}`,
      `  ${result.accepted.decision.explanation}`,
    );
  const reasons = proposal.elements.flatMap((element) =>
    element.items.filter((item) => item.decision.outcome !== 'met').map((item) => item.decision),
  );
  if (reasons.length > 0) {
    lines.push('', 'reasons:');
    for (const reason of reasons)
      lines.push(`  - ${reason.explanation} [${reason.citations[reason.citations.length - 1] ?? ''}]`);
  }
  lines.push('', proposal.decision.explanation);
  return lines.join('\n') + '\n';
}

function capText(result: PerformanceCaseResult): string {
  const cap = result.proposal.decision.facts;
  return cap.capMin === 0 ? `at most ${String(cap.cap)}` : `${String(cap.capMin)} to ${String(cap.cap)}`;
}

function amountLine(kind: 'withhold' | 'adjustment', cents: number): string {
  if (kind === 'withhold') return `amount withheld: ${formatCents(cents)}`;
  const whose = cents > 0 ? ' (owed by the carrier)' : cents < 0 ? ' (credited to the carrier)' : '';
  return `performance adjustment: ${formatCents(cents)}${whose}`;
}
