import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/** Resident set size of process `pid` in bytes (Linux `/proc`, else `ps`); undefined once it has exited. */
export function residentMemory(pid: number): number | undefined {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
    if (kb) return Number(kb) * 1024;
  } catch {
    // No /proc (macOS) or the process is gone: ask ps.
  }
  try {
    const kb = Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim());
    return Number.isFinite(kb) && kb > 0 ? kb * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Samples `pid`'s resident memory every `everyMs` until `stop()`, which returns the peak seen (bytes). */
export function samplePeak(pid: number, everyMs = 50): { stop(): number } {
  let peak = residentMemory(pid) ?? 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, residentMemory(pid) ?? 0);
  }, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, residentMemory(pid) ?? 0);
    },
  };
}
