import fs from 'node:fs'
import path from 'node:path'

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * Runs `work` while holding a lock shared by every process on this machine (a directory
 * created atomically). A lock left by a process that no longer exists is taken over.
 */
export async function withLock<T>(
  lockDir: string,
  work: () => Promise<T>,
  timeoutMs = 15 * 60 * 1000,
): Promise<T> {
  const owner = path.join(lockDir, 'pid')
  const started = Date.now()
  for (;;) {
    try {
      fs.mkdirSync(lockDir)
      fs.writeFileSync(owner, String(process.pid))
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const pid = Number(fs.existsSync(owner) ? fs.readFileSync(owner, 'utf8') : NaN)
      if (Number.isInteger(pid) && !alive(pid)) {
        fs.rmSync(lockDir, { recursive: true, force: true })
        continue
      }
      if (Date.now() - started > timeoutMs) {
        throw new Error(`Waited too long for ${lockDir} (held by process ${pid})`, { cause: error })
      }
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  }
  try {
    return await work()
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true })
  }
}
