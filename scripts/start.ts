import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { configuredFeeds } from '@talentregion/cms/jobFeeds/feedSettings'
import { defaultPorts } from '@talentregion/shared/environment'
import { Releases } from '@talentregion/shared/releases'

import { localSource } from './export/localSource'
import { repoRoot } from './lib/environment'
import { openPayload } from './lib/payload'
import { runBuild } from './publish/runBuild'
import { run } from './lib/run'
import { sourceHash } from './lib/sourceHash'
import { demoLogins } from './seed/credentials'
import { seed } from './seed/seed'
import { seedJobs } from './seed/steps/jobs'
import { createStaticServer } from './serve/staticServer'

const cmsDir = path.join(repoRoot, 'cms')
const cmsPort = Number(process.env.CMS_PORT ?? defaultPorts.cms)
const sitePort = Number(process.env.SITE_PORT ?? defaultPorts.site)
const cmsUrl = `http://127.0.0.1:${cmsPort}`
const siteUrl = `http://127.0.0.1:${sitePort}`
// The CMS (cookies, CSRF) and the queued builds (canonical URLs) need to know where they run.
process.env.SERVER_URL ||= cmsUrl
process.env.SITE_URL ||= siteUrl

function say(message: string) {
  console.log(`\u001b[36m[talentregion]\u001b[0m ${message}`)
}

const siteRoot = (dataDir: string) =>
  path.resolve(process.env.SITE_ROOT ?? path.join(dataDir, 'site'))

/**
 * Migrates the database, fills it with the demo content on the very first run, and builds a
 * fresh release of the public site (later publishes rebuild through the CMS's job queue).
 */
async function prepareContent(): Promise<string> {
  const { payload, dataDir } = await openPayload()
  try {
    const { totalDocs } = await payload.count({ collection: 'users' })
    if (totalDocs === 0) {
      say('first start: adding demo content (about 30 s)')
      await seed(payload, { dataDir, log: (message) => say(`  ${message}`) })
    } else {
      say(`database has ${totalDocs} users: keeping its content as it is`)
      // Without a real feed the demo's jobs come from fixtures dated from the day they are read:
      // read them again, so a demo started weeks later still has open positions.
      if (Object.keys(configuredFeeds()).length === 0) {
        await seedJobs({ payload, dataDir, log: (message) => say(`  ${message}`) })
      }
    }
    say('building the public site')
    try {
      const { releaseId, pages } = await runBuild({
        root: siteRoot(dataDir),
        source: () => Promise.resolve(localSource(payload)),
        siteUrl,
        log: (line) => say(`  ${line}`),
      })
      say(`release ${releaseId} is live (${pages} pages)`)
    } catch (error) {
      // The last good release, if there is one, stays live; later builds show in the admin.
      say(error instanceof Error ? error.message : String(error))
    }
  } finally {
    await payload.destroy()
  }
  return dataDir
}

/** Builds the admin (Next.js, Turbopack) unless the last build came from the same sources. */
async function buildCms(): Promise<void> {
  const stamp = path.join(cmsDir, '.next', 'talentregion-source-hash')
  const hash = sourceHash([
    path.join(cmsDir, 'src'),
    path.join(cmsDir, 'next.config.ts'),
    path.join(cmsDir, 'package.json'),
    path.join(repoRoot, 'shared', 'src'),
    path.join(repoRoot, 'pnpm-lock.yaml'),
  ])
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === hash) {
    say('CMS build is up to date')
    return
  }
  say('building the CMS admin (about a minute)')
  await run('pnpm', ['exec', 'next', 'build', '--turbopack'], {
    cwd: cmsDir,
    env: { ...process.env, NODE_ENV: 'production' },
  })
  fs.writeFileSync(stamp, hash)
}

async function waitFor(url: string, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt++) {
    if (child.exitCode !== null) throw new Error(`The CMS exited with code ${child.exitCode}`)
    try {
      const response = await fetch(url, { redirect: 'manual' })
      if (response.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} did not answer within two minutes`)
}

const dataDir = await prepareContent()
await buildCms()

const releases = new Releases(siteRoot(dataDir))
const site = createStaticServer({ root: () => releases.liveDir(), port: sitePort })
const cms = spawn(
  'pnpm',
  // Our own server in front of Next.js: it knows the client's address from the socket.
  ['exec', 'tsx', 'src/server.ts', '--hostname', '127.0.0.1', '--port', String(cmsPort)],
  {
    cwd: cmsDir,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  },
)
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    site.close()
    cms.kill(signal)
  })
}
cms.on('exit', (code) => process.exit(code ?? 0))

await waitFor(`${cmsUrl}/admin/login`, cms)
say(`public site: ${siteUrl}/`)
say(`CMS ready:   ${cmsUrl}/admin`)
say('log in with one of the demo accounts (passwords kept in data/demo-logins.json):')
for (const login of demoLogins(dataDir)) {
  say(`  ${login.role.padEnd(8)} ${login.email}  ${login.password}`)
}
say('stop with Ctrl+C')
