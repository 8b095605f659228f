import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { CHART_COLOURS, CHART_HEIGHT } from '../evidence/charts/chart-style.js';
import type { DemandCapacityPoint } from './planning-view.js';

interface DemandCapacityChartProps {
  /** The chart's accessible name. */
  name: string;
  /** The one-line summary in words, also the chart's description. */
  summary: string;
  points: readonly DemandCapacityPoint[];
  labels: Readonly<Record<'joined' | 'booked' | 'slots', string>>;
}

/**
 * Demand against capacity week by week as a line chart (Recharts, ADR 0020): people joining the
 * waiting list, first appointments booked, and the one-to-one slots the rota gave. A week the
 * small-number rule held back is a gap, not a zero; each line has its own dashes as well as its
 * colour. The table beside it holds the same numbers.
 */
export function DemandCapacityChart({ name, summary, points, labels }: DemandCapacityChartProps) {
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
        dataKey="joined"
        name={labels.joined}
        stroke={CHART_COLOURS.blue}
        strokeWidth={3}
        isAnimationActive={false}
      />
      <Line
        dataKey="booked"
        name={labels.booked}
        stroke={CHART_COLOURS.green}
        strokeWidth={3}
        strokeDasharray="8 4"
        isAnimationActive={false}
      />
      <Line
        dataKey="slots"
        name={labels.slots}
        stroke={CHART_COLOURS.purple}
        strokeWidth={3}
        strokeDasharray="2 4"
        isAnimationActive={false}
      />
    </LineChart>
  );
}
