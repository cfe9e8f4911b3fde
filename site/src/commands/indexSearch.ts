import path from 'node:path'

import { indexSearch } from '../lib/searchIndex'

// After `astro build` (the package's `build` script): the same output and cache folders as
// astro.config.ts, so an incremental build's search copies are kept too.
await indexSearch(path.resolve(process.env.SITE_OUT_DIR ?? 'dist'), {
  cacheDir: process.env.SITE_CACHE_DIR || undefined,
})
