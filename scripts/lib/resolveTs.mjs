/**
 * Node resolve hook for running the project's TypeScript directly (Node 24 strips types):
 * the library imports siblings without an extension (`./argmax`, as Vite and tsc allow), which
 * Node's own resolver rejects, so a failed relative specifier without an extension is retried
 * with `.ts`. Used as `node --import ./scripts/lib/resolveTs.mjs scripts/train.ts`.
 */
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (/^\.\.?\//.test(specifier) && !/\.[cm]?[jt]s$/.test(specifier)) {
        return nextResolve(`${specifier}.ts`, context);
      }
      throw error;
    }
  },
});
