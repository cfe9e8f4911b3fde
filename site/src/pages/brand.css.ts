import type { APIRoute } from 'astro'

import { brandStylesheet } from '../lib/brand'
import { loadSnapshot } from '../lib/snapshot'

/** The campaign's colours and typefaces, from the graphic profile chosen in site settings. */
export const GET: APIRoute = () =>
  new Response(brandStylesheet(loadSnapshot().graphicProfile), {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  })
