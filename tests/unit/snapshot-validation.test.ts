import { describe, expect, test } from 'vitest'

import { parseSnapshot, SnapshotError } from '@talentregion/shared/schemas/parseSnapshot'

import { snapshotFixture } from '../fixtures/snapshot'

/** The issues a snapshot is refused for, as "document [locale] field: message" lines. */
function issuesOf(input: unknown): string[] {
  try {
    parseSnapshot(input)
    return []
  } catch (error) {
    if (!(error instanceof SnapshotError)) throw error
    return error.issues.map(
      (issue) => `${issue.document} [${issue.locale ?? '-'}] ${issue.field}: ${issue.message}`,
    )
  }
}

describe('snapshot validation', () => {
  test('a complete snapshot passes', () => {
    expect(issuesOf(snapshotFixture())).toEqual([])
  })

  test('a missing Swedish title names the story, the locale and the field', () => {
    const snapshot = snapshotFixture() as unknown as {
      stories: { translations: { sv: { title?: string } } }[]
    }
    delete snapshot.stories[0]!.translations.sv.title
    expect(issuesOf(snapshot)).toEqual([
      expect.stringMatching(/^stories\/s1 "livet-ved-mjosa" \[sv\] translations\.sv\.title: /),
    ])
  })

  test('every list of documents is named by document, language and field — campaigns too', () => {
    const snapshot = snapshotFixture() as unknown as {
      campaigns: { translations: { nb: { title?: string } } }[]
    }
    delete snapshot.campaigns[0]!.translations.nb.title
    expect(issuesOf(snapshot)).toEqual([
      expect.stringMatching(
        /^campaigns\/c1 "flytt-til-innlandet" \[nb\] translations\.nb\.title: /,
      ),
    ])
  })

  test('a malformed slug is refused with what a slug must look like', () => {
    const snapshot = snapshotFixture()
    snapshot.stories[0]!.translations.en!.slug = 'Life By Lake!'
    expect(issuesOf(snapshot)).toEqual([
      'stories/s1 "livet-ved-mjosa" [en] translations.en.slug: a slug is lowercase a–z, 0–9 and hyphens',
    ])
  })

  test('an employer from a snapshot older than the English flag reads as not English-speaking', () => {
    const snapshot = snapshotFixture() as unknown as { employers: { englishAtWork?: boolean }[] }
    delete snapshot.employers[0]!.englishAtWork
    expect(parseSnapshot(snapshot).employers[0]!.englishAtWork).toBe(false)
  })

  test('a javascript: careers link is refused', () => {
    const snapshot = snapshotFixture()
    snapshot.employers[0]!.careersUrl = 'javascript:alert(1)'
    expect(issuesOf(snapshot)).toEqual([
      expect.stringMatching(/^employers\/e1 "mjosa-kraft" \[-\] careersUrl: /),
    ])
  })

  test('a reference to something not in the snapshot is refused', () => {
    const snapshot = snapshotFixture()
    snapshot.stories[0]!.relatedEmployers = ['e1', 'e404']
    expect(issuesOf(snapshot)).toEqual([
      'stories/s1 [-] relatedEmployers.1: refers to employer e404, which is not in the snapshot',
    ])
  })

  test('two stories with the same slug in one language are refused', () => {
    const snapshot = snapshotFixture()
    snapshot.stories[1]!.translations.nb!.slug = 'livet-ved-mjosa'
    expect(issuesOf(snapshot)).toEqual([
      'stories/s2 [nb] slug: "livet-ved-mjosa" is also used by stories/s1',
    ])
  })

  test('the error message lists every problem, one per line', () => {
    const snapshot = snapshotFixture()
    snapshot.events[0]!.endsAt = '2027-02-05T09:00:00.000Z'
    snapshot.stories[0]!.heroImage = 'missing'
    expect(() => parseSnapshot(snapshot)).toThrow(
      /\(2 problems\):\n {2}- stories\/s1 heroImage: refers to image missing.*\n {2}- events\/v1 endsAt: ends before it starts/,
    )
  })

  test('something that is not a snapshot at all is refused at the top', () => {
    expect(issuesOf({ hello: 'world' })).toContain('version [-] : Invalid input: expected 1')
  })
})
