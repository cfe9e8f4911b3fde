import fs from 'node:fs/promises'
import path from 'node:path'

import type { Endpoint, PayloadRequest } from 'payload'

import { downloadSecurityPolicy } from '@talentregion/shared/downloadPolicy'

import { hasRole, isStaffUser } from '../access/roles'
import { relationId } from '../fields/relationId'
import type { Toolkit } from '../payload-types'
import { licenceEnded } from '../uploads/licencesEnding'
import { countDownload } from './countDownload'

const refuse = (status: 403 | 404, message: string) =>
  Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store' } })

/** Every file and image a toolkit offers, by collection. */
function toolkitContents(toolkit: Toolkit): { files: Set<string>; media: Set<string> } {
  return {
    files: new Set([
      ...(toolkit.logos ?? []).map((logo) => relationId(logo.file)),
      ...(toolkit.typography ?? []).flatMap((type) => (type.fontFiles ?? []).map(relationId)),
      ...(toolkit.templates ?? []).map(relationId),
    ]),
    media: new Set((toolkit.imageBank ?? []).map(relationId)),
  }
}

/**
 * A partner downloads one file of a toolkit: the session, the account lock, the toolkit's and the
 * file's own access rules are all checked on this request, and the download is counted for the
 * partner's company. `GET /api/toolkits/:id/download/(files|media)/:fileId`
 */
export const toolkitDownload: Endpoint = {
  path: '/:id/download/:kind/:fileId',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const user = req.user
    if (!isStaffUser(user) && !hasRole(user, 'partner'))
      return refuse(403, 'Log in as a partner or editor to download toolkit files.')
    // Payload sets routeParams.collection itself, hence "kind".
    const { id, kind: collection, fileId } = (req.routeParams ?? {}) as Record<string, string>
    if (collection !== 'files' && collection !== 'media')
      return refuse(404, 'Toolkits hold files and media only.')
    const toolkit = await req.payload
      .findByID({ collection: 'toolkits', id: String(id), depth: 0, overrideAccess: false, req })
      .catch(() => null)
    if (!toolkit) return refuse(404, 'No such toolkit, or it is not published.')
    if (!toolkitContents(toolkit)[collection].has(String(fileId)))
      return refuse(404, 'That file is not part of this toolkit.')
    const doc = await req.payload
      .findByID({ collection, id: String(fileId), depth: 0, overrideAccess: false, req })
      .catch(() => null)
    if (!doc?.filename) return refuse(403, 'You may not download this file.')
    if (collection === 'media' && licenceEnded(doc as { licenceExpires?: string | null }))
      return refuse(403, "This image's licence has ended; it can no longer be handed out.")
    const dir = req.payload.collections[collection].config.upload.staticDir ?? ''
    const data = await fs.readFile(path.join(dir, path.basename(doc.filename)))
    if (user && hasRole(user, 'partner'))
      await countDownload(req, toolkit.id, collection, doc.id, user)
    return new Response(new Uint8Array(data), {
      headers: {
        'Content-Type': doc.mimeType ?? 'application/octet-stream',
        'Content-Length': String(data.byteLength),
        'Content-Disposition': `attachment; filename="${doc.filename.replace(/["\\\r\n]/g, '')}"`,
        'Content-Security-Policy': downloadSecurityPolicy,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'private, no-store',
      },
    })
  },
}
