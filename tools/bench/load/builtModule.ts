import path from 'node:path';

/**
 * A module of the production build (`dist/<module>.js`, compiled by `npm run build`), loaded as the compiled
 * server loads it: plain JavaScript, no transpiler. `T` is the type of the source module it was compiled from.
 * Throws when the build is missing.
 */
export function builtModule<T>(root: string, module: string): T {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a compiled file chosen at run time
  return require(path.join(root, 'dist', `${module}.js`)) as T;
}
