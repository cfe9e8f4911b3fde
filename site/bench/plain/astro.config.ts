import { defineConfig } from 'astro/config'

// The baseline the product's build is measured against (`pnpm bench:site`): the same pages from
// the same snapshot, rendered by Astro with nothing else — no layout, islands, images or search.
export default defineConfig({
  output: 'static',
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
})
