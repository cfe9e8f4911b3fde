import { siteRoot } from '../config/siteReleases'
import { runScript } from './runScript'

export interface BuilderOutcome {
  ok: boolean
  releaseId?: string
  pages?: number
  durationMs?: number
  stage?: string
  details?: string[]
  log: string[]
}

/** Runs the site builder (scripts/publish/runQueued.ts) for one queued build. */
export async function runBuilder(options: { confirmPageLoss: boolean }): Promise<BuilderOutcome> {
  const args = ['--root', siteRoot, ...(options.confirmPageLoss ? ['--confirm-page-loss'] : [])]
  const { result, log, exit } = await runScript<Omit<BuilderOutcome, 'log'>>(
    'publish/runQueued.ts',
    args,
  )
  return result
    ? { ...result, log }
    : {
        ok: false,
        stage: 'build',
        details: [`The builder stopped (${exit}) before it finished.`],
        log,
      }
}
