import react from '@astrojs/react'
import sitemap from '@astrojs/sitemap'
import { siteUrl } from '@talentregion/shared/environment'
import { defaultLocale, locales } from '@talentregion/shared/locales'
import { searchFolder, snapshotFolders } from '@talentregion/shared/outputFolders'
import { defineConfig } from 'astro/config'

import { hostingRules } from './src/integrations/hostingRules'
import { islandStyleInHead } from './src/integrations/islandStyleInHead'
import { sitemapOptions } from './src/integrations/sitemap'
import { snapshotFiles } from './src/integrations/snapshotFiles'
import { staleOutput } from './src/integrations/staleOutput'
import { validateSnapshot } from './src/integrations/validateSnapshot'
import { siteFonts } from './src/lib/fonts'
import { buildPages } from './src/lib/routes'
import { loadSnapshot, snapshotDir } from './src/lib/snapshot'

const site = siteUrl()
// Read on first use, so `astro check` and `astro sync` work without a snapshot.
const pages = () => buildPages(loadSnapshot())
// Given a cache folder, the build reuses the pages whose content and code did not change since
// the last build into the same output folder, which is then kept rather than emptied.
const cacheDir = process.env.SITE_CACHE_DIR
const incremental = cacheDir
  ? { cacheDir, experimental: { incrementalBuild: true }, vite: { build: { emptyOutDir: false } } }
  : {}

export default defineConfig({
  site,
  output: 'static',
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  i18n: {
    locales: [...locales],
    defaultLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    staleOutput(new Set([...snapshotFolders, searchFolder])),
    validateSnapshot(),
    react(),
    sitemap(sitemapOptions(pages, site)),
    snapshotFiles(snapshotDir),
    islandStyleInHead(),
    hostingRules(),
  ],
  fonts: siteFonts,
  devToolbar: { enabled: false },
  prefetch: false,
  ...incremental,
})
