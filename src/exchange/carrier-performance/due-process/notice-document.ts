// The findings notice and the final determination as one document model each (the support
// operation's model, src/support/document), rendered to HTML and to a tagged PDF from the same model.
// The findings notice states each element's factor with its reasons and paragraphs, the premium base,
// the amount, how and by when to respond, and the right to reconsideration (48 CFR 1609.7101-2); the
// final notice states the factors after reconsideration, the amount, the 60 days to rebate
// (63 FR 55337) and the withhold from the first quarter's premium payments that follows otherwise
// (48 CFR 1632.170(a)(2)).
import type { IsoDate } from '../../../domain/dates.ts';
import { cents, type DueProcessParameters } from '../../../rules/carrier-performance/due-process/index.ts';
import type { EvaluationProposal } from '../../../rules/carrier-performance/performance-types.ts';
import { list, paragraph, table, type DocumentModel } from '../../../support/document/document.ts';
import type { CurrentFactor } from './due-process-step.ts';

export interface NoticeSubject {
  readonly evaluationId: number;
  readonly carrierCode: string;
  readonly planCode: string | null;
  readonly contractYear: number;
  readonly proposal: EvaluationProposal;
  readonly factors: readonly CurrentFactor[];
  readonly amountCents: number;
}

const who = (s: NoticeSubject) => `carrier ${s.carrierCode}${s.planCode ? `, plan ${s.planCode}` : ''}`;

const factorText = (f: number) => f.toFixed(6).replace(/0+$/, '').replace(/\.$/, '.0');

function findingsTable(subject: NoticeSubject) {
  return table(
    'Findings by element',
    ['Element', 'Factor', 'Proposed', 'Maximum', 'Reasons', 'Paragraphs'],
    subject.factors.map((f) => [
      f.label,
      factorText(f.factor),
      factorText(f.proposedFactor),
      factorText(f.maxFactor),
      f.reason,
      f.citations.join('; '),
    ]),
  );
}

function amountBlocks(subject: NoticeSubject) {
  const total = subject.factors.reduce((t, f) => t + Math.round(f.factor * 1e6), 0) / 1e6;
  const base = subject.proposal.premiumBase;
  return [
    table(
      'The amount',
      ['Item', 'Value'],
      [
        ['Premium base', cents(base.amountCents)],
        ['Premium base source', `${base.kind}: ${base.source}`],
        ['Total factor', factorText(total)],
        [
          subject.proposal.outcomeKind === 'withhold' ? 'Amount to be withheld' : 'Adjustment',
          cents(subject.amountCents),
        ],
      ],
    ),
    paragraph(
      `The amount is the premium base times the total of the element factors, in whole cents (48 CFR 1609.7101-2)${base.method ? `; the premium base was found as follows: ${base.method}` : ''}.`,
    ),
  ];
}

export function findingsNoticeDocument(
  subject: NoticeSubject,
  issuedOn: IsoDate,
  responseDueOn: IsoDate,
  reconsiderationDueOn: IsoDate,
): DocumentModel {
  return {
    title: `Notice of findings: carrier performance for contract year ${subject.contractYear}`,
    subtitle: `To ${who(subject)}. Evaluation ${subject.evaluationId} under method ${subject.proposal.methodId} version ${subject.proposal.methodVersion}. Issued ${issuedOn}.`,
    sections: [
      {
        id: 'findings',
        heading: 'What the contracting officer found',
        blocks: [
          paragraph(
            `The contracting officer evaluated the performance of ${who(subject)} in contract year ${subject.contractYear} and accepted the factors below. Each factor states its reasons and the paragraphs it rests on.`,
          ),
          findingsTable(subject),
        ],
      },
      { id: 'amount', heading: 'The amount', blocks: amountBlocks(subject) },
      {
        id: 'respond',
        heading: 'How to respond, and by when',
        blocks: [
          paragraph(
            `You may respond in writing to these findings by ${responseDueOn}. Send the response through the exchange (POST /api/v1/carrier-performance/evaluations/${subject.evaluationId}/response) or to the contracting officer, who records it.`,
          ),
          paragraph('A response received after that day is not considered.'),
        ],
      },
      {
        id: 'reconsideration',
        heading: 'Your right to reconsideration',
        blocks: [
          paragraph(
            `You may ask the contracting officer to reconsider the whole evaluation or any element by ${reconsiderationDueOn}. State your grounds and attach your evidence (POST /api/v1/carrier-performance/evaluations/${subject.evaluationId}/reconsideration).`,
          ),
          list([
            'The contracting officer decides each request: granted, denied or partly granted, with reasons.',
            'A factor changed on reconsideration changes the amount, which is computed again the same way.',
            'The determination becomes final after the window closes or the requests are decided; a final notice follows.',
          ]),
        ],
      },
    ],
  };
}

export interface DecidedReconsideration {
  readonly id: number;
  readonly elementId: string | null;
  readonly grounds: string;
  readonly outcome: string;
  readonly reason: string;
  readonly decidedOn: IsoDate;
}

export function finalNoticeDocument(
  subject: NoticeSubject,
  issuedOn: IsoDate,
  reason: string,
  reconsiderations: readonly DecidedReconsideration[],
  rebateDue: IsoDate,
  withhold: readonly { payment: number; dueOn: IsoDate; amountCents: number }[],
  parameters: DueProcessParameters,
): DocumentModel {
  return {
    title: `Final determination: carrier performance for contract year ${subject.contractYear}`,
    subtitle: `To ${who(subject)}. Evaluation ${subject.evaluationId}. Issued ${issuedOn}.`,
    sections: [
      {
        id: 'determination',
        heading: 'The determination',
        blocks: [paragraph(reason), findingsTable(subject)],
      },
      {
        id: 'reconsideration',
        heading: 'Reconsideration',
        blocks:
          reconsiderations.length === 0
            ? [paragraph('No reconsideration was requested.')]
            : [
                table(
                  'Requests for reconsideration and their decisions',
                  ['Request', 'Element', 'Grounds', 'Outcome', 'Reasons', 'Decided'],
                  reconsiderations.map((r) => [
                    String(r.id),
                    r.elementId ?? 'whole evaluation',
                    r.grounds,
                    r.outcome,
                    r.reason,
                    r.decidedOn,
                  ]),
                ),
              ],
      },
      { id: 'amount', heading: 'The amount', blocks: amountBlocks(subject) },
      {
        id: 'payment',
        heading: 'Rebate, or withhold from premium payments',
        blocks:
          subject.amountCents <= 0
            ? [paragraph('Nothing is owed.')]
            : [
                paragraph(
                  `Rebate ${cents(subject.amountCents)} by ${rebateDue}: the carrier has ${parameters.rebate.days} days from this determination to rebate the amount before OPM withholds it (63 FR 55337).`,
                ),
                paragraph(
                  'What is not rebated by then is withheld from the periodic premium payments payable during the first quarter of the following contract period (48 CFR 1609.7101-2; 48 CFR 1632.170(a)(2)), as follows:',
                ),
                table(
                  'Withhold from the first quarter’s premium payments',
                  ['Payment', 'Payable on', 'Amount'],
                  withhold.map((w) => [String(w.payment), w.dueOn, cents(w.amountCents)]),
                ),
                paragraph(
                  "Amounts rebated or withheld are deposited in the plan's contingency reserve (48 CFR 1632.170(a)(2)).",
                ),
              ],
      },
    ],
  };
}
