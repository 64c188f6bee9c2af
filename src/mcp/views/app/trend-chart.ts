/// <reference lib="dom" />
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { components } from '../../../../generated/openapi.ts';
import { h } from './dom.ts';
import { formatDate, words } from './format.ts';

type Trend = components['schemas']['Trend'];

/** The value a bucket is drawn at: the average reading, or the count when counting records. */
export function plotted(trend: Trend): { date: string; value: number }[] {
  return trend.series
    .map((p) => ({ date: p.bucket_start, value: trend.counting ? p.n : p.avg }))
    .filter((p): p is { date: string; value: number } => typeof p.value === 'number');
}

/**
 * A line of getTrend's series, exactly its numbers (one point per bucket). The points are
 * also on the element's `data-points`, so what is drawn can be checked against the tool.
 */
const HALF_DAY = 43_200;

/** A calendar date as the chart's x value: noon UTC, in seconds. */
function day(date: string): number {
  return Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10), 12) / 1000;
}

export function trendChart(trend: Trend, locale?: string): HTMLElement {
  const points = plotted(trend);
  const what = trend.counting
    ? `${words(trend.metric)} records per ${trend.bucket}`
    : words(trend.metric);
  if (points.length === 0) {
    return h(
      'p',
      { class: 'empty', 'data-points': '[]', 'data-metric': trend.metric },
      `No ${what} recorded between ${formatDate(trend.from, locale)} and ${formatDate(trend.to, locale)}.`,
    );
  }
  const el = h('div', {
    class: 'chart',
    'data-points': JSON.stringify(points),
    'data-metric': trend.metric,
  });
  const xs = points.map((p) => day(p.date));
  const ys = points.map((p) => p.value);
  const css = getComputedStyle(document.documentElement);
  const soft = css.getPropertyValue('--text-soft').trim() || '#5b6270';
  const line = css.getPropertyValue('--line').trim() || '#dde0e6';
  const accent = css.getPropertyValue('--accent').trim() || '#2f6fde';
  const label = trend.unit ? `${what} (${trend.unit})` : what;
  const axis = {
    stroke: soft,
    grid: { stroke: line, width: 1 },
    ticks: { stroke: line, width: 1 },
  };
  const draw = () => {
    const width = Math.max(260, el.clientWidth - 16);
    const chart = new uPlot(
      {
        width,
        height: 220,
        tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
        // The whole period asked for, not just the span of the readings: one reading must
        // not stretch the axis over years.
        scales: {
          x: {
            time: true,
            // A month's bucket starts on the 1st, which may be before `from`.
            range: () => [
              Math.min(day(trend.from), xs[0] as number) - HALF_DAY,
              day(trend.to) + HALF_DAY,
            ],
          },
          ...(trend.counting && { y: { range: (_u, _min, max) => [0, Math.max(1, max) + 1] } }),
        },
        series: [
          {
            label: 'Date',
            value: (_u, v) =>
              v == null ? '' : formatDate(new Date(v * 1000).toISOString(), locale),
          },
          {
            label,
            stroke: accent,
            width: 2,
            points: { show: true, size: 7, fill: accent },
            value: (_u, v) => (v == null ? '' : `${v}${trend.unit ? ` ${trend.unit}` : ''}`),
          },
        ],
        legend: { show: false },
        axes: [
          axis,
          {
            ...axis,
            size: 64,
            // Counts are whole numbers.
            ...(trend.counting && { incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500] }),
            values: (_u, ticks) =>
              ticks.map((v) => (trend.unit ? `${v} ${trend.unit}` : String(v))),
          },
        ],
      },
      [xs, ys],
      el,
    );
    return chart;
  };
  el.append(
    h(
      'p',
      { class: 'chart-caption' },
      trend.counting
        ? `How many per ${trend.bucket}.`
        : `Each point is the average of the readings in that ${trend.bucket}.`,
    ),
  );
  // Drawn once the element is in the page and has a width.
  requestAnimationFrame(() => {
    let chart = draw();
    el.append(el.querySelector('.chart-caption') as Node);
    let width = el.clientWidth;
    new ResizeObserver(() => {
      if (Math.abs(el.clientWidth - width) < 8) return;
      width = el.clientWidth;
      chart.destroy();
      chart = draw();
      el.append(el.querySelector('.chart-caption') as Node);
    }).observe(el);
  });
  return el;
}
