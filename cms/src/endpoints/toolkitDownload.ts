import fs from 'node:fs/promises'

import type { Endpoint, PayloadRequest } from 'payload'

import { downloadSecurityPolicy } from '@talentregion/shared/downloadPolicy'

import { hasRole } from '../access/roles'
import type { File, Media } from '../payload-types'
import { renditionsOf } from '../toolkits/renditionCache'
import { readUpload } from '../uploads/readUpload'
import { countDownload } from './countDownload'
import { partnerToolkit } from './partnerToolkit'
import { refuseDownload } from './refuseDownload'

/** The file as it is saved: attachment, its own name, never sniffed or run. */
export const downloadResponse = (data: Buffer, type: string, filename: string) =>
  new Response(new Uint8Array(data), {
    headers: {
      'Content-Type': type,
      'Content-Length': String(data.byteLength),
      'Content-Disposition': `attachment; filename="${filename.replace(/["\\\r\n]/g, '')}"`,
      'Content-Security-Policy': downloadSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
    },
  })

/**
 * A partner downloads one file of a toolkit, or a logo as a PNG (`?width=512`), counted for the
 * partner's company. `GET /api/toolkits/:id/download/(files|media)/:fileId`
 */
export const toolkitDownload: Endpoint = {
  path: '/:id/download/:kind/:fileId',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const view = await partnerToolkit(req)
    if (view instanceof Response) return view
    // Payload sets routeParams.collection itself, hence "kind".
    const { kind: collection, fileId } = (req.routeParams ?? {}) as Record<string, string>
    if (collection !== 'files' && collection !== 'media')
      return refuseDownload(404, 'Toolkits hold files and media only.')
    const offered: (File | Media)[] = collection === 'media' ? view.images : view.files
    const doc = offered.find((item) => String(item.id) === fileId)
    // Not in the toolkit, not readable for this user, or a picture whose licence has ended.
    if (!doc?.filename) return refuseDownload(404, 'This toolkit offers no such file to you.')

    const width = req.searchParams.get('width')
    let download: { data: Buffer; type: string; filename: string }
    if (width) {
      // Ids are per collection: an image may share its number with a logo file.
      const logo =
        collection === 'files' ? view.logos.find((item) => item.file.id === doc.id) : undefined
      const rendition =
        logo && (await renditionsOf(logo.file)).find((r) => String(r.width) === width)
      if (!rendition) return refuseDownload(404, 'This logo has no PNG of that width.')
      download = {
        data: await fs.readFile(rendition.file),
        type: 'image/png',
        filename: `${doc.filename.replace(/\.[^.]+$/, '')}-${rendition.width}.png`,
      }
    } else {
      download = {
        data: await readUpload(collection, doc.filename),
        type: doc.mimeType ?? 'application/octet-stream',
        filename: doc.filename,
      }
    }
    if (hasRole(req.user, 'partner'))
      await countDownload(req, view.toolkit.id, { collection, id: doc.id }, req.user!)
    return downloadResponse(download.data, download.type, download.filename)
  },
}
