// `npm run worker`: runs the CMS's job queue — site builds, scheduled publishing, lead digests —
// in a process of its own, so several CMS instances (with JOB_RUNNER=worker) share one builder.
// Builds take the database lock "site-build", so two workers never build at once either.
import { setTimeout as sleep } from 'node:timers/promises'

import { openPayload } from '../lib/payload'

// Read by the CMS config: this process runs the queue whatever JOB_RUNNER says.
process.env.TALENTREGION_PROCESS = 'worker'
const { payload } = await openPayload({ cron: true })
console.log(
  `Worker ${process.pid} is running queued jobs` +
    (process.env.JOB_RUNNER === 'worker'
      ? '.'
      : ' (so do the CMS processes: set JOB_RUNNER=worker for them to leave it to workers).'),
)

/** Takes no new job, lets the one in hand finish (a build keeps its lock until then), exits. */
async function stop(signal: string) {
  console.log(`Worker ${process.pid}: ${signal}, finishing the job in hand.`)
  for (const cron of payload.crons) cron.pause()
  while (payload.crons.some((cron) => cron.isBusy())) await sleep(250)
  await payload.destroy()
  process.exit(0)
}
process.once('SIGTERM', () => void stop('SIGTERM'))
process.once('SIGINT', () => void stop('SIGINT'))
