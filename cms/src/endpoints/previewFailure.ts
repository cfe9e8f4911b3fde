import { randomBytes } from 'node:crypto'

import type { PayloadRequest } from 'payload'

import { message } from '../config/adminMessages'
import { defaultLocale } from '@talentregion/shared/locales'

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/**
 * The page an editor sees when a preview cannot be built: what to fix in the content when the
 * content is the cause, otherwise a reference to quote — the log with paths and stack traces
 * goes to the server log only.
 */
export function previewFailure(
  req: PayloadRequest,
  {
    contentIssues,
    log,
    exit,
    editPath,
  }: { contentIssues?: string[]; log: string[]; exit: string; editPath: string },
): Response {
  const reference = randomBytes(4).toString('hex')
  req.payload.logger.error(
    { reference, exit, log: log.slice(-40) },
    `Preview build failed (reference ${reference})`,
  )
  const body = contentIssues?.length
    ? `<p>${escape(message(req, 'previewContentProblem'))}</p><ul>${contentIssues
        .map((issue) => `<li>${escape(issue.replace(/^\s*-\s*/, ''))}</li>`)
        .join('')}</ul>`
    : `<p>${escape(message(req, 'previewServerProblem', { reference }))}</p>`
  const language = req.i18n?.language ?? defaultLocale
  const html = `<!doctype html><html lang="${escape(language)}"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escape(message(req, 'previewFailed'))}</title><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5"><h1 style="font-size:1.4rem">${escape(message(req, 'previewFailed'))}</h1>${body}<p><a href="${escape(editPath)}">${escape(message(req, 'previewBack'))}</a></p></body></html>`
  return new Response(html, {
    status: contentIssues?.length ? 422 : 500,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'private, no-store',
      'Content-Security-Policy':
        "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    },
  })
}
