import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { writeDeployFile, type Redirect } from '@talentregion/shared/serving/deployFiles'
import { headersFile } from '@talentregion/shared/serving/headersFile'
import { nginxConfig } from '@talentregion/shared/serving/nginxConfig'
import { redirectsFile } from '@talentregion/shared/serving/redirectsFile'
import type { AstroIntegration } from 'astro'

import { htmlFiles } from '../lib/outputFiles'
import { inlineScriptHashes } from '../lib/inlineScriptHashes'
import { factsFile, PageFacts } from '../lib/pageFacts'
import { shortLinks } from '../lib/shortLinks'
import { loadSnapshot } from '../lib/snapshot'

/**
 * Writes the release's serving rules next to it: `_headers` and `_redirects` for static hosts,
 * `.deploy/nginx.conf`, and for the built-in server `.deploy/csp.json` (inline script hashes,
 * the CMS origin) and `.deploy/short-links.json` (where each placement code leads).
 */
export function hostingRules(): AstroIntegration {
  return {
    name: 'talentregion:hosting-rules',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir)
        // Read one page at a time, and only pages written since the last build.
        const facts = new PageFacts<string[]>(
          factsFile(process.env.SITE_CACHE_DIR, 'inline-scripts'),
          1,
        )
        const found = new Set<string>()
        for (const file of htmlFiles(root))
          for (const hash of facts.of(file, (html) => inlineScriptHashes([html])).facts)
            found.add(hash)
        facts.save()
        const hashes = [...found].sort()
        const snapshot = loadSnapshot()
        const cmsOrigin = snapshot.cmsUrl ? new URL(snapshot.cmsUrl).origin : null
        // Printed vanity addresses may be pointed elsewhere later, so they are not permanent.
        const redirects: Redirect[] = snapshot.redirects.map(({ from, to }) => ({
          from,
          to,
          status: 302,
        }))
        const links = shortLinks(snapshot)
        fs.writeFileSync(path.join(root, '_headers'), headersFile(hashes, cmsOrigin))
        fs.writeFileSync(path.join(root, '_redirects'), redirectsFile(redirects, links))
        fs.mkdirSync(path.join(root, '.deploy'), { recursive: true })
        fs.writeFileSync(
          path.join(root, '.deploy', 'nginx.conf'),
          nginxConfig(hashes, redirects, undefined, cmsOrigin),
        )
        writeDeployFile(root, 'csp', { scriptHashes: hashes, cmsOrigin })
        writeDeployFile(root, 'shortLinks', { links, redirects })
        logger.info(`serving rules written (${hashes.length} inline script hashes)`)
      },
    },
  }
}
