import { defaultLocale, type Locale } from '@talentregion/shared/locales'
import type { File as StoredFile, Media } from '@talentregion/cms/types'

import { createTranslated, existing } from '../createTranslated'
import { scenePhoto, type Scene } from '../images'
import type { SeedRun } from '../seedRun'

export type Texts = Record<Locale, string>

/** The demo's pictures and downloads, each uploaded once and found again by its file name. */
export interface Library {
  image: (
    key: string,
    make: () => Promise<Buffer>,
    alt: Texts,
    credit: string,
  ) => Promise<Media['id']>
  /** A generated scene, credited to the demo. */
  photo: (key: string, scene: Scene, seedNumber: number, alt: Texts) => Promise<Media['id']>
  file: (
    key: string,
    data: Buffer,
    mimetype: string,
    title: Texts,
    audience: 'public' | 'partners',
    licence?: 'owned' | 'ofl',
  ) => Promise<StoredFile['id']>
}

export function library({ payload }: SeedRun): Library {
  const image: Library['image'] = async (key, make, alt, credit) => {
    // Uploaded as JPEG by name; the media collection reads the real format from the bytes.
    const name = `${key}.jpg`
    const found = await existing(payload, 'media', { filename: { equals: name } })
    if (found) return found.id
    const data = await make()
    const created = await createTranslated(payload, 'media', {
      data: { alt: alt[defaultLocale], credit, licence: 'owned' },
      file: { data, mimetype: 'image/jpeg', name, size: data.byteLength },
      translate: (locale) => ({ alt: alt[locale] }),
    })
    return created.id
  }
  return {
    image,
    photo: (key, scene, seedNumber, alt) =>
      image(key, () => scenePhoto(scene, seedNumber), alt, 'Talentregion demo'),
    async file(key, data, mimetype, title, audience, licence = 'owned') {
      const found = await existing(payload, 'files', { filename: { equals: key } })
      if (found) return found.id
      const created = await createTranslated(payload, 'files', {
        data: { title: title[defaultLocale], audience, licence },
        file: { data, mimetype, name: key, size: data.byteLength },
        translate: (locale) => ({ title: title[locale] }),
      })
      return created.id
    },
  }
}
