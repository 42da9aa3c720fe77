// Segments to text. A value that holds a separator would silently split its element or segment at
// the carrier, so it is refused with the element named (NM1-03, HD-05-2) instead of being escaped:
// X12 has no escape character.

import type { Segment, SegmentElement } from './segment.ts';
import { containsSeparator, DEFAULT_SEPARATORS, type Separators } from './separators.ts';
import { X12Error } from './x12-error.ts';

const SEGMENT_ID = /^[A-Z][A-Z0-9]{1,2}$/;

/** "NM1-03", or "HD-05-2" for a composite's second component. */
export function elementReference(segmentId: string, index: number, component?: number): string {
  const element = `${segmentId}-${String(index + 1).padStart(2, '0')}`;
  return component === undefined ? element : `${element}-${component + 1}`;
}

/**
 * One segment with its terminator. Trailing empty elements, and a composite's trailing empty
 * components, are left out (X12.6: a segment or composite ends at its last used element).
 */
export function writeSegment(seg: Segment, set: Separators = DEFAULT_SEPARATORS): string {
  if (!SEGMENT_ID.test(seg.id))
    throw new X12Error(
      'INVALID_VALUE',
      `segment identifier ${JSON.stringify(seg.id)} is not 2-3 capitals/digits`,
      {
        segmentId: seg.id,
      },
    );
  const elements = seg.elements;
  let last = elements.length - 1;
  while (last >= 0 && isEmpty(elements[last]!)) last--;
  let text = seg.id;
  for (let i = 0; i <= last; i++) text += set.element + elementText(seg.id, i, elements[i]!, set);
  return text + set.segment;
}

/** Segments in order, each with its terminator and then `suffix` (e.g. "\n" for readable files). */
export function writeSegments(
  segments: Iterable<Segment>,
  set: Separators = DEFAULT_SEPARATORS,
  suffix = '',
): string {
  let text = '';
  for (const seg of segments) text += writeSegment(seg, set) + suffix;
  return text;
}

function isEmpty(element: SegmentElement): boolean {
  return typeof element === 'string' ? element === '' : element.every((component) => component === '');
}

function elementText(id: string, index: number, element: SegmentElement, set: Separators): string {
  if (typeof element === 'string') {
    if (containsSeparator(element, set)) throw separatorInValue(id, index, undefined, element, set);
    return element;
  }
  let last = element.length - 1;
  while (last >= 0 && element[last] === '') last--;
  let text = '';
  for (let c = 0; c <= last; c++) {
    const component = element[c]!;
    if (containsSeparator(component, set)) throw separatorInValue(id, index, c, component, set);
    text += (c === 0 ? '' : set.component) + component;
  }
  return text;
}

function separatorInValue(
  id: string,
  index: number,
  component: number | undefined,
  value: string,
  set: Separators,
) {
  const element = elementReference(id, index, component);
  const found = [set.element, set.component, set.repetition, set.segment].find((s) => value.includes(s));
  return new X12Error(
    'VALUE_CONTAINS_SEPARATOR',
    `${element} ${JSON.stringify(value)} holds the separator ${JSON.stringify(found)}; remove it from the value`,
    { segmentId: id, element },
  );
}
