import type { Attributes } from '@opentelemetry/api';
import { withSpan } from '../../skills/telemetry/withSpan';

type AsyncMethodName<T> = {
  [K in keyof T]: T[K] extends (...args: never[]) => Promise<unknown> ? K : never;
}[keyof T] &
  string;

/**
 * Wraps `target` so that each listed async method runs in a span `<prefix>.<method>` (kind client, with
 * `attributes`) and feeds the histogram `<prefix>.<method>.duration` (see `withSpan`). Arguments and results
 * pass through untouched and are never recorded. Every other property reads through to `target` (functions
 * bound to it), so the wrapper stands in for the backend wherever its interface is used.
 */
export function traceMethods<T extends object>(
  target: T,
  prefix: string,
  methods: readonly AsyncMethodName<T>[],
  attributes: Attributes = {},
): T {
  const traced = new Map<PropertyKey, unknown>();
  for (const method of methods) {
    const original = target[method] as unknown as (...args: unknown[]) => Promise<unknown>;
    const name = `${prefix}.${method}`;
    traced.set(method, (...args: unknown[]) =>
      withSpan(name, attributes, () => original.apply(target, args), { kind: 'client' }),
    );
  }
  return new Proxy(target, {
    get(object, property) {
      if (traced.has(property)) return traced.get(property);
      const value: unknown = Reflect.get(object, property, object);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(object) : value;
    },
  });
}
