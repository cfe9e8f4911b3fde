import type { Endpoint, PayloadRequest } from 'payload'

import { isStaffUser } from '../access/roles'
import { csvCell } from '../http/csvCell'
import type { Campaign, Placement } from '../payload-types'
import { staffOnly } from './staffOnly'

/** `GET /api/placement-visits/csv`: visits per placement per day, for editors. */
export const visitsCsv: Endpoint = {
  path: '/csv',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    if (!isStaffUser(req.user)) return staffOnly()
    const { docs } = await req.payload.find({
      collection: 'placement-visits',
      depth: 2,
      pagination: false,
      sort: 'day',
      req,
    })
    const rows = docs.map((row) => {
      const placement = row.placement as Placement | null
      const campaign = (placement?.campaign ?? null) as Campaign | null
      return [
        row.day,
        campaign?.title ?? '',
        placement?.name ?? '',
        placement?.code ?? '',
        placement?.medium ?? '',
        row.count,
      ]
    })
    const csv = [['day', 'campaign', 'placement', 'code', 'medium', 'visits'], ...rows]
      .map((row) => row.map(csvCell).join(','))
      .join('\r\n')
    return new Response(`${csv}\r\n`, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="visits-${new Date().toISOString().slice(0, 10)}.csv"`,
        'Cache-Control': 'private, no-store',
      },
    })
  },
}
