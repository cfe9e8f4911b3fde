import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import { contentTypeOf } from '@talentregion/shared/contentTypes'
import { readDeployFile } from '@talentregion/shared/serving/deployFiles'
import { downloadSecurityPolicy } from '@talentregion/shared/downloadPolicy'
import { cacheControl, isDownload, notFoundPage } from '@talentregion/shared/serving/rules'
import { securityHeaders } from '@talentregion/shared/serving/securityHeaders'

import { chooseEncoding, compressedFiles } from './compressedFiles'
import { shortLinkLocation } from './shortLinkServer'

export interface StaticServerOptions {
  /** The folder to serve, asked on every request so a release switch takes effect at once. */
  root: () => string | null
  host?: string
  port: number
}

/**
 * The request's path, decoded once and normalised once: `//`, `/./` and `/../` collapse, so that
 * `/%2F_headers` is `/_headers` to every rule that follows and no redirect can start with `//`.
 * Null for what no file of ours is called: NUL or backslash, or an undecodable path.
 */
export function requestPath(url: string | undefined): string | null {
  let decoded: string
  try {
    // Appended to an origin, not resolved against one: `//host` must stay a path here.
    const raw = url?.startsWith('/') ? url : `/${url ?? ''}`
    decoded = decodeURIComponent(new URL(`http://localhost${raw}`).pathname)
  } catch {
    return null
  }
  if (/[\0\\]/.test(decoded)) return null
  const normalised = path.posix.normalize(decoded.replace(/\/{2,}/g, '/'))
  return normalised.startsWith('/') ? normalised : `/${normalised}`
}

interface Resolved {
  file: string
  status: number
}

function resolveFile(root: string, urlPath: string): Resolved | { redirect: string } | null {
  // Dot files (.deploy/, .complete) and the static-host rule files are not part of the site.
  if (/\/\.|^\/_(headers|redirects)$/.test(urlPath)) return null
  const target = path.join(root, urlPath)
  if (target !== root && !target.startsWith(root + path.sep)) return null
  let stat: fs.Stats | undefined
  try {
    stat = fs.statSync(target)
  } catch {
    return null
  }
  if (stat.isDirectory()) {
    if (!urlPath.endsWith('/')) return { redirect: `${urlPath}/` }
    const index = path.join(target, 'index.html')
    return fs.existsSync(index) ? { file: index, status: 200 } : null
  }
  return stat.isFile() ? { file: target, status: 200 } : null
}

/** The 404 page in the language of the path, or the multilingual one outside any language. */
function notFoundFile(root: string, urlPath: string): string {
  const page = notFoundPage(urlPath)
  const file = path.join(root, page.endsWith('/') ? `${page}index.html` : page)
  return fs.existsSync(file) ? file : path.join(root, '404.html')
}

/** The release's security headers, with the CSP hashes its build recorded. */
function releaseHeaders(
  root: string,
  cache: Map<string, Record<string, string>>,
): Record<string, string> {
  let headers = cache.get(root)
  if (!headers) {
    const { scriptHashes, cmsOrigin } = readDeployFile(root, 'csp') ?? {
      scriptHashes: [],
      cmsOrigin: null,
    }
    headers = securityHeaders(scriptHashes, cmsOrigin)
    cache.set(root, headers)
  }
  return headers
}

interface ServerState {
  root: () => string | null
  compressed: ReturnType<typeof compressedFiles>
  headers: Map<string, Record<string, string>>
}

/**
 * Serves a built site: compression (brotli or gzip, encoded once per file), long cache on
 * hashed assets, revalidation on HTML, ETags, and the 404 page of the visitor's language.
 */
export function createStaticServer({
  root,
  host = '127.0.0.1',
  port,
}: StaticServerOptions): http.Server {
  const state: ServerState = { root, compressed: compressedFiles(), headers: new Map() }
  return http
    .createServer((request, response) => {
      serve(request, response, state).catch((error: unknown) => {
        console.error(error)
        if (!response.headersSent) response.writeHead(500)
        response.end()
      })
    })
    .listen(port, host)
}

async function serve(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  state: ServerState,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD' }).end()
    return
  }
  const live = state.root()
  if (!live || !fs.existsSync(live)) {
    response.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '10' })
    response.end('The site is being built for the first time. Try again in a moment.')
    return
  }
  // Resolved once per request: a release switch between requests is picked up at once.
  const siteRoot = fs.realpathSync(live)
  const urlPath = requestPath(request.url)
  if (urlPath === null) {
    response.writeHead(400).end('Bad request')
    return
  }
  const shortLink = shortLinkLocation(siteRoot, urlPath, request.headers['accept-language'])
  if (shortLink) {
    response
      .writeHead(shortLink.status, {
        Location: shortLink.location,
        'Cache-Control': 'no-store',
        Vary: 'Accept-Language',
      })
      .end()
    return
  }
  const resolved = resolveFile(siteRoot, urlPath)
  if (resolved && 'redirect' in resolved) {
    const query = (request.url ?? '').split('?')[1]
    response.writeHead(301, { Location: `${resolved.redirect}${query ? `?${query}` : ''}` }).end()
    return
  }
  const found = resolved ?? { file: notFoundFile(siteRoot, urlPath), status: 404 }
  await sendFile(request, response, state, { ...found, siteRoot, urlPath })
}

/** A file with the release's headers, revalidated by ETag, compressed when it is text. */
async function sendFile(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  state: ServerState,
  { file, status, siteRoot, urlPath }: Resolved & { siteRoot: string; urlPath: string },
): Promise<void> {
  const stat = await fs.promises.stat(file)
  const type = contentTypeOf(file)
  const etag = `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`
  const headers: http.OutgoingHttpHeaders = {
    ...releaseHeaders(siteRoot, state.headers),
    ...(status === 200 && isDownload(urlPath)
      ? { 'Content-Security-Policy': downloadSecurityPolicy }
      : {}),
    'Content-Type': type,
    'Cache-Control': status === 404 ? 'no-cache' : cacheControl(urlPath),
    ETag: etag,
    Vary: 'Accept-Encoding',
  }
  if (status === 200 && request.headers['if-none-match'] === etag) {
    response.writeHead(304, headers).end()
    return
  }
  const encoding = chooseEncoding(type, request.headers['accept-encoding'])
  const body = encoding
    ? await state.compressed(file, stat.mtimeMs, encoding)
    : await fs.promises.readFile(file)
  if (encoding) headers['Content-Encoding'] = encoding
  headers['Content-Length'] = body.byteLength
  response.writeHead(status, headers)
  response.end(request.method === 'HEAD' ? undefined : body)
}
