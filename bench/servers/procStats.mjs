// CPU time and memory of a process, read from /proc (Linux only).
import { readFileSync } from 'node:fs';

const CLOCK_TICKS_PER_SECOND = 100; // `getconf CLK_TCK` on Linux x86-64

/** User + system CPU seconds the process has used since it started. */
export function cpuSeconds(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may contain spaces) start at field 3 (state).
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]); // field 14
  const stime = Number(fields[12]); // field 15
  return (utime + stime) / CLOCK_TICKS_PER_SECOND;
}

/** Current and peak resident set size in bytes (VmRSS, VmHWM). */
export function memory(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name) => {
    const match = new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status);
    return match ? Number(match[1]) * 1024 : 0;
  };
  return { rss: kb('VmRSS'), peakRss: kb('VmHWM') };
}

/**
 * Samples a process's RSS every `intervalMs` and remembers the peak between start and stop.
 * (VmHWM gives the peak since the process started; this gives the peak of one window.)
 */
export function startRssSampler(pid, intervalMs = 100) {
  let peak = 0;
  const sample = () => {
    try {
      peak = Math.max(peak, memory(pid).rss);
    } catch {
      // the process has exited; keep the last peak
    }
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}
