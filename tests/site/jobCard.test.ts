import type { Locale } from '@talentregion/shared/locales'
import type { SnapshotJob } from '@talentregion/shared/schemas/snapshot'
import { describe, expect, test } from 'vitest'

import JobCard from '../../site/src/components/JobCard.astro'
import { snapshotFixture } from '../fixtures/snapshot'
import { snapshotContainer } from './helpers/container'

const snapshot = snapshotFixture()
const container = snapshotContainer(snapshot)

const job = (changes: Partial<SnapshotJob> = {}): SnapshotJob => ({
  ...snapshot.jobs[0]!,
  ...changes,
})
const render = (props: { job: SnapshotJob; locale: Locale; showEmployer?: boolean }) =>
  container().renderToString(JobCard, { props })
/** The card's visible text, tags stripped and spaces collapsed. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()

describe('a job card', () => {
  test('says a deadline in the usual words in the language of the page', async () => {
    const card = job({ deadline: null, deadlineText: 'SNAREST!' })
    const texts = await Promise.all(
      (['nb', 'sv', 'en'] as const).map(async (locale) =>
        textOf(await render({ job: card, locale })),
      ),
    )
    expect(texts[0]).toContain('Søk snarest')
    expect(texts[1]).toContain('Ansök snarast')
    expect(texts[2]).toContain('Apply as soon as possible')
    expect(texts.join(' ')).not.toContain('SNAREST')
  })

  test('shows other deadline words as the ad wrote them, marked with its language', async () => {
    const html = await render({
      job: job({ deadline: null, deadlineText: 'Etter avtale' }),
      locale: 'sv',
    })
    expect(html).toContain('Sista ansökningsdag: <span lang="nb">Etter avtale</span>')
  })

  test('says the language of the ad in the language of the page', async () => {
    const texts = await Promise.all(
      (['nb', 'sv', 'en'] as const).map(async (locale) =>
        textOf(await render({ job: job({ language: 'sv' }), locale })),
      ),
    )
    expect(texts[0]).toContain('Annonsen er på svensk')
    expect(texts[1]).toContain('Annonsen är på svenska')
    expect(texts[2]).toContain('Ad in Swedish')
  })

  test('marks a job where English is spoken at work, except on its employer’s own page', async () => {
    const onList = textOf(await render({ job: job(), locale: 'nb' }))
    const onEmployer = textOf(await render({ job: job(), locale: 'nb', showEmployer: false }))
    expect([onList.includes('Engelsk som arbeidsspråk'), onEmployer.includes('Engelsk')]).toEqual([
      true,
      false,
    ])
  })
})
