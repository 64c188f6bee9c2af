/// <reference lib="dom" />
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

/**
 * Draws the chart of a profile's measured value from the numbers the page already shows
 * (getTrend's points on the element's `data-points`; the table beside it is the same
 * numbers for anyone without the picture). What uPlot was given is written back to
 * `data-drawn`, so what is drawn can be checked against getTrend.
 */

interface Point {
  date: string;
  value: number;
}

const HALF_DAY = 43_200;

/** A calendar day as the chart's x value: noon UTC, in seconds, so no zone shifts it. */
function day(date: string): number {
  return Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10), 12) / 1000;
}

const dateOf = (x: number) => new Date(x * 1000).toISOString().slice(0, 10);

function draw(el: HTMLElement, points: Point[]): uPlot {
  const unit = el.dataset.unit ?? '';
  const css = getComputedStyle(document.documentElement);
  const green = css.getPropertyValue('--green').trim() || '#2f6f4f';
  const muted = css.getPropertyValue('--muted').trim() || '#5b6b62';
  const line = css.getPropertyValue('--line').trim() || '#dfe5e0';
  const xs = points.map((p) => day(p.date));
  const ys = points.map((p) => p.value);
  const axis = {
    stroke: muted,
    grid: { stroke: line, width: 1 },
    ticks: { stroke: line, width: 1 },
  };
  const first = xs[0] as number;
  const last = xs[xs.length - 1] as number;
  return new uPlot(
    {
      width: Math.max(260, el.clientWidth),
      height: 240,
      tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
      scales: { x: { time: true, range: () => [first - 4 * HALF_DAY, last + 4 * HALF_DAY] } },
      series: [
        { label: 'Date', value: (_u, v) => (v == null ? '' : dateOf(v)) },
        {
          label: el.dataset.label ?? 'Value',
          stroke: green,
          width: 2,
          points: { show: true, size: 8, fill: green },
          value: (_u, v) => (v == null ? '' : `${v}${unit ? ` ${unit}` : ''}`),
        },
      ],
      legend: { show: false },
      axes: [
        axis,
        {
          ...axis,
          size: 70,
          values: (_u, ticks) => ticks.map((v) => (unit ? `${v} ${unit}` : String(v))),
        },
      ],
    },
    [xs, ys],
    el,
  );
}

function enhance(el: HTMLElement): void {
  if (el.dataset.drawn) return;
  const points = JSON.parse(el.dataset.points ?? '[]') as Point[];
  if (points.length === 0) return;
  el.hidden = false;
  let chart = draw(el, points);
  const record = () => {
    const [xs, ys] = chart.data as [number[], (number | null)[]];
    el.dataset.drawn = JSON.stringify(xs.map((x, i) => ({ date: dateOf(x), value: ys[i] })));
  };
  record();
  let width = el.clientWidth;
  new ResizeObserver(() => {
    if (Math.abs(el.clientWidth - width) < 8) return;
    width = el.clientWidth;
    chart.destroy();
    chart = draw(el, points);
    record();
  }).observe(el);
}

function enhanceAll(): void {
  document.querySelectorAll<HTMLElement>('.trend-chart[data-points]').forEach(enhance);
}

enhanceAll();
// A live update swaps the chart's region for a fresh one: draw that one too.
new MutationObserver(enhanceAll).observe(document.body, { childList: true, subtree: true });
