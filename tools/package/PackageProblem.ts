/**
 * One reason the app package can't be built: where (`file` relative to the repository, `field` as a JSON path
 * such as `bots[0].botId`, empty for the whole file), what is wrong and how to fix it.
 */
export interface PackageProblem {
  readonly file: string;
  readonly field: string;
  readonly message: string;
  readonly fix: string;
}

/** `file: field: message. Fix: fix` on one line (`(whole file)` when there is no field). */
export function formatProblem(problem: PackageProblem): string {
  const sentence = (text: string) => text.replace(/[.\s]+$/, '');
  return `${problem.file}: ${problem.field || '(whole file)'}: ${sentence(problem.message)}. Fix: ${sentence(problem.fix)}.`;
}

/** Thrown by a step that can't go on (e.g. a file that doesn't parse); carries the problems found so far. */
export class PackageError extends Error {
  constructor(readonly problems: readonly PackageProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'PackageError';
  }
}
