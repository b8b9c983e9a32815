import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/jsrLabels';
import { formatNumber } from 'c/jsrUi';
import type { SignInTrendView } from 'c/jsrEngine';

/** The chart's coordinate system (the SVG scales to its card through viewBox). */
const WIDTH = 640;
const HEIGHT = 180;
const LEFT = 36;
const RIGHT = 8;
const TOP = 22;
const BOTTOM = 26;
const PLOT_WIDTH = WIDTH - LEFT - RIGHT;
const PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;
/** The engine's "recent" window (trend.ts RECENT_DAYS), marked on the chart. */
const RECENT_DAYS = 7;
/** At most four Jetstream apps: one SLDS colour each (series-0 … series-3 in the CSS). */
const SERIES_CLASSES = ['series-0', 'series-1', 'series-2', 'series-3'];

interface Bar {
    key: string;
    x: number;
    y: number;
    width: number;
    height: number;
    cls: string;
    /** The tooltip (SVG title): day, app and count. */
    title: string;
}

interface AxisLabel {
    key: string;
    x: number;
    y: number;
    text: string;
    anchor: string;
}

/** Rounds a maximum up to a number the axis can label (1, 2, 5, 10, 20, 50…). */
function niceMax(value: number): number {
    if (value <= 1) return 1;
    const magnitude = 10 ** Math.floor(Math.log10(value));
    const step = [1, 2, 5, 10].find((m) => m * magnitude >= value) ?? 10;
    return step * magnitude;
}

/**
 * Failed or blocked sign-ins to Jetstream's apps per day (the activity call's Login History per day, shaped by the
 * engine's signInTrendView): stacked bars, one SLDS colour per app, the last 7 days marked. The engine's summary is
 * the figure's caption and the text alternative; "Show the numbers" opens the same data as a table. Drawn as SVG in
 * the template: no chart library, nothing Lightning Web Security restricts.
 */
export default class JsrSignInTrend extends LightningElement {
    @api trend: SignInTrendView | null = null;
    /** The activity call is still reading. */
    @api loading = false;

    labels = LABELS;
    showTable = false;
    width = WIDTH;
    height = HEIGHT;
    viewBox = `0 0 ${WIDTH} ${HEIGHT}`;

    get readable(): boolean {
        return !!this.trend?.readable;
    }

    get summary(): string {
        return this.trend?.summary ?? '';
    }

    /** A chart only when there is something to draw. */
    get hasFailures(): boolean {
        return (this.trend?.series.length ?? 0) > 0;
    }

    private get max(): number {
        return niceMax(Math.max(0, ...(this.trend?.totals ?? [])));
    }

    private get slot(): number {
        return PLOT_WIDTH / Math.max(1, this.trend?.days.length ?? 1);
    }

    private xOf(index: number): number {
        return LEFT + index * this.slot;
    }

    get bars(): Bar[] {
        const trend = this.trend;
        if (!trend) return [];
        const scale = PLOT_HEIGHT / this.max;
        const width = Math.max(1, this.slot * 0.7);
        const partial = new Set(trend.partialDays);
        const bars: Bar[] = [];
        trend.days.forEach((day, d) => {
            let base = TOP + PLOT_HEIGHT;
            trend.series.forEach((series, s) => {
                const count = series.counts[d] ?? 0;
                if (count === 0) return;
                const height = count * scale;
                base -= height;
                bars.push({
                    key: `${day}-${series.catalogName}`,
                    x: this.xOf(d) + (this.slot - width) / 2,
                    y: base,
                    width,
                    height,
                    cls: `bar ${SERIES_CLASSES[s % SERIES_CLASSES.length] ?? ''}${partial.has(day) ? ' partial' : ''}`,
                    title: `${day}: ${series.label} ${formatNumber(count)}`
                });
            });
        });
        return bars;
    }

    get yLabels(): AxisLabel[] {
        const max = this.max;
        return [0, max / 2, max]
            .filter((value) => Number.isInteger(value))
            .map((value) => ({
                key: `y-${value}`,
                x: LEFT - 6,
                y: TOP + PLOT_HEIGHT - (value / max) * PLOT_HEIGHT + 4,
                text: formatNumber(value),
                anchor: 'end'
            }));
    }

    get gridLines(): { key: string; y: number; x1: number; x2: number }[] {
        return this.yLabels.map((label) => ({ key: `grid-${label.key}`, y: label.y - 4, x1: LEFT, x2: WIDTH - RIGHT }));
    }

    get xLabels(): AxisLabel[] {
        const days = this.trend?.days ?? [];
        if (days.length === 0) return [];
        const recent = Math.max(0, days.length - RECENT_DAYS);
        const picks = [...new Set([0, recent, days.length - 1])];
        return picks.map((index, i) => ({
            key: `x-${index}`,
            x: i === picks.length - 1 ? WIDTH - RIGHT : this.xOf(index),
            y: HEIGHT - 8,
            text: (days[index] ?? '').slice(5),
            anchor: i === picks.length - 1 ? 'end' : 'start'
        }));
    }

    /** The dashed line where the last 7 days begin. */
    get lastWeek(): { x: number; y1: number; y2: number; labelX: number; labelY: number } | null {
        const days = this.trend?.days.length ?? 0;
        if (days <= RECENT_DAYS) return null;
        const x = this.xOf(days - RECENT_DAYS);
        return { x, y1: TOP - 4, y2: TOP + PLOT_HEIGHT, labelX: x + 4, labelY: TOP - 8 };
    }

    get legend(): { key: string; label: string; swatchClass: string }[] {
        return (this.trend?.series ?? []).map((series, s) => ({
            key: series.catalogName,
            label: `${series.label} (${formatNumber(series.total)})`,
            swatchClass: `swatch ${SERIES_CLASSES[s % SERIES_CLASSES.length] ?? ''}`
        }));
    }

    get hasPartialDays(): boolean {
        return (this.trend?.partialDays.length ?? 0) > 0;
    }

    get tableToggleLabel(): string {
        return this.showTable ? LABELS.trendHideTable : LABELS.trendShowTable;
    }

    get tableHeaders(): { key: string; label: string }[] {
        return (this.trend?.series ?? []).map((series) => ({ key: series.catalogName, label: series.label }));
    }

    /** Days with a failure, newest first, one cell per app and the total. */
    get tableRows(): { key: string; day: string; cells: { key: string; value: string }[]; total: string }[] {
        const trend = this.trend;
        if (!trend) return [];
        return trend.days
            .map((day, d) => ({ day, d, total: trend.totals[d] ?? 0 }))
            .filter((row) => row.total > 0)
            .reverse()
            .map((row) => ({
                key: row.day,
                day: row.day,
                cells: trend.series.map((series) => ({
                    key: `${row.day}-${series.catalogName}`,
                    value: formatNumber(series.counts[row.d] ?? 0)
                })),
                total: formatNumber(row.total)
            }));
    }

    handleToggleTable(): void {
        this.showTable = !this.showTable;
    }
}
