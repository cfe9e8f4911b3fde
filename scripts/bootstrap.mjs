// The entry point of `npm start` and `npm test` on a bare machine (system Node 20 + npm).
// Plain JavaScript with no dependencies: it installs what the project needs (Node 24 when the
// system Node is older than 22.12, pnpm 10, the workspace's packages), then hands over.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const tools = path.join(root, '.tools')
const toolsBin = path.join(tools, 'node_modules', '.bin')

const [, , mode = 'setup', ...rest] = process.argv

function log(message) {
  console.log(`\u001b[36m[talentregion]\u001b[0m ${message}`)
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options })
  if (result.error) throw result.error
  if (result.status !== 0) process.exit(result.status ?? 1)
}

function nodeIsRecentEnough(version) {
  const [major, minor] = version.split('.').map(Number)
  return major > 22 || (major === 22 && minor >= 12)
}

const needsOwnNode = !nodeIsRecentEnough(process.versions.node)
const haveTools =
  existsSync(path.join(toolsBin, 'pnpm')) &&
  (!needsOwnNode || existsSync(path.join(toolsBin, 'node')))

if (!haveTools) {
  const packages = ['pnpm@10', ...(needsOwnNode ? ['node@24'] : [])]
  log(`installing ${packages.join(' and ')} into .tools/ (system Node is ${process.versions.node})`)
  run('npm', [
    'install',
    '--prefix',
    tools,
    '--no-audit',
    '--no-fund',
    '--loglevel=error',
    ...packages,
  ])
}

const env = {
  ...process.env,
  PATH: `${toolsBin}${path.delimiter}${process.env.PATH ?? ''}`,
  NEXT_TELEMETRY_DISABLED: '1',
  ASTRO_TELEMETRY_DISABLED: '1',
  DISABLE_PAYLOAD_HMR: 'true',
  npm_config_update_notifier: 'false',
}

log('installing workspace packages (pnpm, from the committed lockfile)')
run('pnpm', ['install', '--frozen-lockfile', '--prefer-offline', '--reporter=append-only'], { env })

/**
 * Browser tests drive Debian's Chromium and the HTML checker runs on Java: install what is
 * missing from Debian (needs root, as in CI), or say what to install.
 */
function ensureDebianPackages() {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  const wanted = [
    { found: existsSync(chromium), name: 'chromium', purpose: `the browser tests (${chromium})` },
    { found: onPath('java'), name: 'default-jre-headless', purpose: 'the HTML checker (java)' },
  ].filter((item) => !item.found)
  if (wanted.length === 0) return
  const names = wanted.map((item) => item.name)
  if (process.getuid?.() !== 0) {
    console.error(
      `Tests need ${wanted.map((item) => item.purpose).join(' and ')}: run "sudo apt-get install -y ${names.join(' ')}" (or set CHROMIUM_PATH).`,
    )
    process.exit(1)
  }
  log(`installing Debian ${names.join(' and ')} for the tests`)
  run('apt-get', ['update', '-qq'])
  run('apt-get', ['install', '-y', '-qq', ...names], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
}

/** Whether a command is on the PATH. */
function onPath(command) {
  return (process.env.PATH ?? '')
    .split(path.delimiter)
    .some((dir) => dir && existsSync(path.join(dir, command)))
}

const tasks = {
  setup: null,
  start: ['start:all'],
  test: ['check'],
  'test:mongo': ['test:int:mongo'],
  'test:s3': ['test:int:s3'],
  worker: ['worker:run'],
}
if (!(mode in tasks)) {
  console.error(
    `Unknown mode "${mode}". Use: node scripts/bootstrap.mjs start | test | test:mongo | test:s3 | worker | setup`,
  )
  process.exit(2)
}
if (mode === 'test') ensureDebianPackages()
if (tasks[mode]) run('pnpm', ['run', ...tasks[mode], ...rest], { env })
