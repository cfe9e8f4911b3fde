import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

const brotli = (data: Buffer | string) =>
  zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } })
    .byteLength

/** Every JavaScript file a page loads: script tags, island components and renderers, and their imports. */
function scriptFiles(siteDir: string, html: string): { files: Set<string>; inline: string[] } {
  const entries = [
    ...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/\b(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g),
  ].map((match) => match[1]!)
  const inline = [
    ...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*ld\+json)[^>]*>([\s\S]*?)<\/script>/g),
  ].map((match) => match[1]!)
  const files = new Set<string>()
  const visit = (url: string) => {
    const file = path.join(siteDir, url)
    if (files.has(file) || !fs.existsSync(file)) return
    files.add(file)
    const source = fs.readFileSync(file, 'utf8')
    for (const match of source.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      visit(path.posix.join(path.posix.dirname(url), match[1]!))
    }
  }
  entries.forEach(visit)
  return { files, inline }
}

export interface PageWeight {
  htmlBrotli: number
  jsBytes: number
  jsBrotli: number
}

/** The HTML bytes after brotli, and the JavaScript a page ships (raw and after brotli). */
export function pageWeight(siteDir: string, urlPath: string): PageWeight {
  const html = fs.readFileSync(
    path.join(siteDir, urlPath, urlPath.endsWith('.html') ? '' : 'index.html'),
    'utf8',
  )
  const { files, inline } = scriptFiles(siteDir, html)
  const sources = [
    ...[...files].map((file) => fs.readFileSync(file)),
    ...inline.map((text) => Buffer.from(text)),
  ]
  return {
    htmlBrotli: brotli(html),
    jsBytes: sources.reduce((sum, source) => sum + source.byteLength, 0),
    jsBrotli: sources.reduce((sum, source) => sum + brotli(source), 0),
  }
}
