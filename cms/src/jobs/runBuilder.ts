import {
  publishRequest,
  publishResult,
  requestArguments,
  type PublishResult,
} from '@talentregion/shared/builder'

import { siteRoot } from '../config/siteReleases'
import { runScript } from './runScript'

export type BuilderOutcome = PublishResult & { log: string[] }

/** Runs the site builder for one queued build. */
export async function runBuilder(options: {
  confirmPageLoss: boolean
  full: boolean
}): Promise<BuilderOutcome> {
  const { result, log, exit } = await runScript(
    'publish',
    requestArguments(publishRequest, { root: siteRoot, ...options }),
    publishResult,
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
