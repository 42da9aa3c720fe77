import { describe, expect, it } from 'vitest';
import { resolveSupportPlan } from '../plan/load-plan.ts';
import { renderServiceLevelChart } from './service-level-chart.ts';
import { simulateSeason } from './simulate.ts';
import { renderHtmlReport } from './simulation-document.ts';

describe('simulation charts and report', () => {
  const report = simulateSeason(resolveSupportPlan('open-season-77').plan, { seed: 1 });

  it('draws an SVG chart that names itself for screen readers', () => {
    const svg = renderServiceLevelChart(report, 'c');
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="c-title c-desc"/);
    expect(svg).toContain('<title id="c-title">Daily service level');
    expect(svg).toMatch(/<desc id="c-desc">[^<]*met the target on \d+ of 24 days/);
    expect(svg).toContain('target 80%');
  });

  it('writes an HTML page with the chart, the data table and the firings', () => {
    const html = renderHtmlReport([report]);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<caption>Service level by day</caption>');
    expect(html).toContain('2024-11-11');
    expect(html).toContain('Contingency firings');
  });
});
