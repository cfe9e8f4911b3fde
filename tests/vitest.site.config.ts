import { fileURLToPath } from 'node:url'

import { getViteConfig } from 'astro/config'

// Component tests run through Astro's own Vite pipeline (Container API), rooted at the site.
export default getViteConfig(
  {
    test: {
      name: 'site',
      dir: fileURLToPath(new URL('./site', import.meta.url)),
      include: ['**/*.test.ts'],
      environment: 'node',
    },
  },
  { root: fileURLToPath(new URL('../site', import.meta.url)) },
)
