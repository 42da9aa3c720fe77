// One X12 segment as data: its identifier and its elements in order. A composite element is an
// array of its components. Writers build segments; the interchange module serializes them with the
// partner's separators, so mapping code never concatenates delimiters itself.

/** A simple element's value, or a composite element's components. Empty string: element not used. */
export type SegmentElement = string | readonly string[];

export interface Segment {
  /** Segment identifier, e.g. "INS", "NM1". */
  readonly id: string;
  /** Elements 01, 02, ... in order; trailing empty elements are trimmed when written. */
  readonly elements: readonly SegmentElement[];
}

/** Builds a segment: `segment('DTP', '348', 'D8', '20260101')`. */
export function segment(id: string, ...elements: SegmentElement[]): Segment {
  return Object.freeze({ id, elements: Object.freeze(elements) });
}
