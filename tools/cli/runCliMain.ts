/**
 * Runs an operator CLI's `main` with the process's arguments and exits with the code it resolves. A thrown
 * error is printed to stderr as `shown` makes it (default: as is, with its stack) and exits with code 1.
 */
export function runCliMain(
  main: (argv: string[]) => Promise<number>,
  shown: (error: unknown) => unknown = (error) => error,
): void {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(shown(error));
      process.exit(1);
    },
  );
}
