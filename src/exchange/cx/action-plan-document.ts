// The published HISP CX action plan and the next spring's progress report (OMB Circular A-11, Section
// 280; seed 002 ¶1 and ¶4) as ONE document model built from the year's data (readMaturity), rendered
// to Markdown, HTML and a tagged PDF by the shared renderers: change the data and the document changes.
import { PshbError } from '../../errors.ts';
import type { MaturityFramework, PersonaCatalogue } from '../../rules/cx/maturity-framework.ts';
import { list, paragraph, table, type DocumentModel, type Section } from '../../support/document/document.ts';
import { renderHtml } from '../../support/document/render-html.ts';
import { renderMarkdown } from '../../support/document/render-markdown.ts';
import { renderTaggedPdf } from './action-plan-pdf.ts';
import type { ActionView, MaturityView } from './maturity-assessment.ts';

export type MaturityDocumentKind = 'action-plan' | 'progress-report';
export type DocumentFormat = 'html' | 'pdf' | 'md';

export const SERVICE = 'Postal Service Health Benefits (PSHB) Program, OPM Healthcare and Insurance';

const STATUS_WORDS: Record<ActionView['status'], string> = {
  planned: 'Planned',
  in_progress: 'In progress',
  done: 'Done',
  delayed: 'Delayed',
};

function dimensionName(framework: MaturityFramework, id: string): string {
  return framework.dimensions.find((d) => d.id === id)?.name ?? id;
}

function personaName(personas: PersonaCatalogue, id: string): string {
  return personas.personas.find((p) => p.id === id)?.name ?? id;
}

function selfAssessment(view: MaturityView, framework: MaturityFramework): Section {
  return {
    id: 'self-assessment',
    heading: 'Self-assessment of CX maturity',
    blocks: [
      paragraph(
        `Each of the five CX maturity dimensions of OMB Circular A-11, Section 280 is rated on a scale of ${framework.scale[0]!.rating} (${framework.scale[0]!.label}) to ${framework.scale.at(-1)!.rating} (${framework.scale.at(-1)!.label}), with the evidence the rating rests on.`,
      ),
      table(
        `FY${view.fiscalYear} ratings`,
        ['Dimension', 'Rating', 'What we see', 'Evidence'],
        framework.dimensions.map((d) => {
          const r = view.ratings.find((x) => x.dimension === d.id);
          return r
            ? [
                d.name,
                `${r.rating} - ${r.label}`,
                r.summary || '–',
                r.evidence.map((e) => `${e.label} (${e.link})`).join('; '),
              ]
            : [d.name, 'Not rated yet', '–', '–'];
        }),
      ),
      paragraph(view.completeness.explanation),
    ],
  };
}

function focusSection(view: MaturityView, framework: MaturityFramework): Section {
  const areas = view.focus?.areas ?? [];
  return {
    id: 'focus-areas',
    heading: `Focus areas for FY${view.fiscalYear}`,
    blocks:
      areas.length === 0
        ? [paragraph('The focus areas have not been chosen yet.')]
        : [
            list(
              areas.map((a) => {
                const d = framework.dimensions.find((x) => x.id === a);
                return `${d?.name ?? a}: ${d?.description ?? ''}`;
              }),
            ),
            ...(view.focus?.reason ? [paragraph(`Why these two: ${view.focus.reason}`)] : []),
          ],
  };
}

function actionSection(action: ActionView, personas: PersonaCatalogue): Section {
  return {
    id: `action-${action.key}`,
    heading: action.title,
    blocks: [
      ...(action.description ? [paragraph(action.description)] : []),
      list([
        `For: ${personaName(personas, action.personaId)}`,
        `Owner: ${action.owner}`,
        `Status: ${STATUS_WORDS[action.status]}. ${action.statusExplanation}`,
      ]),
      table(
        `Milestones of "${action.title}"`,
        ['Milestone', 'Due', 'Done'],
        action.milestones.map((m) => [m.title, m.dueOn, m.doneOn ?? 'not yet']),
      ),
    ],
  };
}

function actionsSection(
  view: MaturityView,
  framework: MaturityFramework,
  personas: PersonaCatalogue,
): Section {
  const areas = view.focus?.areas ?? [];
  return {
    id: 'planned-actions',
    heading: 'Planned actions',
    blocks: [paragraph(view.readiness.explanation)],
    subsections: areas.map((a) => ({
      id: `focus-${a}`,
      heading: dimensionName(framework, a),
      blocks: view.actions.some((x) => x.focusArea === a) ? [] : [paragraph('No planned action yet.')],
      subsections: view.actions.filter((x) => x.focusArea === a).map((x) => actionSection(x, personas)),
    })),
  };
}

