// One document model for everything the support operation publishes (the written plan, performance
// reports). Markdown, HTML and PDF are renderers of the same model, so the three formats cannot say
// different things.

export interface LineSeries {
  readonly name: string;
  readonly values: readonly (number | null)[];
}

export interface LineChart {
  /** Unique within the document; the SVG's title and desc ids derive from it. */
  readonly id: string;
  readonly title: string;
  /** The text alternative: what the chart shows and what it says, in a sentence or three. */
  readonly description: string;
  /** One label per point along the x axis. */
  readonly labels: readonly string[];
  readonly series: readonly LineSeries[];
  /** Top of the y axis; the series' maximum when absent. */
  readonly yMax?: number;
  readonly yFormat: 'percent' | 'count' | 'seconds';
  /** A horizontal reference line, e.g. the service-level target. */
  readonly target?: { readonly value: number; readonly label: string };
}

export type Block =
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'list'; readonly ordered?: boolean; readonly items: readonly string[] }
  | { readonly kind: 'quote'; readonly text: string }
  | {
      readonly kind: 'table';
      readonly caption: string;
      readonly head: readonly string[];
      readonly rows: readonly (readonly string[])[];
      /** The first cell of each row names the row (a row header). */
      readonly rowHeaders?: boolean;
    }
  | { readonly kind: 'chart'; readonly chart: LineChart };

export interface Section {
  /** Anchor for links; lower-case words joined by hyphens. */
  readonly id: string;
  readonly heading: string;
  readonly blocks: readonly Block[];
  readonly subsections?: readonly Section[];
}

export interface DocumentModel {
  readonly title: string;
  /** A line under the title: version, period, source. */
  readonly subtitle?: string;
  readonly sections: readonly Section[];
}

export const paragraph = (text: string): Block => ({ kind: 'paragraph', text });
export const list = (items: readonly string[], ordered = false): Block => ({ kind: 'list', items, ordered });
export const table = (
  caption: string,
  head: readonly string[],
  rows: readonly (readonly (string | number)[])[],
  rowHeaders = true,
): Block => ({ kind: 'table', caption, head, rows: rows.map((r) => r.map(String)), rowHeaders });

export const percent = (v: number | null, digits = 1): string =>
  v === null ? '–' : `${(v * 100).toFixed(digits)}%`;
export const seconds = (v: number | null): string => (v === null ? '–' : `${Math.round(v)} s`);
export const count = (v: number): string => v.toLocaleString('en-US');
