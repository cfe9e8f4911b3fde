import type { AstroIntegration } from 'astro'

import { loadSnapshot, snapshotDir } from '../lib/snapshot'

/**
 * Parses the snapshot before Astro renders a single page; an invalid snapshot stops the build
 * with an error naming document, locale and field.
 */
export function validateSnapshot(): AstroIntegration {
  return {
    name: 'talentregion:validate-snapshot',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const snapshot = loadSnapshot()
        logger.info(
          `snapshot ${snapshotDir()}: ${snapshot.stories.length} stories, ${snapshot.employers.length} employers, ${snapshot.events.length} events`,
        )
      },
    },
  }
}
