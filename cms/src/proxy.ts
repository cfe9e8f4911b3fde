import { NextResponse, type NextRequest } from 'next/server'

import { pagePolicy } from './http/securityHeaders'

/**
 * Every page gets a fresh nonce: Next.js reads it from the request's policy and puts it on its
 * own scripts, and the browser runs no other.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64')
  const policy = pagePolicy(nonce, { development: process.env.NODE_ENV === 'development' })
  const headers = new Headers(request.headers)
  headers.set('x-nonce', nonce)
  headers.set('Content-Security-Policy', policy)
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('Content-Security-Policy', policy)
  return response
}

export const config = {
  // Pages only: API answers set their own headers, static chunks need none.
  matcher: ['/((?!api/|_next/static|_next/image|favicon\\.ico).*)'],
}
