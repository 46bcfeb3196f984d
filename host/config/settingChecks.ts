import type { z } from 'zod/v4';

/** Settings a check reads that may be unset: a trimmed value, or undefined when blank (see `optionalText`). */
export type OptionalSettings<Name extends string> = { readonly [K in Name]?: string | undefined };

/** How the configuration checks report a problem: as a zod issue on the setting it concerns. */
export interface SettingChecks<Name extends string> {
  /** Adds `message` as an issue on `name`. */
  issue(name: Name, message: string): void;
  /** Adds `is required <why>` on `name` when it is unset. */
  need(name: Name, why: string): void;
  /**
   * A backend reached at `settings` with a key or the app's Entra credential: each of `settings` is needed
   * (`need(name, when)`), then `message` goes on `key` when neither the key nor an Entra credential is set.
   */
  needWithKey(settings: readonly Name[], when: string, key: Name, message: string): void;
}

/** The checks of `env` (the parsed settings), `entra` telling whether an Entra credential is configured. */
export function settingChecks<Name extends string>(
  env: { readonly [K in Name]?: unknown },
  entra: boolean,
  ctx: z.RefinementCtx,
): SettingChecks<Name> {
  const issue = (name: Name, message: string) => ctx.addIssue({ code: 'custom', path: [name], message });
  const need = (name: Name, why: string) => {
    if (!env[name]) issue(name, `is required ${why}`);
  };
  return {
    issue,
    need,
    needWithKey(settings, when, key, message) {
      for (const name of settings) need(name, when);
      if (!env[key] && !entra) issue(key, message);
    },
  };
}
