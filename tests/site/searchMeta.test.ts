import { describe, expect, test } from 'vitest'

import SearchMeta from '../../site/src/components/SearchMeta.astro'
import { snapshotFixture } from '../fixtures/snapshot'
import { snapshotContainer } from './helpers/container'

const snapshot = snapshotFixture()
const container = snapshotContainer(snapshot)

/** What Pagefind reads off the rendered spans: filters and meta, by name. */
async function searchFacts(props: Record<string, unknown>) {
  const html = await container().renderToString(SearchMeta, { props })
  const facts: Record<string, string> = {}
  for (const [, kind, value] of html.matchAll(
    /data-pagefind-(?:filter|meta)="(\w+)\[data-value\]" data-value="([^"]*)"/g,
  ))
    facts[kind!] = value!
  return { html, facts }
}

describe('what a search result shows of a page', () => {
  test('a campaign is named as one, in the language of the page, with its picture', async () => {
    const { facts } = await searchFacts({
      locale: 'sv',
      type: 'campaign',
      image: snapshot.media[0],
    })
    // The narrowest WebP that is sharp at the thumbnail's twice 96 px.
    expect(facts).toEqual({ type: 'Kampanj', image: '/media/m1-480.webp' })
  })

  test("a page's own logo is shown, and without a picture or a logo the site's", async () => {
    expect(
      (await searchFacts({ locale: 'nb', type: 'employer', logo: '/media/l.webp' })).facts,
    ).toEqual({ type: 'Arbeidsgiver', logo: '/media/l.webp' })
    expect((await searchFacts({ locale: 'en', type: 'job' })).facts).toEqual({
      type: 'Job',
      logo: '/files/logo.1a2b3c4d5e.svg',
    })
  })

  test('nothing of it is visible on the page', async () => {
    const { html } = await searchFacts({ locale: 'nb', type: 'story', image: snapshot.media[0] })
    expect(html.replace(/<span[^>]*><\/span>/g, '').trim()).toBe('')
  })
})
