import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export interface Stack {
  cmsUrl: string
  siteUrl: string
  dataDir: string
  login(role: 'admin' | 'editor' | 'partner'): { email: string; password: string }
  stop(): Promise<void>
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..')

/**
 * The whole product as `npm start` runs it — CMS (Next.js, production build), job runner and
 * the public site's server — on its own data folder and ports.
 */
export async function startStack({
  cmsPort,
  sitePort,
}: {
  cmsPort: number
  sitePort: number
}): Promise<Stack> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'talentregion-stack-'))
  // The browser tests' own database settings must not leak into the stack.
  const {
    DATABASE_URL: _db,
    PAYLOAD_SECRET: _secret,
    SERVER_URL: _server,
    SITE_URL: _site,
    ...inherited
  } = process.env
  const child: ChildProcess = spawn(
    'pnpm',
    ['--filter', '@talentregion/scripts', 'exec', 'tsx', 'start.ts'],
    {
      cwd: repoRoot,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...inherited,
        DATA_DIR: dataDir,
        CMS_PORT: String(cmsPort),
        SITE_PORT: String(sitePort),
        PAYLOAD_JOBS_AUTORUN: 'true',
        SITE_BUILD_DEBOUNCE_MS: '1000',
      },
    },
  )
  let output = ''
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The stack did not start in time:\n${output.slice(-3000)}`)),
      600_000,
    )
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('CMS ready')) {
        clearTimeout(timer)
        resolve()
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.on('exit', (code) =>
      reject(new Error(`The stack exited (${code}):\n${output.slice(-3000)}`)),
    )
  })
  const logins = JSON.parse(fs.readFileSync(path.join(dataDir, 'demo-logins.json'), 'utf8')) as {
    role: string
    email: string
    password: string
  }[]
  return {
    cmsUrl: `http://127.0.0.1:${cmsPort}`,
    siteUrl: `http://127.0.0.1:${sitePort}`,
    dataDir,
    login: (role) => logins.find((entry) => entry.role === role)!,
    stop: async () => {
      child.removeAllListeners('exit')
      process.kill(-child.pid!, 'SIGTERM')
      await new Promise((resolve) => setTimeout(resolve, 1000))
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
