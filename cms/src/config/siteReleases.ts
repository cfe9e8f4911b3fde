import path from 'node:path'

import { dataDir } from './paths'

/** Where site releases are built and which one is live (`<root>/current`). */
export const siteRoot = path.resolve(process.env.SITE_ROOT ?? path.join(dataDir, 'site'))

/**
 * How long a publish waits for changes arriving with it (one save touching several documents, a
 * burst of publishes) before its build starts; later changes join the next build.
 */
export const buildDebounceMs = Number(process.env.SITE_BUILD_DEBOUNCE_MS ?? 500)
