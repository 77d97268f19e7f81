// Kring's M2 targets (issue 3), evaluated from the runs of this invocation.
import { median } from '../lib/stats.mjs';

const GB = 1024 ** 3;

/** Median over the runs of `kind` of `get(result)`; NaN when there is none. */
export function medianOf(runs, kind, get) {
  const values = runs
    .filter((r) => r.kind === kind && !r.error)
    .map((r) => get(r.result))
    .filter((v) => Number.isFinite(v));
  return values.length ? median(values) : NaN;
}

const f = (v, digits = 2) => (Number.isFinite(v) ? v.toFixed(digits) : '–');

function check(label, pass, detail) {
  return { label, status: pass === null ? 'SKIP' : pass ? 'PASS' : 'FAIL', detail };
}

/** `all` maps scenario name → runs. Returns [{ label, status, detail }]. */
export function evaluateTargets(all) {
  const out = [];
  const fan = all.fanout;
  if (fan) {
    const k = (get) => medianOf(fan, 'kring', get);
    const h = (get) => medianOf(fan, 'hocuspocus', get);
    const y = (get) => medianOf(fan, 'ywebsocket', get);
    const p99 = (r) => r.latencyMs.p99;
    const better = Math.min(h(p99), y(p99));
    const has = Number.isFinite(k(p99)) && Number.isFinite(better);
    out.push(
      check(
        '1a fan-out p99 ≤ better peer p99',
        has ? k(p99) <= better : null,
        `Kring ${f(k(p99))} ms vs Hocuspocus ${f(h(p99))} ms, y-websocket-server ${f(y(p99))} ms`,
      ),
    );
    const cpu = (r) => r.cpuSeconds;
    const hasCpu = Number.isFinite(k(cpu)) && Number.isFinite(h(cpu));
    out.push(
      check(
        '1b fan-out server CPU ≤ 0.6 × Hocuspocus',
        hasCpu ? k(cpu) <= 0.6 * h(cpu) : null,
        `Kring ${f(k(cpu))} s vs 0.6 × ${f(h(cpu))} s = ${f(0.6 * h(cpu))} s (ratio ${f(k(cpu) / h(cpu))})`,
      ),
    );
    const kr = fan.filter((r) => r.kind === 'kring');
    const converged =
      kr.length > 0 && kr.every((r) => !r.error && r.result.convergedDocs === r.result.docs);
    out.push(
      check(
        '1c all Kring documents converge',
        kr.length ? converged : null,
        kr
          .map((r) => (r.error ? 'error' : `${r.result.convergedDocs}/${r.result.docs}`))
          .join(', '),
      ),
    );
    const ack = k((r) => r.ack?.p99);
    const unacked = kr.reduce((s, r) => s + (r.result?.ack?.unacked ?? 0), 0);
    out.push(
      check(
        '2 saved p99 ≤ 20 ms under fan-out load',
        Number.isFinite(ack) ? ack <= 20 && unacked === 0 : null,
        `Kring saved p99 ${f(ack)} ms, p50 ${f(k((r) => r.ack?.p50))} ms; edits never acked: ${unacked}`,
      ),
    );
  }
  const idle = all.idle;
  if (idle) {
    const m = (kind, get) => medianOf(idle, kind, get);
    const t = (r) => r.allSyncedS;
    const better = Math.min(m('hocuspocus', t), m('ywebsocket', t));
    const kt = m('kring', t);
    out.push(
      check(
        '3a all connections synced faster than both peers',
        Number.isFinite(kt) && Number.isFinite(better) ? kt < better : null,
        `Kring ${f(kt)} s vs Hocuspocus ${f(m('hocuspocus', t))} s, y-websocket-server ${f(m('ywebsocket', t))} s`,
      ),
    );
    const per = (r) => r.rssPerConnectionBytes;
    const kp = m('kring', per);
    const yp = m('ywebsocket', per);
    out.push(
      check(
        '3b RSS per idle connection ≤ 0.5 × y-websocket-server',
        Number.isFinite(kp) && Number.isFinite(yp) ? kp <= 0.5 * yp : null,
        `Kring ${f(kp / 1024, 1)} KB vs 0.5 × ${f(yp / 1024, 1)} KB = ${f(yp / 2048, 1)} KB`,
      ),
    );
  }
  const cold = all.coldload;
  if (cold) {
    const full = (r) => r.first.fullMs;
    const kf = medianOf(cold, 'kring', full);
    const hf = medianOf(cold, 'hocuspocus', full);
    out.push(
      check(
        '4a cold load connect → full content ≤ 0.3 × Hocuspocus',
        Number.isFinite(kf) && Number.isFinite(hf) ? kf <= 0.3 * hf : null,
        `Kring ${f(kf, 0)} ms vs 0.3 × ${f(hf, 0)} ms = ${f(0.3 * hf, 0)} ms (median of restarts: Kring ${f(
          medianOf(cold, 'kring', (r) => r.medianFullMs),
          0,
        )} ms, Hocuspocus ${f(
          medianOf(cold, 'hocuspocus', (r) => r.medianFullMs),
          0,
        )} ms)`,
      ),
    );
    const kr = cold.filter((r) => r.kind === 'kring' && !r.error);
    out.push(
      check(
        '4b cold load: synced never before the content',
        kr.length ? kr.every((r) => !r.result.syncedBeforeContent) : null,
        kr
          .map(
            (r) =>
              `lengths at synced ${r.result.loads.map((l) => l.lengthAtSynced).join(', ')} of ${r.result.textLength}`,
          )
          .join('; '),
      ),
    );
  }
  const storm = all.joinstorm;
  if (storm) {
    for (const phase of ['cold', 'warm']) {
      const m = (kind, get) => medianOf(storm, kind, (r) => get(r[phase]));
      const cpu = (w) => w.cpuSeconds;
      const kc = m('kring', cpu);
      const hc = m('hocuspocus', cpu);
      out.push(
        check(
          `5 ${phase}: wave CPU ≤ 0.2 × Hocuspocus`,
          Number.isFinite(kc) && Number.isFinite(hc) ? kc <= 0.2 * hc : null,
          `Kring ${f(kc)} s vs 0.2 × ${f(hc)} s = ${f(0.2 * hc)} s`,
        ),
      );
      const rss = m('kring', (w) => w.peakRssBytes);
      out.push(
        check(
          `5 ${phase}: server peak RSS ≤ 1 GB`,
          Number.isFinite(rss) ? rss <= GB : null,
          `Kring ${f(rss / 1024 ** 2, 0)} MB`,
        ),
      );
      const p99 = (w) => w.fullMs.p99;
      const better = Math.min(m('hocuspocus', p99), m('ywebsocket', p99));
      const kp = m('kring', p99);
      out.push(
        check(
          `5 ${phase}: p99 (connect → full content) ≤ better peer`,
          Number.isFinite(kp) && Number.isFinite(better) ? kp <= better : null,
          `Kring ${f(kp, 0)} ms vs Hocuspocus ${f(m('hocuspocus', p99), 0)} ms, y-websocket-server ${f(m('ywebsocket', p99), 0)} ms`,
        ),
      );
      const early = m('kring', (w) => w.syncedBeforeContent);
      const missing = m('kring', (w) => w.joiners - w.fullContent);
      out.push(
        check(
          `5 ${phase}: synced never before content`,
          Number.isFinite(early) ? early === 0 && missing === 0 : null,
          `${f(early, 0)} joiners synced before content, ${f(missing, 0)} never got it`,
        ),
      );
    }
  }
  return out;
}
