import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

/** One row of a bar chart: its name and one value per series. */
export interface BarChartRow {
  key: string;
  label: string;
  values: readonly number[];
}

const LABEL_WIDTH = 190;
const BAR_START = 200;
const BAR_SPACE = 330;
const WIDTH = 600;
const BAR_HEIGHT = 16;
const ROW_GAP = 10;

/** Long names are cut in the drawing; the table view and the aria-label keep them whole. */
function shorten(text: string): string {
  return text.length > 28 ? `${text.slice(0, 27)}…` : text;
}

/**
 * A small horizontal bar chart drawn in SVG (no chart library: it lives only in the dashboard's lazy chunk).
 * Screen readers read `label`, a summary of every value, as the image's name; the drawing itself is hidden.
 */
@Component({
  selector: 'ocop-bar-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let shape = layout();
    <svg
      class="bar-chart"
      role="img"
      [attr.aria-label]="label()"
      [attr.viewBox]="'0 0 ' + width + ' ' + shape.height"
      preserveAspectRatio="xMinYMin meet"
    >
      @for (row of shape.rows; track row.key) {
        <g class="bar-row" [attr.data-key]="row.key">
          <text class="bar-label" [attr.x]="labelWidth" [attr.y]="row.labelY" text-anchor="end">
            {{ row.label }}
          </text>
          @for (bar of row.bars; track $index) {
            <rect
              [attr.class]="'bar series-' + $index"
              [attr.x]="barStart"
              [attr.y]="bar.y"
              [attr.width]="bar.width"
              [attr.height]="barHeight"
            />
            <text class="bar-value" [attr.x]="barStart + bar.width + 4" [attr.y]="bar.y + barHeight - 4">
              {{ bar.text }}
            </text>
          }
        </g>
      }
    </svg>
    @if (series().length > 1) {
      <ul class="legend" aria-hidden="true">
        @for (name of series(); track $index) {
          <li><span [class]="'swatch series-' + $index"></span>{{ name }}</li>
        }
      </ul>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    svg {
      width: 100%;
      height: auto;
      max-width: 640px;
      font: 12px sans-serif;
    }
    .bar-label,
    .bar-value {
      fill: #1f2937;
    }
    .series-0 {
      fill: #2563eb;
      background: #2563eb;
    }
    .series-1 {
      fill: #16a34a;
      background: #16a34a;
    }
    .series-2 {
      fill: #dc2626;
      background: #dc2626;
    }
    .legend {
      display: flex;
      gap: 12px;
      list-style: none;
      margin: 4px 0 0;
      padding: 0;
      font-size: 0.85rem;
    }
    .swatch {
      display: inline-block;
      width: 10px;
      height: 10px;
      margin-right: 4px;
    }
  `,
})
export class BarChart {
  /** The series' names (one bar per series in each row); a single series draws no legend. */
  readonly series = input<readonly string[]>([]);
  readonly rows = input.required<readonly BarChartRow[]>();
  /** The values as text, as the page writes numbers (same order as `rows` and their values). */
  readonly texts = input.required<readonly (readonly string[])[]>();
  /** The accessible name: what the chart shows, with every value. */
  readonly label = input.required<string>();

  protected readonly width = WIDTH;
  protected readonly labelWidth = LABEL_WIDTH;
  protected readonly barStart = BAR_START;
  protected readonly barHeight = BAR_HEIGHT;

  protected readonly layout = computed(() => {
    const rows = this.rows();
    const max = Math.max(0, ...rows.flatMap((row) => row.values));
    let y = ROW_GAP / 2;
    const shaped = rows.map((row, r) => {
      const top = y;
      const bars = row.values.map((value, i) => ({
        y: top + i * BAR_HEIGHT,
        // A zero keeps a hairline so the row still reads as "measured, nothing".
        width: max > 0 ? Math.max(1, Math.round((value / max) * BAR_SPACE)) : 1,
        text: this.texts()[r]?.[i] ?? String(value),
      }));
      const height = Math.max(1, row.values.length) * BAR_HEIGHT;
      y += height + ROW_GAP;
      return { key: row.key, label: shorten(row.label), labelY: top + height / 2 + 4, bars };
    });
    return { rows: shaped, height: Math.max(y, 20) };
  });
}
