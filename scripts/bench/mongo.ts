import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { startFerretDB, type RunningServer } from '../servers/ferretdb'
import { hasGo } from '../servers/goTool'
import { scriptArgs } from '../lib/args'

/**
 * `pnpm bench:mongo`: the same work on SQLite and on a MongoDB wire-protocol server
 * (`MONGODB_URL`, or FerretDB built with Go), one after the other in one run: seeding the demo,
 * exporting it, adding `--stories` generated stories (3,000 by default) and exporting again, and
 * the p95 of the local-API reads behind `GET /api/stories` and `GET /api/stories/:id`. A
 * measurement, not a test: compare the two columns of one run.
 */
const { values } = parseArgs({
  args: scriptArgs(),
  options: { stories: { type: 'string', default: '3000' } },
})
if (!process.env.MONGODB_URL && !hasGo()) {
  console.log('bench:mongo needs MONGODB_URL, or Go to build FerretDB.')
  process.exit(0)
}

type Figures = Record<string, number>

function measure(databaseUrl: string): Promise<Figures> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'talentregion-bench-db-'))
  return new Promise((resolve, reject) => {
    const child = spawn(
      'pnpm',
      ['exec', 'tsx', 'bench/databaseRun.ts', '--stories', values.stories],
      {
        env: {
          ...process.env,
          DATABASE_URL: databaseUrl,
          DATA_DIR: dataDir,
          PAYLOAD_SECRET: 'bench-secret-bench-secret-bench-00',
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    )
    let result: Figures | null = null
    child.stdout.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n'))
        if (line.startsWith('RESULT ')) result = JSON.parse(line.slice(7)) as Figures
    })
    child.on('close', (code) => {
      fs.rmSync(dataDir, { recursive: true, force: true })
      if (result) resolve(result)
      else reject(new Error(`The ${databaseUrl.split(':')[0]} run stopped (exit ${code}).`))
    })
  })
}

let server: RunningServer | null = null
try {
  if (!process.env.MONGODB_URL) server = await startFerretDB()
  const mongoUrl = process.env.MONGODB_URL ?? server!.url
  console.log(`Measuring SQLite, then ${process.env.MONGODB_URL ? 'MONGODB_URL' : 'FerretDB'}…`)
  const sqlite = await measure('')
  const mongo = await measure(mongoUrl)
  const rows: [string, string][] = [
    ['seed the demo', 'seedMs'],
    ['export the demo', 'exportDemoMs'],
    [`add ${values.stories} stories`, 'addMs'],
    [`export with ${values.stories} more`, 'exportLargeMs'],
    ['story list p95 (10, depth 1)', 'listP95Ms'],
    ['one story p95 (depth 1)', 'oneP95Ms'],
  ]
  const width = Math.max(...rows.map(([label]) => label.length))
  console.log(`\n${'work'.padEnd(width)}  ${'SQLite'.padStart(10)}  ${'MongoDB'.padStart(10)}`)
  for (const [label, key] of rows) {
    const ms = (figures: Figures) => `${Math.round(figures[key]!)} ms`.padStart(10)
    console.log(`${label.padEnd(width)}  ${ms(sqlite)}  ${ms(mongo)}`)
  }
} finally {
  await server?.stop()
}
