import type { Endpoint, PayloadRequest } from 'payload'

import { normaliseCode } from '@talentregion/shared/shortCodes'

import { counterKey } from '../counters/counterKey'
import { incrementCount } from '../counters/incrementCount'
import { clientKey, rateLimiter } from './rateLimit'

// One visit per browser and placement per half hour counts; reloads do not.
const perVisitor = rateLimiter({ limit: 1, windowMs: 30 * 60 * 1000 })
// A flood from one network is ignored: generous, since a mobile operator puts many phones
// behind one address.
const perNetwork = rateLimiter({ limit: 300, windowMs: 60 * 60 * 1000 })

const done = () =>
  new Response(null, {
    status: 204,
    headers: { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store' },
  })

/**
 * `POST /api/visits` with a short code as the body: a landing page opened from a placement
 * reports in. It always answers 204 (the page never waits for it or depends on it) and stores
 * nothing but a count per placement and day: no address, no browser, no cookie.
 */
export const countVisit: Endpoint = {
  path: '/visits',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    const body = (await req.text?.()) ?? ''
    const code = normaliseCode(body.slice(0, 32))
    if (!code) return done()
    if (!perNetwork(clientKey(req, 'network')) || !perVisitor(`${clientKey(req)}:${code}`))
      return done()
    const { docs } = await req.payload.find({
      collection: 'placements',
      where: { code: { equals: code } },
      depth: 0,
      limit: 1,
      req,
    })
    const placement = docs[0]
    if (!placement) return done()
    const day = new Date().toISOString().slice(0, 10)
    await incrementCount(
      req,
      'placement-visits',
      counterKey([
        ['placement', placement.id],
        ['day', day],
      ]),
      { placement: placement.id, campaign: placement.campaign, day },
    )
    return done()
  },
}
