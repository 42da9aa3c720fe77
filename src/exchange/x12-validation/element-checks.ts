// A segment's elements against the guide: required elements present, unused ones absent, values in
// the code list and within their sizes, dates real CCYYMMDD dates, and the X12 syntax notes of the
// segment (P paired, R at least one, E not more than one, C if the first then the others).
import type { PlacedSegment } from './node-x12-reading.ts';
import type { ComponentRule, ElementRule, SegmentSpec } from './structure-schema.ts';
import type { ProblemKind, ValidationProblem } from './validation-problem.ts';

const elementName = (id: string, n: number) => `${id}${String(n).padStart(2, '0')}`;

function isDate(text: string): boolean {
  if (!/^\d{8}$/.test(text)) return false;
  const [y, m, d] = [text.slice(0, 4), text.slice(4, 6), text.slice(6, 8)].map(Number) as [
    number,
    number,
    number,
  ];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const FORMATS: Readonly<Record<NonNullable<ElementRule['format']>, (text: string) => boolean>> = {
  date: isDate,
  'date-or-range': (text) => isDate(text) || (/^\d{8}-\d{8}$/.test(text) && text.split('-').every(isDate)),
  number: (text) => /^-?\d+(\.\d+)?$/.test(text),
};

/** Problems of one value (an element or a component) against its rule; none when the value is empty. */
function valueProblems(
  text: string,
  rule: ComponentRule & Pick<ElementRule, 'format'>,
): [ProblemKind, string][] {
  if (rule.codes && !rule.codes.includes(text))
    return [['element-code', `"${text}" is not in the guide's code list`]];
  const found: [ProblemKind, string][] = [];
  if (
    (rule.min !== undefined && text.length < rule.min) ||
    (rule.max !== undefined && text.length > rule.max)
  )
    found.push([
      'element-length',
      `"${text}" is ${text.length} characters, outside ${rule.min ?? 1}-${rule.max ?? '∞'}`,
    ]);
  if (rule.format && !FORMATS[rule.format](text))
    found.push(['element-format', `"${text}" is not a valid ${rule.format}`]);
  return found;
}

function presenceProblem(text: string, rule: ComponentRule | undefined): [ProblemKind, string] | null {
  if (text === '') return rule?.usage === 'R' ? ['element-required', 'is required and missing'] : null;
  if (!rule || rule.usage === 'N')
    return ['element-not-used', `"${text}" is sent, but the guide does not use this element`];
  return null;
}

function componentProblems(
  text: string,
  rules: readonly ComponentRule[],
  separator: string,
): [string, ProblemKind, string][] {
  const found: [string, ProblemKind, string][] = [];
  const parts = text.split(separator);
  const count = Math.max(parts.length, rules.length);
  for (let i = 0; i < count; i += 1) {
    const part = parts[i] ?? '';
    const presence = presenceProblem(part, rules[i]);
    if (presence) found.push([`-${i + 1}`, ...presence]);
    else if (part !== '') for (const p of valueProblems(part, rules[i]!)) found.push([`-${i + 1}`, ...p]);
  }
  return found;
}

function syntaxProblems(segment: PlacedSegment, note: string): string | null {
  const kind = note[0];
  const positions = (note.slice(1).match(/\d\d/g) ?? []).map(Number);
  const present = positions.map((n) => (segment.elements[n - 1] ?? '') !== '');
  const names = positions.map((n) => elementName(segment.id, n)).join(', ');
  const count = present.filter(Boolean).length;
  if (kind === 'P' && count > 0 && count < positions.length)
    return `${names} are sent together or not at all (${note})`;
  if (kind === 'R' && count === 0) return `at least one of ${names} is required (${note})`;
  if (kind === 'E' && count > 1) return `only one of ${names} may be sent (${note})`;
  if (kind === 'C' && present[0] && count < positions.length)
    return `when ${elementName(segment.id, positions[0]!)} is sent, so are ${names} (${note})`;
  return null;
}

export function checkElements(
  segment: PlacedSegment,
  spec: SegmentSpec,
  loop: string,
  componentSeparator: string,
): ValidationProblem[] {
  const found: ValidationProblem[] = [];
  const add = (kind: ProblemKind, element: string | undefined, message: string) =>
    found.push({
      kind,
      position: segment.position,
      segmentId: segment.id,
      ...(element === undefined ? {} : { element }),
      loop,
      ...(segment.line === undefined ? {} : { line: segment.line }),
      message: element === undefined ? message : `${element} ${message}`,
    });
  const highest = Math.max(segment.elements.length, ...Object.keys(spec.elements).map(Number));
  for (let n = 1; n <= highest; n += 1) {
    const text = segment.elements[n - 1] ?? '';
    const rule = spec.elements[String(n)];
    const name = elementName(segment.id, n);
    const presence = presenceProblem(text, rule);
    if (presence) add(presence[0], name, presence[1]);
    else if (text !== '' && rule?.components)
      for (const [suffix, kind, message] of componentProblems(text, rule.components, componentSeparator))
        add(kind, name + suffix, message);
    else if (text !== '' && rule)
      for (const [kind, message] of valueProblems(text, rule)) add(kind, name, message);
  }
  for (const note of spec.syntax) {
    const message = syntaxProblems(segment, note);
    if (message) add('syntax', undefined, message);
  }
  return found;
}
