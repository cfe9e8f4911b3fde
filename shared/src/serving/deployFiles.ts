import fs from 'node:fs'
import path from 'node:path'

import { z } from 'zod'

import { locales } from '../locales'

/**
 * What a build leaves in its release's `.deploy/` folder for the built-in server: the inline
 * script hashes and CMS origin its CSP needs, and where each short code and vanity address
 * leads. Written by the site build, read by the servers, checked on both sides.
 */

export const redirect = z.object({
  from: z.string().startsWith('/'),
  to: z.string().min(1),
  status: z.union([z.literal(301), z.literal(302)]),
})

/** Where a short code leads, in each language it can, and which language to use otherwise. */
export const shortLink = z.object({
  code: z.string().min(1),
  targets: z.partialRecord(z.enum(locales), z.string()),
  fallback: z.enum(locales),
})

export const cspFile = z.object({
  scriptHashes: z.array(z.string().regex(/^'sha256-[A-Za-z0-9+/=]+'$/)),
  cmsOrigin: z.string().nullable(),
})

export const shortLinksFile = z.object({
  links: z.array(shortLink),
  redirects: z.array(redirect),
})

export type Redirect = z.infer<typeof redirect>
export type ShortLink = z.infer<typeof shortLink>
export type CspFile = z.infer<typeof cspFile>
export type ShortLinksFile = z.infer<typeof shortLinksFile>

export const deployFiles = {
  csp: { name: 'csp.json', schema: cspFile },
  shortLinks: { name: 'short-links.json', schema: shortLinksFile },
} as const

type DeployFile = keyof typeof deployFiles
type Content<K extends DeployFile> = z.infer<(typeof deployFiles)[K]['schema']>

const fileIn = (root: string, kind: DeployFile) =>
  path.join(root, '.deploy', deployFiles[kind].name)

export function writeDeployFile<K extends DeployFile>(root: string, kind: K, content: Content<K>) {
  fs.mkdirSync(path.join(root, '.deploy'), { recursive: true })
  fs.writeFileSync(fileIn(root, kind), JSON.stringify(deployFiles[kind].schema.parse(content)))
}

/** A release's deploy file, checked; null when the release has none (built before it existed). */
export function readDeployFile<K extends DeployFile>(root: string, kind: K): Content<K> | null {
  const file = fileIn(root, kind)
  if (!fs.existsSync(file)) return null
  const parsed = deployFiles[kind].schema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')))
  if (!parsed.success)
    throw new Error(`${file} does not match what this server expects: ${parsed.error.message}`, {
      cause: parsed.error,
    })
  return parsed.data as Content<K>
}
