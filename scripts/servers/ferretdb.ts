import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort, waitForPort } from './freePort'
import { goTool } from './goTool'

export const ferretdbVersion = 'v1.24.2'

export interface RunningServer {
  url: string
  stop(): Promise<void>
}

/**
 * FerretDB (the MongoDB wire protocol) with its embedded SQLite backend, in a throw-away folder
 * on a free port: a real server for the MongoDB tests where no MongoDB can be installed.
 */
export async function startFerretDB(): Promise<RunningServer> {
  const binary = await goTool({
    name: 'ferretdb',
    module: 'github.com/FerretDB/FerretDB',
    version: ferretdbVersion,
    main: './cmd/ferretdb',
    // FerretDB refuses to start without the version file its release build generates.
    prepare: (source) =>
      fs.writeFileSync(path.join(source, 'build', 'version', 'version.txt'), ferretdbVersion),
  })
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'talentregion-ferretdb-'))
  const port = await freePort()
  const child = spawn(
    binary,
    [
      '--handler=sqlite',
      `--sqlite-url=file:${dir}/`,
      `--listen-addr=127.0.0.1:${port}`,
      `--state-dir=${dir}`,
      '--telemetry=disable',
      '--log-level=error',
    ],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  )
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  try {
    await waitForPort(port)
  } catch (error) {
    child.kill()
    throw new Error('FerretDB did not start', { cause: error })
  }
  return {
    url: `mongodb://127.0.0.1:${port}/talentregion`,
    async stop() {
      child.kill('SIGTERM')
      await exited
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
