// What the figures were measured on: they mean nothing without it.
import { cpus, loadavg, totalmem } from 'node:os';

/** Load average over the last minute, two decimals. */
export const loadAverage1m = () => Math.round(loadavg()[0] * 100) / 100;

export function machineDescription(postgresVersion) {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    ramGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    postgres: postgresVersion,
    // Other work on the machine inflates every figure; recorded so runs can be compared fairly.
    loadAverage1m: loadAverage1m(),
  };
}
