import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { CHART_COLOURS, CHART_HEIGHT } from './chart-style.js';

export interface TrendChartPoint {
  readonly label: string;
  readonly requests: number | null;
  readonly firstAppointments: number | null;
  readonly waiting: number | null;
}

interface TrendChartProps {
  /** The chart's accessible name. */
  name: string;
  /** The one-line summary in words, also the chart's description. */
  summary: string;
  points: readonly TrendChartPoint[];
  labels: Readonly<Record<'requests' | 'firstAppointments' | 'waiting', string>>;
}

/**
 * The weekly trend as a line chart (Recharts, ADR 0020): requests, first appointments and people
 * waiting at each week's end. A suppressed week is a gap, not a zero. Keyboard users reach it by
 * Tab and move from week to week with the arrow keys (Recharts' accessibility layer); the table
 * beside it holds the same numbers.
 */
export function TrendChart({ name, summary, points, labels }: TrendChartProps) {
  return (
    <LineChart
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
      <Line
        dataKey="requests"
        name={labels.requests}
        stroke={CHART_COLOURS.blue}
        strokeWidth={3}
        isAnimationActive={false}
      />
      <Line
        dataKey="firstAppointments"
        name={labels.firstAppointments}
        stroke={CHART_COLOURS.green}
        strokeWidth={3}
        strokeDasharray="8 4"
        isAnimationActive={false}
      />
      <Line
        dataKey="waiting"
        name={labels.waiting}
        stroke={CHART_COLOURS.purple}
        strokeWidth={3}
        strokeDasharray="2 4"
        isAnimationActive={false}
      />
    </LineChart>
  );
}
