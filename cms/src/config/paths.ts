import fs from 'node:fs'
import path from 'node:path'

/** The workspace root: the nearest folder above the working directory with pnpm-workspace.yaml. */
function findWorkspaceRoot(start: string): string {
  let dir = start
  while (!fs.existsSync(path.join(dir, 'pnpm-workspace.yaml'))) {
    const parent = path.dirname(dir)
    if (parent === dir) return start
    dir = parent
  }
  return dir
}

/** The checkout this CMS runs from. */
export const workspaceRoot = findWorkspaceRoot(process.cwd())

/** Everything the CMS writes (database, secret, uploads) lives here; git ignores it. */
export const dataDir = path.resolve(process.env.DATA_DIR ?? path.join(workspaceRoot, 'data'))
