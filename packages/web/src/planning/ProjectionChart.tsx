import { Area, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { CHART_COLOURS, CHART_HEIGHT } from '../evidence/charts/chart-style.js';
import type { ComparisonPoint } from './planning-view.js';

/**
 * Each projection's colour and dashes, told apart by both (WCAG 1.4.1); every colour is 4.5:1 or
 * more on white (NHS.UK blue, green, purple, red, plum and dark grey).
 */
export const PROJECTION_STYLES = [
  { colour: CHART_COLOURS.blue, dashes: undefined },
  { colour: CHART_COLOURS.green, dashes: '8 4' },
  { colour: CHART_COLOURS.purple, dashes: '2 4' },
  { colour: '#d5281b', dashes: '12 4 2 4' },
  { colour: '#7c2855', dashes: '4 4' },
  { colour: '#425563', dashes: '16 6' },
] as const;

export function projectionStyle(index: number): (typeof PROJECTION_STYLES)[number] {
  return PROJECTION_STYLES[index % PROJECTION_STYLES.length] ?? PROJECTION_STYLES[0];
}

interface ProjectionChartProps {
  /** The chart's accessible name. */
  name: string;
  /** The one-line summary in words, also the chart's description. */
  summary: string;
  points: readonly ComparisonPoint[];
  /** Each projection's name, in the order of the points' `median<i>` and `band<i>`. */
  series: readonly string[];
  bandName: (series: string) => string;
}

/**
 * The median list size week by week of each projection compared (Recharts, ADR 0020), each with
 * its 10th–90th percentile band shaded: in 8 runs out of 10 the list fell inside the band. The
 * tables beside it hold the same numbers.
 */
export function ProjectionChart({ name, summary, points, series, bandName }: ProjectionChartProps) {
  return (
    <ComposedChart
      data={[...points]}
      responsive
      style={{ width: '100%', maxWidth: 760, height: CHART_HEIGHT }}
      margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
      accessibilityLayer
      title={name}
      desc={summary}
      aria-label={name}
    >
      <CartesianGrid stroke={CHART_COLOURS.grid} strokeDasharray="3 3" />
      <XAxis dataKey="label" stroke={CHART_COLOURS.text} tick={{ fill: CHART_COLOURS.text }} />
      <YAxis
        allowDecimals={false}
        stroke={CHART_COLOURS.text}
        tick={{ fill: CHART_COLOURS.text }}
      />
      <Tooltip />
      <Legend itemSorter={null} />
      {series.map((label, i) => {
        const style = projectionStyle(i);
        return (
          <Area
            key={`band${String(i)}`}
            dataKey={`band${String(i)}`}
            name={bandName(label)}
            stroke="none"
            fill={style.colour}
            fillOpacity={0.15}
            legendType="none"
            isAnimationActive={false}
          />
        );
      })}
      {series.map((label, i) => {
        const style = projectionStyle(i);
        return (
          <Line
            key={`median${String(i)}`}
            dataKey={`median${String(i)}`}
            name={label}
            stroke={style.colour}
            strokeWidth={3}
            strokeDasharray={style.dashes}
            dot={false}
            isAnimationActive={false}
          />
        );
      })}
    </ComposedChart>
  );
}
