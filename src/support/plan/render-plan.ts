// The written support plan in Markdown: the Customer Support Operations Plan's document model
// (src/support/plan-document/) rendered as text, so the Markdown, HTML and PDF say the same thing.
import { renderMarkdown } from '../document/render-markdown.ts';
import { buildPlanDocument, type PlanDocumentOptions } from '../plan-document/plan-document.ts';
import type { SupportPlan } from './support-plan.ts';

export function renderPlanDocument(plan: SupportPlan, options: PlanDocumentOptions = {}): string {
  return renderMarkdown(buildPlanDocument(plan, options));
}
