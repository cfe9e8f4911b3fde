import { downloadSecurityPolicy } from '../downloadPolicy'
import { cachePolicies, defaultCache, servingRules } from './rules'
import { securityHeaders } from './securityHeaders'

/**
 * `_headers` for Cloudflare Pages, Netlify and similar hosts, from the serving rules. Such hosts
 * apply every block that matches and join repeated headers with a comma, so a rule first
 * detaches (`! Name`) what the catch-all set.
 */
export function headersFile(scriptHashes: string[], cmsOrigin: string | null = null): string {
  const security = Object.entries(securityHeaders(scriptHashes, cmsOrigin))
    .map(([name, value]) => `  ${name}: ${value}`)
    .join('\n')
  const rules = servingRules.map(({ prefix, cache, download }) =>
    [
      `${prefix}*`,
      '  ! Cache-Control',
      `  Cache-Control: ${cachePolicies[cache]}`,
      ...(download
        ? ['  ! Content-Security-Policy', `  Content-Security-Policy: ${downloadSecurityPolicy}`]
        : []),
    ].join('\n'),
  )
  return [`/*\n${security}\n  Cache-Control: ${cachePolicies[defaultCache]}`, ...rules, ''].join(
    '\n\n',
  )
}
