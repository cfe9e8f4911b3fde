import fs from 'node:fs'
import path from 'node:path'

/** The ports `npm start` serves on when none are configured. */
export const defaultPorts = { cms: 3000, site: 4321 } as const

const local = (port: number) => `http://127.0.0.1:${port}`
const withoutTrailingSlash = (url: string) => url.replace(/\/$/, '')

/** The public site's address (SITE_URL): canonical links, sitemaps and QR codes use it. */
export const siteUrl = (env: NodeJS.ProcessEnv = process.env): string =>
  withoutTrailingSlash(env.SITE_URL || local(defaultPorts.site))

/** Where the CMS is reached (SERVER_URL): cookies, CSRF, CORS and the site's forms use it. */
export const cmsUrl = (env: NodeJS.ProcessEnv = process.env): string =>
  withoutTrailingSlash(env.SERVER_URL || local(defaultPorts.cms))

/**
 * The checkout: the nearest folder at or above `start` with pnpm-workspace.yaml. Every package
 * finds it this way, whether it runs from its own folder, the root or a test's working folder.
 */
export function workspaceRoot(start: string = process.cwd()): string {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'pnpm-workspace.yaml'))) return dir
    if (path.dirname(dir) === dir)
      throw new Error(`No pnpm-workspace.yaml at or above ${start}: run this inside the checkout.`)
  }
}

/** Everything the product writes (database, secret, uploads, releases): DATA_DIR or data/. */
export const dataDir = (env: NodeJS.ProcessEnv = process.env, root?: string): string =>
  env.DATA_DIR ? path.resolve(env.DATA_DIR) : path.join(root ?? workspaceRoot(), 'data')
