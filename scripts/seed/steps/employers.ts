import type { Employer, Municipality } from '@talentregion/cms/types'
import { defaultLocale } from '@talentregion/shared/locales'
import { slugify } from '@talentregion/shared/slugify'

import { employers } from '../content/employers'
import { createTranslated, existing } from '../createTranslated'
import { wordmarkPng } from '../images'
import { lexical } from '../lexical'
import type { SeedRun } from '../seedRun'
import type { Library } from './library'

/** The employers with their logos, and a lookup of their ids by name. */
export async function seedEmployers(
  run: SeedRun,
  placeId: (name: string) => Municipality['id'],
  { image }: Library,
): Promise<(name: string) => Employer['id']> {
  const { payload, log } = run
  const ids = new Map<string, Employer['id']>()
  for (const [index, employer] of employers.entries()) {
    const slug = slugify(employer.name)
    const found = await existing(payload, 'employers', { slug: { equals: slug } })
    if (found) {
      ids.set(employer.name, found.id)
      continue
    }
    const logo = await image(
      `logo-${slug}`,
      () => wordmarkPng(employer.name, employer.colour),
      {
        nb: `Logo for ${employer.name}`,
        sv: `Logotyp för ${employer.name}`,
        en: `${employer.name} logo`,
      },
      employer.name,
    )
    const created = await createTranslated(payload, 'employers', {
      data: {
        _status: 'published',
        name: employer.name,
        slug,
        logo,
        description: lexical(employer.description[defaultLocale]),
        industry: employer.industry,
        municipalities: employer.municipalities.map(placeId),
        size: employer.size,
        website: employer.website,
        careersUrl: employer.careersUrl,
        englishAtWork: employer.englishAtWork ?? false,
        country: employer.country,
        orgNumber: employer.orgNumber,
        otherOrgNumbers: (employer.otherOrgNumbers ?? []).map((orgNumber) => ({ orgNumber })),
      },
      translate: (locale) => ({
        _status: 'published',
        description: lexical(employer.description[locale]),
      }),
    })
    ids.set(employer.name, created.id)
    log(`employer ${index + 1}/${employers.length}: ${employer.name}`)
  }
  return (name) => {
    const id = ids.get(name)
    if (id === undefined) throw new Error(`Seed content names an unknown employer "${name}".`)
    return id
  }
}
