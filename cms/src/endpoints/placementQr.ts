import type { Endpoint, PayloadRequest } from 'payload'

import { publicUrlProblem } from '@talentregion/shared/publicUrl'
import { shortPath } from '@talentregion/shared/shortCodes'

import { isStaffUser } from '../access/roles'
import { siteUrl } from '../config/siteUrl'
import { qrPdf, qrPng, qrSvg } from '../qr/formats'
import { staffOnly } from './staffOnly'

const types = { svg: 'image/svg+xml', png: 'image/png', pdf: 'application/pdf' } as const

const noPlacement = () =>
  Response.json({ errors: [{ message: 'No such placement.' }] }, { status: 404 })

async function shortUrlOf(req: PayloadRequest): Promise<string | null> {
  const { id } = (req.routeParams ?? {}) as Record<string, string>
  // Not found is null; a database that cannot answer is an error, not a missing placement.
  const placement = await req.payload.findByID({
    collection: 'placements',
    id: String(id),
    depth: 0,
    disableErrors: true,
    req,
  })
  return placement?.code ? `${siteUrl}${shortPath(placement.code)}` : null
}

/**
 * `GET /api/placements/:id/qr`: the short URL a placement's code holds, and why it would not open
 * on a stranger's phone (localhost, a private address, plain http), for the edit view to warn.
 */
export const placementShortUrl: Endpoint = {
  path: '/:id/qr',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    if (!isStaffUser(req.user)) return staffOnly()
    const url = await shortUrlOf(req)
    if (!url) return noPlacement()
    return Response.json(
      { url, problem: publicUrlProblem(url) },
      { headers: { 'Cache-Control': 'private, no-store' } },
    )
  },
}

/**
 * Print-ready QR codes for a placement: `GET /api/placements/:id/qr/(svg|png|pdf)`, for staff.
 * The code holds the short URL, which is also printed beneath it for people without a camera.
 */
export const placementQr: Endpoint = {
  path: '/:id/qr/:format',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    if (!isStaffUser(req.user)) return staffOnly()
    const { format } = (req.routeParams ?? {}) as Record<string, string>
    if (!(format! in types))
      return Response.json({ errors: [{ message: 'Choose svg, png or pdf.' }] }, { status: 404 })
    const url = await shortUrlOf(req)
    if (!url) return noPlacement()
    const code = url.slice(url.lastIndexOf('/') + 1)
    const caption = url.replace(/^https?:\/\//, '')
    const kind = format as keyof typeof types
    const body =
      kind === 'svg'
        ? Buffer.from(qrSvg(url, caption))
        : kind === 'png'
          ? await qrPng(url, caption)
          : qrPdf(url, caption)
    return new Response(new Uint8Array(body), {
      headers: {
        'Content-Type': types[kind],
        'Content-Disposition': `attachment; filename="qr-${code}.${kind}"`,
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    })
  },
}
