import type { components } from '../../../generated/openapi.ts';
import { type Html, html } from '../../web/html.ts';
import { expectStatus } from '../../web/operate.ts';
import { dayText, monthText } from '../day-text.ts';
import type { PageContext } from '../page-context.ts';
import { problemText } from '../problem-text.ts';
import type { CareRecord } from '../records/record-words.ts';
import type { Subject } from './subject-words.ts';

type Trend = components['schemas']['Trend'];
type RecordPage = components['schemas']['RecordPage'];

const BUCKETS = [
  { value: '', label: 'As fits the period' },
  { value: 'day', label: 'Day' },
  { value: 'week', label: 'Week' },
  { value: 'month', label: 'Month' },
];

/** The measured values this person or pet has readings of: weight first, then the rest. */
async function measuredMetrics(ctx: PageContext, subjectId: string): Promise<string[]> {
  const list = async (type: string, limit: string) =>
    expectStatus<RecordPage>(
      await ctx.run({
        method: 'GET',
        path: '/v1/records',
        query: { subject_id: subjectId, type, limit },
      }),
      200,
    ).items;
  const [weights, measurements] = await Promise.all([
    list('weight', '1'),
    list('measurement', '100'),
  ]);
  const named = measurements
    .map((r: CareRecord) => r.metric)
    .filter((m): m is string => typeof m === 'string' && m !== '' && m !== 'weight');
  return [...(weights.length > 0 ? ['weight'] : []), ...new Set(named)];
}

function bucketText(date: string, bucket: string): string {
  if (bucket === 'month') return monthText(date.slice(0, 7));
  if (bucket === 'week') return `Week of ${dayText(date)}`;
  return dayText(date);
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * The chart's numbers, exactly getTrend's: a table anyone can read (and the chart's
 * accessible alternative), and the same points on the chart element for the script.
 */
function trendFigure(trend: Trend, subject: Subject): Html {
  const readings = trend.series.filter((p) => p.avg !== null);
  const points = readings.map((p) => ({ date: p.bucket_start, value: p.avg as number }));
  const unit = trend.unit ?? '';
  const what = trend.metric === 'weight' ? 'Weight' : trend.metric;
  const name = `${subject.name}: ${what.toLowerCase()} from ${dayText(trend.from)} to ${dayText(trend.to)}`;
  if (points.length === 0) {
    return html`<p class="empty">No ${what.toLowerCase()} recorded between ${dayText(trend.from)} and ${dayText(trend.to)}.</p>`;
  }
  return html`<figure class="trend">
<div class="trend-chart" hidden role="img" aria-label="${name}. The same numbers are in the table below."
 data-points="${JSON.stringify(points)}" data-unit="${unit}" data-label="${what}"></div>
<figcaption>${trend.notes.join(' ')}</figcaption>
</figure>
<div class="scroll"><table class="data trend-table">
<caption>${name}${readings.some((p) => p.n > 1) ? ' (the average where there were several readings)' : ''}</caption>
<thead><tr><th scope="col">${trend.bucket === 'day' ? 'Date' : trend.bucket === 'week' ? 'Week' : 'Month'}</th><th scope="col">Value</th><th scope="col">Unit</th><th scope="col">Readings</th></tr></thead>
<tbody>${readings.map(
    (p) =>
      html`<tr><td><time datetime="${p.bucket_start}">${bucketText(p.bucket_start, trend.bucket)}</time></td><td>${round(p.avg as number)}</td><td>${unit}</td><td>${p.n}</td></tr>`,
  )}</tbody>
</table></div>`;
}

/** The profile's chart of a measured value over time (getTrend), weight by default. */
export async function trendSection(
  ctx: PageContext,
  subject: Subject,
  asked: { metric: string; bucket: string },
): Promise<Html> {
  const metrics = await measuredMetrics(ctx, subject.id);
  if (metrics.length === 0) {
    return html`<section aria-labelledby="chart-h"><h2 id="chart-h">Chart</h2>
<div id="trend-data" data-live-region><p class="empty">No weights or other measurements yet. Add one and its chart shows here.</p></div></section>`;
  }
  const metric = metrics.includes(asked.metric) ? asked.metric : (metrics[0] as string);
  const bucket = BUCKETS.some((b) => b.value === asked.bucket) ? asked.bucket : '';
  const reply = await ctx.run({
    method: 'GET',
    path: '/v1/trends',
    query: { subject_id: subject.id, metric, ...(bucket && { bucket }) },
  });
  // A metric getTrend cannot follow (a measurement named like a record type, say) leaves
  // the rest of the profile standing, with getTrend's own words.
  if (reply.status === 422) {
    return html`<section aria-labelledby="chart-h"><h2 id="chart-h">Chart</h2>
<div id="trend-data" data-live-region><p role="alert">${problemText(reply)}</p></div></section>`;
  }
  const trend = expectStatus<Trend>(reply, 200);
  return html`<section aria-labelledby="chart-h"><h2 id="chart-h">${metric === 'weight' ? 'Weight' : metric} over the last year</h2>
<form method="get" action="/people/${subject.id}" class="inline">
<p><label for="t-metric">Show</label>
<select id="t-metric" name="metric">${metrics.map((m) => html`<option value="${m}"${m === metric ? html` selected` : ''}>${m === 'weight' ? 'Weight' : m}</option>`)}</select></p>
<p><label for="t-bucket">One point per</label>
<select id="t-bucket" name="bucket">${BUCKETS.map((b) => html`<option value="${b.value}"${b.value === bucket ? html` selected` : ''}>${b.label}</option>`)}</select></p>
<p><button type="submit" class="secondary">Show</button></p>
</form>
<div id="trend-data" data-live-region>${trendFigure(trend, subject)}</div>
</section>`;
}
