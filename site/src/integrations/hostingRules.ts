import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'

import { headersFile, inlineScriptHashes, nginxConfig, redirectsFile } from '../lib/hosting'

function htmlFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => path.join(dir, file))
}

/**
 * Writes the release's serving rules next to it: `_headers` and `_redirects` for static hosts,
 * `.deploy/nginx.conf`, and `.deploy/csp.json` (the inline script hashes the built-in server uses).
 */
export function hostingRules(): AstroIntegration {
  return {
    name: 'talentregion:hosting-rules',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir)
        const hashes = inlineScriptHashes(
          htmlFiles(root).map((file) => fs.readFileSync(file, 'utf8')),
        )
        fs.writeFileSync(path.join(root, '_headers'), headersFile(hashes))
        fs.writeFileSync(path.join(root, '_redirects'), redirectsFile([]))
        fs.mkdirSync(path.join(root, '.deploy'), { recursive: true })
        fs.writeFileSync(path.join(root, '.deploy', 'nginx.conf'), nginxConfig(hashes, []))
        fs.writeFileSync(
          path.join(root, '.deploy', 'csp.json'),
          JSON.stringify({ scriptHashes: hashes }),
        )
        logger.info(`serving rules written (${hashes.length} inline script hashes)`)
      },
    },
  }
}
