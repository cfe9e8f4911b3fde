/**
 * Content-Security-Policy for the public site: everything from our own origin, inline scripts
 * only by hash (Astro's island loader), WebAssembly for Pagefind, no framing. The CMS's origin
 * may only receive: the interest form posts there and landing pages report visits there.
 */
export function contentSecurityPolicy(
  scriptHashes: string[],
  cmsOrigin: string | null = null,
): string {
  const cms = cmsOrigin ? ` ${cmsOrigin}` : ''
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${scriptHashes.join(' ')}`.trim(),
    // Focal points are inline style attributes; no stylesheet comes from elsewhere.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${cms}`,
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self'${cms}`,
    "frame-ancestors 'none'",
  ].join('; ')
}

/** The headers every response of the public site carries. */
export function securityHeaders(
  scriptHashes: string[],
  cmsOrigin: string | null = null,
): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(scriptHashes, cmsOrigin),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy':
      'camera=(), microphone=(), geolocation=(), payment=(), interest-cohort=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  }
}
