import { downloadSecurityPolicy } from '../downloadPolicy'
import { locales } from '../locales'
import type { Redirect } from './deployFiles'
import { cachePolicies, defaultCache, servingRules } from './rules'
import { securityHeaders } from './securityHeaders'

/**
 * An nginx server block serving a release folder with the serving rules. A location with an
 * add_header of its own drops the server's, so each repeats the security headers.
 */
export function nginxConfig(
  scriptHashes: string[],
  redirects: Redirect[],
  root = '/srv/talentregion/current',
  cmsOrigin: string | null = null,
): string {
  const headers = (indent: string, download = false) =>
    Object.entries({
      ...securityHeaders(scriptHashes, cmsOrigin),
      ...(download ? { 'Content-Security-Policy': downloadSecurityPolicy } : {}),
    })
      .map(([name, value]) => `${indent}add_header ${name} "${value}" always;`)
      .join('\n')
  const rules = servingRules.map(
    ({ prefix, cache, download }) =>
      `    location ${prefix} {\n${headers('        ', download)}\n        add_header Cache-Control "${cachePolicies[cache]}" always;\n    }`,
  )
  const redirectBlocks = redirects.map(
    ({ from, to, status }) => `    location = ${from} { return ${status} ${to}; }`,
  )
  const notFound = locales.map(
    (locale) =>
      `    location /${locale}/ {\n        try_files $uri $uri/ =404;\n        error_page 404 /${locale}/404/index.html;\n    }`,
  )
  return `# Generated with each release; include it in the server block for the site's host name.
server {
    listen 80;
    root ${root};
    index index.html;
    charset utf-8;
    gzip on;
    gzip_types text/css application/javascript text/javascript application/json image/svg+xml text/calendar application/xml;
    location ~ /\\. { deny all; }
    # The static-host rule files travel in the release but are not part of the site.
    location ~ ^/_(headers|redirects)$ { return 404; }
${headers('    ')}
    add_header Cache-Control "${cachePolicies[defaultCache]}" always;
${rules.join('\n')}
${redirectBlocks.join('\n')}
${notFound.join('\n')}
    error_page 404 /404.html;
}
`
}
