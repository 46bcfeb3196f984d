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

let ticksPerSecond: number | undefined;

/**
 * CPU time (user + system) process `pid` has used so far, in ms (Linux `/proc/<pid>/stat`); undefined elsewhere.
 * Less sensitive than requests/s to other processes competing for the machine's cores.
 */
export function cpuTimeMs(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at field 3; utime and stime are 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
  } catch {
    return undefined;
  }
}
