import { describe, expect, test } from 'vitest'

import { Content } from '../../site/src/lib/content'
import { PageKeys } from '../../site/src/lib/pageKeys'
import { buildPages } from '../../site/src/lib/routes'

import { snapshotFixture } from '../fixtures/snapshot'

const now = new Date('2026-11-01T12:00:00.000Z')

/** Every page's cache key, by path, for a snapshot changed by `change`. */
function keys(change: (snapshot: ReturnType<typeof snapshotFixture>) => void = () => {}) {
  const snapshot = snapshotFixture()
  change(snapshot)
  const pageKeys = new PageKeys(new Content(snapshot), now)
  return new Map(buildPages(snapshot).map((page) => [page.path, pageKeys.keyOf(page)]))
}

describe('page cache keys', () => {
  const before = keys()

  test('a story’s key changes with the open positions of the employer it names', () => {
    const after = keys((snapshot) => {
      snapshot.jobs.push({ ...snapshot.jobs[0]!, id: 'nav:second' })
    })
    const story = '/nb/historier/livet-ved-mjosa/'
    expect(after.get(story)).not.toBe(before.get(story))
    // A story that names no employer shows no jobs.
    expect(after.get('/nb/historier/bare-pa-norsk/')).toBe(
      before.get('/nb/historier/bare-pa-norsk/'),
    )
  })

  test('a narrowed story list’s key changes with its stories and with the facets’ counts', () => {
    const retitled = keys((snapshot) => {
      snapshot.stories[0]!.translations.nb!.title = 'Nytt liv ved Mjøsa'
    })
    expect(retitled.get('/nb/historier/sted/hamar/')).not.toBe(
      before.get('/nb/historier/sted/hamar/'),
    )
    const moved = keys((snapshot) => {
      snapshot.stories[1]!.municipality = 'p1'
    })
    // Hamar's count grew, which every story list in Norwegian shows beside its link.
    expect(moved.get('/nb/historier/tema/flytte-hit/')).not.toBe(
      before.get('/nb/historier/tema/flytte-hit/'),
    )
    // English has no second story: its lists show the same.
    expect(moved.get('/en/stories/topic/moving-here/')).toBe(
      before.get('/en/stories/topic/moving-here/'),
    )
  })
})
