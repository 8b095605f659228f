import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { CHART_COLOURS, CHART_HEIGHT } from './chart-style.js';

export interface GroupBar {
  readonly label: string;
  readonly value: number | null;
}

interface GroupBarChartProps {
  /** The chart's accessible name. */
  name: string;
  /** The one-line summary in words, also the chart's description. */
  summary: string;
  /** What the bars count, for the tooltip. */
  valueName: string;
  bars: readonly GroupBar[];
}

/**
 * One figure across the groups of a breakdown (requests by deprivation quintile) as a bar chart
 * (Recharts, ADR 0020). A suppressed group has no bar; the table beside it says "suppressed".
 */
export function GroupBarChart({ name, summary, valueName, bars }: GroupBarChartProps) {
  return (
    <BarChart
      data={[...bars]}
      responsive
      style={{ width: '100%', maxWidth: 760, height: CHART_HEIGHT }}
      margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
      accessibilityLayer
      title={name}
      desc={summary}
      aria-label={name}
    >
      <CartesianGrid stroke={CHART_COLOURS.grid} strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="label" stroke={CHART_COLOURS.text} tick={{ fill: CHART_COLOURS.text }} />
      <YAxis
        allowDecimals={false}
        stroke={CHART_COLOURS.text}
        tick={{ fill: CHART_COLOURS.text }}
      />
      <Tooltip />
      <Bar dataKey="value" name={valueName} fill={CHART_COLOURS.blue} isAnimationActive={false} />
    </BarChart>
  );
}
