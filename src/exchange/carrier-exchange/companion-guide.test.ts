// docs/834-companion-guide.md shows the code's own output: its mapping tables and examples sit between
// <!-- generated:NAME --> (or example:NAME) markers, and this test renders each from the code and
// compares. After a deliberate change, PSHB_UPDATE_COMPANION_GUIDE=1 npx vitest run <this file>
// rewrites the blocks; review the diff like any other change to what carriers receive.
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import type { Segment } from '../x12/segment.ts';
import { carrierEventKind } from './carrier-event-kind.ts';
import { GUIDE_EXAMPLES, type GuideExample } from './companion-guide-examples.ts';
import { COVERAGE_LEVEL_BY_ENROLLMENT_TYPE } from './coverage-level.ts';
import { CARRIER_EVENTS_BY_ACTION, LIFE_EVENT_REASONS, MAINTENANCE_TABLE } from './lifecycle-action-codes.ts';
import { memberLoop } from './member-loop.ts';
import { transactionBody } from './transaction-body.ts';

const GUIDE = new URL('../../../docs/834-companion-guide.md', import.meta.url);

// Display only, with the default separators (* ~ :); the x12 module writes the real files.
const text = (segment: Segment): string => {
  const elements = segment.elements.map((element) =>
    typeof element === 'string' ? element : element.join(':'),
  );
  while (elements.length > 0 && elements[elements.length - 1] === '') elements.pop();
  return [segment.id, ...elements].join('*') + '~';
};

function exampleText(example: GuideExample): string {
  const segments = example.header
    ? transactionBody(example.header, example.records)
    : example.records.flatMap(memberLoop);
  return ['```text', ...segments.map(text), '```'].join('\n');
}

const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
const table = (head: readonly string[], body: readonly (readonly string[])[]) =>
  [row(head), row(head.map(() => '---')), ...body.map(row)].join('\n');
const code = (value: string) => `\`${value}\``;
const list = (values: readonly string[]) => (values.length === 0 ? '' : values.map(code).join(', '));

function maintenanceTable(): string {
  return table(
    [
      'event (kind)',
      'INS03',
      'INS04',
      'HD01',
      '2000 DTP',
      '2300 DTP',
      'what the carrier is told',
      'authority',
    ],
    MAINTENANCE_TABLE.rows.map((r) => [
      code(r.kind),
      code(r.ins03),
      code(r.ins04) + (r.reasonFromLifeEvent ? ' ¹' : ''),
      code(r.hd01),
      [list(r.memberDates), r.whenKnown.length > 0 ? `(${list(r.whenKnown)} when known)` : '']
        .join(' ')
        .trim(),
      list(r.coverageDates),
      r.meaning,
      r.citation,
    ]),
  );
}

function actionMap(): string {
  return table(
    ['lifecycle action', 'reported to the carrier as'],
    Object.entries(CARRIER_EVENTS_BY_ACTION).map(([action, kinds]) => [code(action), list(kinds)]),
  );
}

function lifeEventReasons(): string {
  return table(
    ['life event', 'INS04'],
    Object.entries(LIFE_EVENT_REASONS).map(([event, reason]) => [
      code(event),
      reason ? code(reason) : "the row's own",
    ]),
  );
}

function coverageLevels(): string {
  return table(
    ['enrollment type', 'HD05'],
    Object.entries(COVERAGE_LEVEL_BY_ENROLLMENT_TYPE).map(([type, level]) => [code(type), code(level)]),
  );
}

const BLOCKS: ReadonlyMap<string, () => string> = new Map([
  ['generated:maintenance-table', maintenanceTable],
  ['generated:action-map', actionMap],
  ['generated:life-event-reasons', lifeEventReasons],
  ['generated:coverage-levels', coverageLevels],
  ...GUIDE_EXAMPLES.map((example) => [`example:${example.name}`, () => exampleText(example)] as const),
]);

// A block: the opening marker, a blank line, the generated text, a blank line, the closing marker.
const blockPattern = (name: string) => new RegExp(`<!-- ${name} -->\\n([\\s\\S]*?)\\n?<!-- /${name} -->`);
const block = (name: string, body: string) => `<!-- ${name} -->\n\n${body}\n\n<!-- /${name} -->`;

async function prettified(markdown: string): Promise<string> {
  const options = (await resolveConfig(GUIDE.pathname)) ?? {};
  return (await format(markdown, { ...options, parser: 'markdown' })).trimEnd();
}

async function rendered(): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const [name, render] of BLOCKS) out.set(name, await prettified(render()));
  return out;
}

describe('docs/834-companion-guide.md', () => {
  it('shows the mapping tables and examples exactly as the code produces them', async () => {
    const blocks = await rendered();
    let guide = readFileSync(GUIDE, 'utf8');
    if (process.env['PSHB_UPDATE_COMPANION_GUIDE'] === '1') {
      for (const [name, body] of blocks) guide = guide.replace(blockPattern(name), () => block(name, body));
      writeFileSync(GUIDE, (await prettified(guide)) + '\n');
    }
    for (const [name, body] of blocks) {
      const found = blockPattern(name).exec(guide);
      expect(found, `the guide has no <!-- ${name} --> block`).not.toBeNull();
      expect(found?.[1]?.trim(), `block ${name} differs from the code's output`).toBe(body);
    }
  });

  it('names every event kind, and keeps the examples its text refers to', () => {
    const guide = readFileSync(GUIDE, 'utf8');
    for (const kind of carrierEventKind.options) expect(guide).toContain(`\`${kind}\``);
    expect(GUIDE_EXAMPLES.map((example) => example.name)).toEqual(
      expect.arrayContaining(['automatic-enrollment', 'removal-for-missing-part-b', 'audit']),
    );
  });
});
