// The width a chart has on the page, so it is drawn at that size rather than drawn wide and shrunk:
// shrinking a 720-unit drawing onto a 390 px phone would leave 14 px labels at about 7 px. Until the
// page is measured (and where ResizeObserver is missing) the chart's widest size is used.
import { useLayoutEffect, useRef, useState } from 'react';

export function useChartWidth(widest: number, narrowest = 260) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(widest);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const available = Math.floor(element.getBoundingClientRect().width);
      if (available > 0) setWidth(Math.max(narrowest, Math.min(widest, available)));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [widest, narrowest]);
  return { ref, width };
}
