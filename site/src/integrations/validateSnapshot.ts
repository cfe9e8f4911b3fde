import type { AstroIntegration } from 'astro'

import { redirectIssues } from '../lib/redirectCheck'
import { loadSnapshot, snapshotDir } from '../lib/snapshot'

/**
 * Parses the snapshot before Astro renders a single page; an invalid snapshot stops the build
 * with an error naming document, locale and field, and so does a redirect that goes nowhere.
 */
export function validateSnapshot(): AstroIntegration {
  return {
    name: 'talentregion:validate-snapshot',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const snapshot = loadSnapshot()
        const problems = redirectIssues(snapshot)
        if (problems.length > 0)
          throw new Error(
            `Redirects that cannot be published:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
          )
        logger.info(
          `snapshot ${snapshotDir()}: ${snapshot.stories.length} stories, ${snapshot.employers.length} employers, ${snapshot.events.length} events`,
        )
      },
    },
  }
}
