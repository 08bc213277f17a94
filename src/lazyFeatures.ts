// The one door from the registration glue to the heavy modules (src/features.ts). Activation only
// registers; the importer, the notes index, the card builders and the preview plugin are loaded
// and evaluated on first use. The desktop build keeps them in dist/features.js.
import type * as Features from './features';

let loaded: typeof Features | undefined;

export function features(): typeof Features {
  // A require (not an import) so that nothing of it is evaluated until a feature is first used.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (loaded ??= require('./features') as typeof Features);
}
