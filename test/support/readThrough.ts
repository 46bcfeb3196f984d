/**
 * An object whose every property is read from `current()` when it is read: a suite's resource that exists only
 * inside its tests and hooks, handed out once at `describe` time (reading it too early throws as `current` does).
 */
export function readThrough<T extends object>(current: () => T): T {
  return new Proxy({} as T, { get: (_target, key) => Reflect.get(current(), key) });
}
