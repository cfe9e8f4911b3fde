import { createHash } from 'node:crypto'

/** SHA-256 hashes (CSP form) of the inline scripts in the given pages (JSON-LD excluded). */
export function inlineScriptHashes(pages: string[]): string[] {
  const hashes = new Set<string>()
  for (const html of pages) {
    for (const match of html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (/type="application\/ld\+json"/.test(match[1]!)) continue
      hashes.add(`'sha256-${createHash('sha256').update(match[2]!).digest('base64')}'`)
    }
  }
  return [...hashes].sort()
}
