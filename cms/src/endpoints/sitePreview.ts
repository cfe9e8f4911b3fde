import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import {
  previewCollections,
  previewRequest,
  previewResult,
  requestArguments,
  type PreviewRequest,
  type PreviewResult,
} from '@talentregion/shared/builder'
import { contentTypeOf } from '@talentregion/shared/contentTypes'
import { defaultLocale, isLocale } from '@talentregion/shared/locales'
import type { Endpoint, PayloadRequest } from 'payload'

import { isStaffUser } from '../access/roles'
import { siteRoot } from '../config/siteReleases'
import { runScript, type ScriptOutcome } from '../jobs/runScript'
import { previewFailure } from './previewFailure'
import { previewQueue } from './previewQueue'

const previewsDir = () => path.join(siteRoot, 'previews')
const filesPrefix = '/api/site-preview-files'
const previewLifetimeMs = 60 * 60 * 1000

const refuse = () =>
  new Response('Log in to the CMS as an editor to see previews.', {
    status: 401,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  })

/** Previews older than an hour are removed whenever a new one is made. */
function removeOldPreviews(): void {
  if (!fs.existsSync(previewsDir())) return
  for (const entry of fs.readdirSync(previewsDir())) {
    const dir = path.join(previewsDir(), entry)
    if (Date.now() - fs.statSync(dir).mtimeMs > previewLifetimeMs)
      fs.rmSync(dir, { recursive: true, force: true })
  }
}

const oneAtATime = previewQueue<ScriptOutcome<PreviewResult> & { token: string }>()

async function buildPreview(request: Omit<PreviewRequest, 'out'>) {
  removeOldPreviews()
  const token = randomBytes(16).toString('hex')
  const out = path.join(previewsDir(), token)
  const outcome = await runScript(
    'preview',
    requestArguments(previewRequest, { ...request, out }),
    previewResult,
  )
  return { ...outcome, token }
}

/**
 * Builds a private preview of one draft with the real site templates and styles, then sends
 * the editor to it. The draft never reaches the live release or its search index.
 */
export const sitePreview: Endpoint = {
  path: '/site-preview/:collection/:id',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    if (!isStaffUser(req.user)) return refuse()
    const asked = new URL(req.url ?? 'http://localhost').searchParams.get('locale')
    const request = previewRequest.omit({ out: true }).safeParse({
      collection: req.routeParams?.collection,
      id: String(req.routeParams?.id),
      locale: isLocale(asked) ? asked : defaultLocale,
    })
    if (!request.success) {
      return Response.json(
        { errors: [{ message: `Preview works for ${previewCollections.join(', ')}.` }] },
        { status: 400 },
      )
    }
    const { collection, id, locale } = request.data
    const outcome = await oneAtATime(String(req.user!.id), `${collection}/${id}/${locale}`, () =>
      buildPreview(request.data),
    )
    const { result, token } = outcome
    if (!result?.ok)
      return previewFailure(req, {
        ...outcome,
        contentIssues: result && !result.ok ? result.contentIssues : undefined,
        editPath: `/admin/collections/${collection}/${id}`,
      })
    return new Response(null, {
      status: 302,
      headers: { Location: `${filesPrefix}/${token}${result.pagePath}` },
    })
  },
}

/** Site-absolute URLs in a preview page point into the preview instead of the live site. */
export function rewriteForPreview(text: string, base: string): string {
  return (
    text
      .replace(
        /(\s(?:href|src|component-url|renderer-url|before-hydration-url)=")\/(?!\/)/g,
        `$1${base}/`,
      )
      .replace(
        /(\ssrcset=")([^"]+)"/g,
        (_, start: string, list: string) =>
          `${start}${list.replace(/(^|,\s*)\/(?!\/)/g, `$1${base}/`)}"`,
      )
      // Stylesheets and the font rules inlined in <head> write url(/…), url("/…") or url('/…').
      .replace(/url\((["']?)\/(?!\/)/g, `url($1${base}/`)
  )
}

/** Serves a preview's files, to logged-in staff only, never cached and never indexed. */
export const sitePreviewFiles: Endpoint = {
  path: '/site-preview-files/:token/:path*',
  method: 'get',
  handler: (req: PayloadRequest) => {
    if (!isStaffUser(req.user)) return refuse()
    const token = String(req.routeParams?.token)
    const parts: unknown = req.routeParams?.path
    const relative = Array.isArray(parts) ? parts.join('/') : typeof parts === 'string' ? parts : ''
    if (!/^[0-9a-f]{32}$/.test(token)) return new Response('Not found', { status: 404 })
    const site = path.join(previewsDir(), token, 'site')
    let file = path.join(site, relative)
    if (!file.startsWith(site)) return new Response('Not found', { status: 404 })
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html')
    if (!fs.existsSync(file)) return new Response('Not found in this preview', { status: 404 })
    const type = contentTypeOf(file)
    const headers = {
      'Content-Type': type,
      'Cache-Control': 'private, no-store',
      'X-Robots-Tag': 'noindex, nofollow',
    }
    const base = `${filesPrefix}/${token}`
    if (type.startsWith('text/html') || type.startsWith('text/css')) {
      return new Response(rewriteForPreview(fs.readFileSync(file, 'utf8'), base), { headers })
    }
    return new Response(fs.readFileSync(file), { headers })
  },
}
