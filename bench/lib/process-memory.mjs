// The resident memory of a process of this machine, from /proc/<pid>/status (Linux): now (VmRSS) and its peak
// (VmHWM). Writing 5 to /proc/<pid>/clear_refs sets the peak back to the current size (Linux 4.0+), so each
// measurement gets a peak of its own instead of the process's peak since it started.
import { readFileSync, writeFileSync } from 'node:fs';

const MiB = (kB) => Math.round((kB / 1024) * 10) / 10;

/** { rssMiB, peakMiB } of `pid`, or null when there is no such process or no /proc. */
export function processMemory(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kB = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMiB: MiB(kB('VmRSS')), peakMiB: MiB(kB('VmHWM')) };
  } catch {
    return null;
  }
}

/** Sets the peak of `pid` back to its current size; false when the kernel or the rights refuse. */
export function resetPeakMemory(pid) {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}
