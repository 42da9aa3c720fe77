// Text in the dashboard's SVG charts, which do not wrap by themselves: a label broken into lines that
// fit a width, and legend entries laid out in rows. Widths are estimated from the font size (an
// average glyph is about 0.6 em in the USWDS sans-serif), generous enough for capitals. Pure, tested.

/** Rough width of a text in pixels at the font size. */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.6;
}

/**
 * The words of the label in lines no wider than the width, at most `maxLines`; a last line that
 * still does not fit ends with an ellipsis. A single word longer than a line is cut.
 */
export function wrapLabel(label: string, width: number, fontSize: number, maxLines = 2): string[] {
  const perLine = Math.max(4, Math.floor(width / (fontSize * 0.6)));
  const lines: string[] = [];
  let line = '';
  const words = label.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i]!;
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= perLine) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    if (lines.length === maxLines - 1) {
      const rest = words.slice(i).join(' ');
      lines.push(rest.length <= perLine ? rest : `${rest.slice(0, perLine - 1)}…`);
      return lines;
    }
  }
  if (line) lines.push(line.length <= perLine ? line : `${line.slice(0, perLine - 1)}…`);
  return lines;
}

export interface LegendPlace {
  readonly x: number;
  readonly row: number;
}

/** Each legend entry's place: left to right, a new row when the next would pass the width. */
export function legendPlaces(
  labels: readonly string[],
  width: number,
  fontSize: number,
  swatch = 20,
  gap = 24,
): LegendPlace[] {
  const places: LegendPlace[] = [];
  let x = 0;
  let row = 0;
  for (const label of labels) {
    const entry = swatch + textWidth(label, fontSize);
    if (x > 0 && x + entry > width) {
      x = 0;
      row += 1;
    }
    places.push({ x, row });
    x += entry + gap;
  }
  return places;
}
