import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

import { serverURL } from './src/config/server'
import { securityHeaders } from './src/http/securityHeaders'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const nextConfig: NextConfig = {
  // The admin is served only to staff; no image optimisation service, no telemetry, no upgrade checks.
  images: { unoptimized: true },
  poweredByHeader: false,
  // `pnpm typecheck` checks the types in CI; the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  experimental: { agentUpgrade: false },
  // The pages' Content-Security-Policy carries a nonce per request: see src/proxy.ts.
  headers: () => Promise.resolve([{ source: '/:path*', headers: securityHeaders(serverURL) }]),
  turbopack: { root: path.resolve(dirname, '..') },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
