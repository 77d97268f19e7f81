// A hand-written SVG chart: cumulative distribution (CDF) of latencies per series, log-scaled x.

const COLORS = ['#01689b', '#d52b1e', '#39870c', '#e17000', '#8fcae7', '#a90061', '#777c00'];

const escape = (text) => String(text).replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** `series`: [{ label, values }] with values in ms. Returns SVG text. */
export function cdfChart(title, series, { width = 760, height = 420, unit = 'ms' } = {}) {
  const margin = { left: 60, right: 20, top: 40, bottom: 50 };
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const all = series.flatMap((s) => s.values).filter((v) => Number.isFinite(v) && v > 0);
  const lo = Math.max(0.01, all.length ? all.reduce((m, v) => (v < m ? v : m), Infinity) : 0.1);
  const hi = Math.max(lo * 10, all.length ? all.reduce((m, v) => (v > m ? v : m), 0) : 1);
  const minExp = Math.floor(Math.log10(lo));
  const maxExp = Math.ceil(Math.log10(hi));
  const x = (v) =>
    margin.left + ((Math.log10(Math.max(v, 10 ** minExp)) - minExp) / (maxExp - minExp)) * plotW;
  const y = (f) => margin.top + (1 - f) * plotH;
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
    `<text x="${width / 2}" y="20" text-anchor="middle" font-size="14">${escape(title)}</text>`,
  ];
  for (let e = minExp; e <= maxExp; e++) {
    const px = x(10 ** e);
    out.push(
      `<line x1="${px}" y1="${margin.top}" x2="${px}" y2="${margin.top + plotH}" stroke="#ddd"/>`,
    );
    out.push(
      `<text x="${px}" y="${margin.top + plotH + 16}" text-anchor="middle">${escape(10 ** e)}</text>`,
    );
  }
  for (const f of [0, 0.25, 0.5, 0.75, 0.9, 0.99, 1]) {
    out.push(
      `<line x1="${margin.left}" y1="${y(f)}" x2="${margin.left + plotW}" y2="${y(f)}" stroke="#eee"/>`,
    );
    out.push(`<text x="${margin.left - 6}" y="${y(f) + 4}" text-anchor="end">${f}</text>`);
  }
  out.push(
    `<text x="${margin.left + plotW / 2}" y="${height - 10}" text-anchor="middle">${escape(unit)} (log scale)</text>`,
  );
  out.push(
    `<text x="14" y="${margin.top + plotH / 2}" transform="rotate(-90 14 ${margin.top + plotH / 2})" text-anchor="middle">fraction ≤ x</text>`,
  );
  series.forEach((s, i) => {
    const sorted = Float64Array.from(s.values.filter(Number.isFinite)).sort();
    const color = COLORS[i % COLORS.length];
    if (sorted.length > 0) {
      const step = Math.max(1, Math.floor(sorted.length / 600));
      const points = [];
      for (let k = 0; k < sorted.length; k += step)
        points.push(`${x(sorted[k]).toFixed(1)},${y((k + 1) / sorted.length).toFixed(1)}`);
      points.push(`${x(sorted[sorted.length - 1]).toFixed(1)},${y(1)}`);
      out.push(
        `<polyline fill="none" stroke="${color}" stroke-width="2" points="${points.join(' ')}"/>`,
      );
    }
    // Legend bottom right: CDF curves rarely pass there (large x, small fraction).
    const ly = margin.top + plotH - 8 - (series.length - 1 - i) * 16;
    const lx = margin.left + plotW * 0.42;
    out.push(`<rect x="${lx}" y="${ly - 9}" width="12" height="10" fill="${color}"/>`);
    out.push(`<text x="${lx + 18}" y="${ly}">${escape(`${s.label} (n=${sorted.length})`)}</text>`);
  });
  out.push('</svg>');
  return out.join('\n') + '\n';
}
