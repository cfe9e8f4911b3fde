import type { Employer, Municipality, Story } from '@talentregion/cms/types'
import { defaultLocale } from '@talentregion/shared/locales'
import { relationKey } from '@talentregion/shared/relationId'
import { slugify } from '@talentregion/shared/slugify'

import { stories } from '../content/stories'
import { createTranslated, existing, seedContext } from '../createTranslated'
import { lexical } from '../lexical'
import type { SeedRun } from '../seedRun'
import type { Library } from './library'

const day = 86_400_000

/** The stories, published days apart, each featured by up to three of its employers. */
export async function seedStories(
  run: SeedRun,
  placeId: (name: string) => Municipality['id'],
  employerId: (name: string) => Employer['id'],
  { photo }: Library,
): Promise<void> {
  const { payload, log } = run
  const now = Date.now()
  for (const [index, story] of stories.entries()) {
    const original = story.text[defaultLocale]
    const slug = slugify(original.title)
    if (await existing(payload, 'stories', { slug: { equals: slug } })) continue
    const heroImage = await photo(
      `story-${index + 1}-${story.scene}`,
      story.scene,
      1000 + index,
      story.imageAlt,
    )
    const created = await createTranslated(payload, 'stories', {
      data: {
        _status: 'published',
        title: original.title,
        excerpt: original.excerpt,
        body: lexical(original.body),
        heroImage,
        person: {
          name: story.person.name,
          role: story.person.role[defaultLocale],
          movedFrom: story.person.movedFrom[defaultLocale],
        },
        municipality: placeId(story.municipality),
        topics: story.topics,
        relatedEmployers: story.employers.map(employerId),
        publishedAt: new Date(now - story.daysAgo * day).toISOString(),
      },
      translate: (locale) => {
        const text = story.text[locale]
        return text
          ? {
              _status: 'published',
              title: text.title,
              excerpt: text.excerpt,
              body: lexical(text.body),
              person: {
                role: story.person.role[locale],
                movedFrom: story.person.movedFrom[locale],
              },
            }
          : null
      },
    })
    for (const name of story.employers) await feature(run, employerId(name), created.id)
    log(`story ${index + 1}/${stories.length}: ${original.title}`)
  }
}

/** Adds a story to an employer's featured stories while it has fewer than three. */
async function feature({ payload }: SeedRun, employer: Employer['id'], story: Story['id']) {
  const doc = await payload.findByID({
    collection: 'employers',
    id: employer,
    depth: 0,
    draft: true,
  })
  const featured = (doc.featuredStories ?? []).map(relationKey)
  if (featured.includes(story) || featured.length >= 3) return
  await payload.update({
    collection: 'employers',
    id: employer,
    data: { _status: 'published', featuredStories: [...featured, story] },
    context: seedContext,
  })
}
