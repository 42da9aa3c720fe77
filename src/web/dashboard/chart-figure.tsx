// The frame every dashboard chart shares: a figure whose SVG is one image to assistive technology
// (role="img", named by its label and described by the caption under it; a labelled group when it
// holds buttons), at a drawing size that scales with the page (.pshb-chart).
import { useId, type ReactNode } from 'react';

export function ChartFigure({
  label,
  caption,
  width,
  height,
  legend,
  interactive = false,
  children,
}: {
  /** What the chart shows, for screen readers. */
  label: string;
  /** Shown under the chart: what it shows and where its numbers are. */
  caption: string;
  width: number;
  height: number;
  /** A legend shown between the drawing and the caption, when the drawing has none inside. */
  legend?: ReactNode;
  /**
   * The drawing holds buttons (a chart that leads to its table's rows): a labelled group whose
   * buttons assistive technology reaches, rather than one image whose inside it would not.
   */
  interactive?: boolean;
  /** The drawing: SVG elements. */
  children: ReactNode;
}) {
  const captionId = useId();
  return (
    <figure className="margin-x-0 margin-y-3">
      <svg
        role={interactive ? 'group' : 'img'}
        aria-label={label}
        aria-describedby={captionId}
        viewBox={`0 0 ${width} ${height}`}
        className="pshb-chart"
        width={width}
        height={height}
      >
        {children}
      </svg>
      {legend}
      <figcaption id={captionId} className="font-sans-2xs text-base-dark margin-top-1">
        {caption}
      </figcaption>
    </figure>
  );
}
