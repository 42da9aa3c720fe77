import { describe, expect, it } from 'vitest';
import { renderHtml } from '../document/render-html.ts';
import { renderMarkdown } from '../document/render-markdown.ts';
import { renderPdf } from '../document/render-pdf.ts';
import { resolveSupportPlan } from '../plan/load-plan.ts';
import type { SupportPlan } from '../plan/support-plan.ts';
import { buildPlanDocument } from './plan-document.ts';

const escapeHtml = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

const quick = { seed: 1, contacts: 20_000 };

describe('the Customer Support Operations Plan', () => {
  const { plan } = resolveSupportPlan('open-season-77');
  const document = buildPlanDocument(plan, quick);
  const html = renderHtml(document);

  it('has every section the plan needs, as accessible HTML', () => {
    const headings = document.sections.map((s) => s.heading);
    for (const wanted of [
      'Purpose',
      'Partners and contacts',
      'Roles and responsibilities (RACI)',
      'Request types and where each goes',
      'Routing and the phone menu',
      'Contingency levels and triggers',
      'Staffing and its simulated evidence',
      'Metrics and reporting cadence',
      'Escalation and incident response',
    ])
      expect(
        headings.some((h) => h.endsWith(wanted)),
        wanted,
      ).toBe(true);
    expect(html).toContain('<html lang="en">');
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    expect(html).toContain(
      '<caption>Who is responsible, accountable, consulted and informed for each request type</caption>',
    );
    expect(html).toContain('<th scope="col">accountable</th>');
    expect(html).toContain('<th scope="row">');
    // The chart of the simulated days holds links, one per day, each to its row of the table after it.
    expect(html).toMatch(
      /<svg [^>]*role="group" aria-labelledby="simulated-service-level-title simulated-service-level-desc"/,
    );
    expect(html).toContain('<desc id="simulated-service-level-desc">');
    const links = [...html.matchAll(/<a href="#(simulated-service-level-row-\d+)" aria-label="([^"]+)"/g)];
    expect(links.length).toBeGreaterThan(0);
    for (const [, rowId, label] of links) {
      expect(html).toContain(`<tr id="${rowId}" tabindex="-1">`);
      expect(label).toMatch(/^\d{4}-\d{2}-\d{2}: Network \(all partners\) \d+\.\d%/);
    }
    const dayRow = new RegExp(
      `<tr id="${links[0]![1]}" tabindex="-1"><th scope="row">(\\d{4}-\\d{2}-\\d{2})<`,
    );
    expect(links[0]![2]).toContain(dayRow.exec(html)![1]!);
  });

  it('names every partner, request type and contingency level of the plan', () => {
    const markdown = renderMarkdown(document);
    for (const partner of plan.partners) {
      expect(html).toContain(escapeHtml(partner.name));
      expect(markdown).toContain(partner.name);
    }
    for (const type of plan.requestTypes) expect(html).toContain(escapeHtml(type.name));
    for (const level of plan.contingency.levels) expect(html).toContain(escapeHtml(level.name));
  });

  it('changes when the plan data changes: a partner renamed and restaffed', () => {
    const copy = structuredClone(plan) as SupportPlan & {
      partners: { name: string; staff: { groups: { agents: number }[]; headcount: number } | null }[];
    };
    copy.partners[0]!.name = 'Renamed Helpline Contractor';
    copy.partners[0]!.staff!.headcount = 200;
    copy.partners[0]!.staff!.groups[1]!.agents = 150;
    const changed = renderMarkdown(buildPlanDocument(copy, quick));
    expect(changed).toContain('Renamed Helpline Contractor');
    expect(changed).not.toContain(plan.partners[0]!.name);
    expect(changed).toContain('200 headcount');
    expect(changed).toContain('150 agents');
    expect(changed).not.toEqual(renderMarkdown(document));
  });

  it('renders the same model as a PDF', async () => {
    const pdf = await renderPdf(document);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
  });
});
