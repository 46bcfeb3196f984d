/** A clock (epoch ms) a suite moves by hand. */
export interface TestClock {
  /** The current time: `start` plus every `advance` since the test began. */
  readonly now: () => number;
  advance(ms: number): void;
}

/** Call inside a `describe`: a clock that stands at `start` at the beginning of each test. */
export function useTestClock(start: number): TestClock {
  let at = start;
  beforeEach(() => {
    at = start;
  });
  return {
    now: () => at,
    advance: (ms) => {
      at += ms;
    },
  };
}
