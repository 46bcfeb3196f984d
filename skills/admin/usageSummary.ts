import type { AnswerEvent } from '../usage/AnswerLog';

/** Questions, answered and declined, for one slice of the usage (a day, a surface, a brand). */
export interface UsageCount {
  readonly key: string;
  readonly asked: number;
  readonly answered: number;
  readonly declined: number;
}

export interface UsageSummary {
  readonly total: UsageCount;
  /** Per UTC day (`YYYY-MM-DD`), oldest first; only days with questions. */
  readonly perDay: readonly UsageCount[];
  /** Per surface (`teams`, `copilot`, ...), most questions first. */
  readonly bySurface: readonly UsageCount[];
  /** Per brand, most questions first; questions about no brand count under `(none)`. */
  readonly byBrand: readonly UsageCount[];
}

/** Label of questions that named no brand. */
export const NO_BRAND_KEY = '(none)';

/** Counts questions, answered and declined, in total, per UTC day, per surface and per brand. */
export function usageSummary(events: readonly AnswerEvent[]): UsageSummary {
  const total = counter('total');
  const days = new Map<string, ReturnType<typeof counter>>();
  const surfaces = new Map<string, ReturnType<typeof counter>>();
  const brands = new Map<string, ReturnType<typeof counter>>();
  const slot = (map: Map<string, ReturnType<typeof counter>>, key: string) => {
    let found = map.get(key);
    if (!found) map.set(key, (found = counter(key)));
    return found;
  };
  for (const event of events) {
    for (const c of [
      total,
      slot(days, event.at.slice(0, 10)),
      slot(surfaces, event.surface),
      slot(brands, event.brand ?? NO_BRAND_KEY),
    ]) {
      c.asked += 1;
      if (event.outcome === 'answered') c.answered += 1;
      else c.declined += 1;
    }
  }
  const byCount = (a: UsageCount, b: UsageCount) => b.asked - a.asked || a.key.localeCompare(b.key);
  return {
    total,
    perDay: [...days.values()].sort((a, b) => a.key.localeCompare(b.key)),
    bySurface: [...surfaces.values()].sort(byCount),
    byBrand: [...brands.values()].sort(byCount),
  };
}

function counter(key: string): { key: string; asked: number; answered: number; declined: number } {
  return { key, asked: 0, answered: 0, declined: 0 };
}