function personasSection(view: MaturityView, personas: PersonaCatalogue): Section {
  const used = personas.personas.filter((p) => view.actions.some((a) => a.personaId === p.id));
  return {
    id: 'personas',
    heading: 'The customers these actions are for',
    blocks: [
      paragraph(
        'Personas are synthetic profiles written from what customers tell us; they describe no real person.',
      ),
      ...(used.length === 0 ? [paragraph('No planned action is tied to a persona yet.')] : []),
    ],
    subsections: used.map((p) => ({
      id: `persona-${p.id}`,
      heading: p.name,
      blocks: [paragraph(p.summary), list(p.needs.map((n) => `Needs ${n}`))],
    })),
  };
}

function sources(framework: MaturityFramework): Section {
  return {
    id: 'sources',
    heading: 'Sources',
    blocks: [
      list([
        'OMB Circular A-11, Section 280: Managing Customer Experience and Improving Service Delivery.',
        'Performance.gov, "First High Impact Service Provider Action Plans Released": the action plan template and the spring progress update.',
        `Maturity framework ${framework.id} version ${framework.version}.`,
      ]),
    ],
  };
}

function progressSections(
  view: MaturityView,
  framework: MaturityFramework,
  personas: PersonaCatalogue,
): Section[] {
  const p = view.progress;
  return [
    {
      id: 'summary',
      heading: 'Progress at a glance',
      blocks: [
        paragraph(p.decision.explanation),
        table(
          'Planned actions by status',
          ['Status', 'Actions'],
          [
            ['Done', p.byStatus.done],
            ['In progress', p.byStatus.in_progress],
            ['Planned', p.byStatus.planned],
            ['Delayed', p.byStatus.delayed],
          ],
        ),
      ],
    },
    {
      id: 'actions',
      heading: 'Each planned action',
      blocks: [
        table(
          `FY${view.fiscalYear} planned actions on ${p.asOf}`,
          ['Action', 'Focus area', 'For', 'Owner', 'Status', 'Milestones done'],
          view.actions.map((a) => [
            a.title,
            dimensionName(framework, a.focusArea),
            personaName(personas, a.personaId),
            a.owner,
            STATUS_WORDS[a.status],
            `${a.milestones.filter((m) => m.doneOn !== null).length} of ${a.milestones.length}`,
          ]),
        ),
        list(view.actions.map((a) => `${a.title}: ${a.statusExplanation}`)),
      ],
    },
    focusSection(view, framework),
    selfAssessment(view, framework),
    sources(framework),
  ];
}

/** One model for both publications of the year, from its data alone. */
export function maturityDocument(
  view: MaturityView,
  kind: MaturityDocumentKind,
  framework: MaturityFramework,
  personas: PersonaCatalogue,
): DocumentModel {
  if (kind === 'progress-report')
    return {
      title: `FY${view.fiscalYear} CX Action Plan: spring progress report`,
      subtitle: `${SERVICE}. Due ${view.progress.dueOn}; status on ${view.asOf}.`,
      sections: progressSections(view, framework, personas),
    };
  return {
    title: `FY${view.fiscalYear} High Impact Service Provider CX Action Plan`,
    subtitle: `${SERVICE}. As of ${view.asOf}; framework version ${view.framework.version}.`,
    sections: [
      selfAssessment(view, framework),
      focusSection(view, framework),
      actionsSection(view, framework, personas),
      personasSection(view, personas),
      sources(framework),
    ],
  };
}

export interface RenderedDocument {
  readonly contentType: string;
  readonly body: string | Buffer;
}

export async function renderMaturityDocument(
  model: DocumentModel,
  format: DocumentFormat,
): Promise<RenderedDocument> {
  switch (format) {
    case 'html':
      return { contentType: 'text/html; charset=utf-8', body: renderHtml(model) };
    case 'md':
      return { contentType: 'text/markdown; charset=utf-8', body: renderMarkdown(model) };
    case 'pdf':
      return { contentType: 'application/pdf', body: await renderTaggedPdf(model) };
    default:
      throw new PshbError('INVALID_INPUT', `format: "${String(format)}" is not one of html, pdf, md`);
  }
}
