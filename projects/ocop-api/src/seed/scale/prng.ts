/**
 * A small seeded generator (mulberry32): the same seed gives the same province every time, so a figure measured
 * on one machine can be compared with one measured on another, and a failing check can be replayed.
 */
export class Prng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new RangeError('pick from an empty list');
    return item;
  }

  /** One of `weights`' keys, each with its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const entries = Object.entries(weights) as [K, number][];
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let roll = this.next() * total;
    for (const [key, weight] of entries) {
      roll -= weight;
      if (roll < 0) return key;
    }
    return entries[entries.length - 1]![0];
  }

  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  }
}

/**
 * A stable id per kind and number, readable in a query result: 5ca1e0KK-…-NNNNNNNNNNNN. Kinds keep the ids of
 * different tables apart; the fixed prefix keeps them apart from demo data and from ids the API generates.
 */
export function scaleId(kind: number, n: number): string {
  const k = kind.toString(16).padStart(2, '0');
  return `5ca1e0${k}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

export const ID_KIND = {
  producer: 1,
  product: 2,
  dossier: 3,
  council: 4,
  member: 5,
  session: 6,
  certificate: 7,
  plan: 8,
  target: 9,
  task: 10,
  report: 11,
} as const;

/** 'yyyy-MM-dd' of a UTC day number. */
export function isoDay(epochDay: number): string {
  return new Date(epochDay * 86_400_000).toISOString().slice(0, 10);
}

export function epochDay(iso: string): number {
  return Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000);
}

/** An instant during office hours (Vietnam, UTC+7) of a day, as an ISO timestamp. */
export function officeTime(epochDayNumber: number, prng: Prng): string {
  const minutes = prng.int(1 * 60, 9 * 60 + 30); // 08:00–16:30 in Vietnam
  return new Date(epochDayNumber * 86_400_000 + minutes * 60_000 + prng.int(0, 59_999)).toISOString();
}
