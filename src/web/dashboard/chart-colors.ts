// Chart colours from the USWDS palette, each at least 3:1 against white (WCAG 1.4.11) and told apart by
// more than hue where it matters (line dash and marker shape in line-chart.tsx).
export const CHART_INK = '#1b1b1b'; // base-darkest: text and axes
export const CHART_GRID = '#a9aeb1'; // base-light: grid lines (decoration, not information)
export const CHART_BLUE = '#005ea2'; // blue-60v, 7.0:1
export const CHART_ORANGE = '#c05600'; // orange-60v, 4.6:1
export const CHART_GREEN = '#00754a'; // mint-cool-60v, 5.6:1
export const CHART_RED = '#b50909'; // red-60v, 6.6:1: the target line
