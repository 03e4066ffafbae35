import type { TableView } from './table-view';

/** Bar colours per measure column, distinguishable in print and for common colour blindness. */
const BAR_COLOURS = ['#4e79a7', '#f28e2b', '#59a14f', '#b07aa1', '#e15759', '#76b7b2', '#9c755f'];

const ROW = 22;
const BAR = 16;
const LEFT = 220;
const PLOT = 420;
const RIGHT = 90;
const TOP = 56;

/** The chart's size, so the PNG is drawn at the same size. */
export interface ChartPicture {
  svg: string;
  width: number;
  height: number;
}

/**
 * One agreement table as a bar chart (SVG text): for each code a group of horizontal bars, one per
 * measure, on a scale from the lowest figure (or 0) to 1, with dashed lines at Krippendorff's
 * 0.667 and 0.800; an undefined figure is written "undefined", never drawn as 0. The title
 * names the scope, unit and coders; the legend gives each measure's exact name. Drawn by hand
 * (no chart library) and self-contained, so the same text saves as .svg or paints a PNG.
 */
export function agreementChart(view: TableView): ChartPicture {
  const lines = [...view.lines, view.allCodes].filter((l) => l.cells.some((c) => c.value !== null));
  const measures = view.columns.length;
  const group = Math.max(1, measures) * ROW + 10;
  const legendTop = TOP + lines.length * group + 30;
  const height = legendTop + measures * 18 + 16;
  const width = LEFT + PLOT + RIGHT;
  const values = lines.flatMap((l) => l.cells.map((c) => c.value ?? 0));
  const low = Math.min(0, Math.floor(Math.min(0, ...values) * 10) / 10);
  const x = (v: number) => LEFT + ((v - low) / (1 - low)) * PLOT;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    text(
      12,
      20,
      `Inter-coder agreement per code: ${view.scope}`,
      'font-size="15" font-weight="bold"',
    ),
    text(12, 38, `Unit: ${view.unit}; coders: ${view.coders.join(', ')}`),
  ];
  const axisBottom = TOP + lines.length * group;
  for (const tick of ticks(low)) {
    parts.push(
      `<line x1="${x(tick)}" y1="${TOP - 6}" x2="${x(tick)}" y2="${axisBottom}" stroke="#cccccc"/>`,
      text(x(tick), axisBottom + 14, tick.toFixed(1), 'text-anchor="middle" fill="#555555"'),
    );
  }
  for (const mark of [0.667, 0.8])
    parts.push(
      `<line x1="${x(mark)}" y1="${TOP - 6}" x2="${x(mark)}" y2="${axisBottom}" stroke="#555555" stroke-dasharray="4 3"/>`,
      text(x(mark), TOP - 10, mark.toFixed(3), 'text-anchor="middle" fill="#555555"'),
    );
  lines.forEach((l, i) => {
    const top = TOP + i * group;
    parts.push(
      text(LEFT - 8, top + (measures * ROW) / 2 + 4, clip(l.codeName), 'text-anchor="end"'),
    );
    l.cells.forEach((c, m) => {
      const y = top + m * ROW;
      if (c.value === null) {
        parts.push(text(x(0) + 4, y + BAR - 4, 'undefined', 'fill="#555555" font-style="italic"'));
        return;
      }
      const a = x(Math.min(0, c.value));
      const b = x(Math.max(0, c.value));
      parts.push(
        `<rect x="${a}" y="${y}" width="${Math.max(1, b - a)}" height="${BAR}" fill="${colour(m)}"><title>${escape(`${c.name}: ${c.text}`)}</title></rect>`,
        text(Math.max(a, b) + 4, y + BAR - 4, c.text),
      );
    });
  });
  view.columns.forEach((c, m) => {
    const y = legendTop + m * 18;
    parts.push(
      `<rect x="12" y="${y}" width="12" height="12" fill="${colour(m)}"/>`,
      text(30, y + 10, c.name),
    );
  });
  parts.push('</svg>');
  return { svg: parts.join('\n'), width, height };
}

function ticks(low: number): number[] {
  const out: number[] = [];
  const step = low < -1 ? 0.5 : 0.2;
  for (let v = Math.ceil(low / step) * step; v <= 1 + 1e-9; v += step)
    out.push(Math.round(v * 10) / 10);
  return out;
}

const colour = (m: number): string => BAR_COLOURS[m % BAR_COLOURS.length] as string;

function clip(name: string): string {
  return name.length > 32 ? `${name.slice(0, 31)}…` : name;
}

function text(x: number, y: number, content: string, attributes = ''): string {
  return `<text x="${x}" y="${y}" ${attributes}>${escape(content)}</text>`;
}

/** Escapes text for XML content and attributes. */
export function escape(s: string): string {
  return s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
