import path from 'node:path'

import { dataDir } from './paths'

/** Where site releases are built and which one is live (`<root>/current`). */
export const siteRoot = path.resolve(process.env.SITE_ROOT ?? path.join(dataDir, 'site'))

/** Seconds a publish waits for more changes before its build starts: a burst becomes one build. */
export const buildDebounceMs = Number(process.env.SITE_BUILD_DEBOUNCE_MS ?? 3000)
