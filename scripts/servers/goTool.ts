import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { repoRoot } from '../lib/environment'
import { run } from '../lib/run'

/** Where the test servers are built: inside the checkout's tool folder, never on the system. */
const goBin = path.join(repoRoot, '.tools', 'go', 'bin')

/** Whether the machine has Go (the test servers are built from source with it). */
export const hasGo = (): boolean =>
  (process.env.PATH ?? '')
    .split(path.delimiter)
    .some((dir) => dir && fs.existsSync(path.join(dir, 'go')))

interface GoBuild {
  /** The binary's name under .tools/go/bin. */
  name: string
  module: string
  version: string
  /** The main package inside the module, e.g. `./cmd/ferretdb`. */
  main: string
  /** Changes the module's source before building (e.g. files its release process generates). */
  prepare?: (sourceDir: string) => void
}

/**
 * A server binary built from a module version on the Go module proxy, once per version (a marker
 * file beside it records which). With a `prepare` step (adding what the module's own release
 * process would have generated) it is built from a copy of the source.
 */
export async function goTool({ name, module, version, main, prepare }: GoBuild): Promise<string> {
  const binary = path.join(goBin, name)
  const marker = `${binary}.version`
  if (fs.existsSync(binary) && fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === version)
    return binary
  console.log(`Building ${name} ${version} from the Go module proxy (a few minutes, once)…`)
  const download = JSON.parse(
    execFileSync('go', ['mod', 'download', '-json', `${module}@${version}`], { encoding: 'utf8' }),
  ) as { Dir: string }
  fs.mkdirSync(goBin, { recursive: true })
  if (!prepare) {
    // Nothing to change: built straight from the module cache (go build only reads it).
    await run('go', ['build', '-o', binary, main], { cwd: download.Dir })
  } else {
    const source = fs.mkdtempSync(path.join(os.tmpdir(), `talentregion-${name}-`))
    try {
      fs.cpSync(download.Dir, source, { recursive: true })
      // The module cache is read-only; the copy must not be.
      execFileSync('chmod', ['-R', 'u+w', source])
      prepare(source)
      await run('go', ['build', '-o', binary, main], { cwd: source })
    } finally {
      fs.rmSync(source, { recursive: true, force: true })
    }
  }
  fs.writeFileSync(marker, version)
  return binary
}
