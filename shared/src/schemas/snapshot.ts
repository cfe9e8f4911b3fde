import { z } from 'zod'

import { employerSizes } from '../employer-sizes'
import { industries } from '../industries'
import { licences } from '../licences'
import { defaultLocale, locales, type Locale } from '../locales'
import { topics } from '../topics'
import { richTextSchema } from './richText'

/**
 * The content snapshot: everything the public site renders, exported from the CMS and checked
 * on both sides. Only published documents and public toolkits ever appear in it; a document
 * has an entry under `translations` only for the languages it is really written in.
 */
export const snapshotVersion = 1

const localeSchema = z.enum(locales)
const id = z.string().min(1)
const text = z.string().trim().min(1)
const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug is lowercase a–z, 0–9 and hyphens')
const isoDate = z.iso.datetime({ offset: true })
const url = z.url({ protocol: /^https?$/ })

/** A value in some of the locales; a missing key is a translation not written yet. */
const translated = <T extends z.ZodType>(schema: T) => z.partialRecord(localeSchema, schema)

const mediaFile = z.object({
  path: z.string().regex(/^media\/[^/]+$/, 'media files live directly under media/'),
  width: z.int().positive(),
  height: z.int().positive(),
  bytes: z.int().nonnegative(),
  type: z.enum(['image/avif', 'image/webp', 'image/jpeg', 'image/png']),
})

export const mediaSchema = z.object({
  id,
  alt: translated(text),
  caption: translated(text),
  decorative: z.boolean(),
  credit: text,
  licence: z.enum(licences),
  focalX: z.number().min(0).max(100),
  focalY: z.number().min(0).max(100),
  original: mediaFile,
  sources: z.array(mediaFile),
  social: mediaFile.nullable(),
})

export const municipalitySchema = z.object({
  id,
  name: text,
  slug,
  region: text,
  country: z.enum(['NO', 'SE']),
})

export const storySchema = z.object({
  id,
  translations: translated(
    z.object({
      title: text,
      slug,
      excerpt: z.string(),
      body: richTextSchema.nullable(),
      personRole: z.string(),
      movedFrom: z.string(),
    }),
  ),
  heroImage: id.nullable(),
  personName: z.string(),
  municipality: id.nullable(),
  topics: z.array(z.enum(topics)),
  relatedEmployers: z.array(id),
  publishedAt: isoDate,
  updatedAt: isoDate,
})

export const employerSchema = z.object({
  id,
  name: text,
  slug,
  logo: id.nullable(),
  industry: z.enum(industries),
  size: z.enum(employerSizes).nullable(),
  municipalities: z.array(id),
  website: url.nullable(),
  careersUrl: url.nullable(),
  translations: translated(z.object({ description: richTextSchema.nullable() })),
  featuredStories: z.array(id),
  updatedAt: isoDate,
})

export const eventSchema = z.object({
  id,
  translations: translated(z.object({ title: text, slug, description: richTextSchema.nullable() })),
  image: id.nullable(),
  startsAt: isoDate,
  endsAt: isoDate,
  timeZone: z.enum(['Europe/Oslo', 'Europe/Stockholm']),
  place: z.object({ name: text, address: z.string(), municipality: id.nullable() }),
  registrationUrl: url.nullable(),
  updatedAt: isoDate,
})

/** A file the site offers for download, copied under a content-hash name. */
const download = z.object({
  path: z.string().regex(/^files\/[^/]+$/, 'downloads live directly under files/'),
  bytes: z.int().nonnegative(),
  type: z.string().min(1),
})

/** An uploaded toolkit file: a logo, a font or a template. */
const toolkitFileSchema = download.extend({
  id,
  /** The name a downloaded copy gets. */
  filename: text,
  title: translated(text),
  licence: z.enum(licences),
  licenceNote: translated(text),
})

export const toolkitSchema = z.object({
  id,
  translations: translated(
    z.object({
      name: text,
      slug,
      description: z.string(),
      guidelines: richTextSchema.nullable(),
      /** The whole toolkit as one zip, with a README in this language. */
      zip: download,
    }),
  ),
  colours: z
    .array(
      z.object({
        name: translated(text),
        hex: z.string().regex(/^#[0-9A-F]{6}$/),
        cmyk: z.string().nullable(),
        pantone: z.string().nullable(),
        role: z.enum(['primary', 'accent', 'background', 'text']),
      }),
    )
    .min(1),
  typography: z.array(
    z.object({
      family: text,
      usage: z.enum(['heading', 'body']),
      weights: z.string(),
      fallback: z.string(),
      licenceNote: translated(text),
      /** Only files whose licence lets them be passed on… */
      files: z.array(toolkitFileSchema),
      /** …so the page can say when the font has to be licensed elsewhere. */
      filesWithheld: z.boolean(),
    }),
  ),
  logos: z.array(
    z.object({
      label: translated(text),
      background: z.enum(['light', 'dark']),
      file: toolkitFileSchema,
      /** PNG renditions made from the SVG, narrowest first. */
      renditions: z.array(
        download.extend({ width: z.int().positive(), height: z.int().positive() }),
      ),
    }),
  ),
  imageBank: z.array(id),
  templates: z.array(toolkitFileSchema),
  updatedAt: isoDate,
})

const colourSchema = z.object({
  name: translated(text),
  hex: z.string().regex(/^#[0-9A-Fa-f]{6}$/),
  role: z.enum(['primary', 'accent', 'background', 'text']),
})

export const graphicProfileSchema = z.object({
  toolkitId: id,
  colours: z.array(colourSchema).min(1),
  typography: z.array(
    z.object({ family: text, usage: z.enum(['heading', 'body']), fallback: z.string() }),
  ),
})

export const settingsSchema = z.object({
  translations: z.record(
    localeSchema,
    z.object({
      siteName: text,
      tagline: z.string(),
      footerText: z.string(),
      navigation: z.array(
        z.object({
          label: text,
          target: z.enum(['home', 'stories', 'employers', 'events', 'search', 'external']),
          url: url.nullable(),
        }),
      ),
      privacyStatement: richTextSchema.nullable(),
      accessibilityStatement: richTextSchema.nullable(),
    }),
  ),
  contact: z.object({
    organisation: z.string(),
    email: z.string(),
    phone: z.string(),
    address: z.string(),
  }),
  defaultSocialImage: id.nullable(),
})

export const snapshotSchema = z.object({
  version: z.literal(snapshotVersion),
  generatedAt: isoDate,
  defaultLocale: z.literal(defaultLocale),
  locales: z.array(localeSchema).min(1),
  settings: settingsSchema,
  /** Where partner users log in for partner-only toolkits; null when the CMS is not public. */
  partnerPortalUrl: url.nullable(),
  graphicProfile: graphicProfileSchema.nullable(),
  media: z.array(mediaSchema),
  municipalities: z.array(municipalitySchema),
  stories: z.array(storySchema),
  employers: z.array(employerSchema),
  events: z.array(eventSchema),
  toolkits: z.array(toolkitSchema),
})

export type Snapshot = z.infer<typeof snapshotSchema>
export type SnapshotMedia = z.infer<typeof mediaSchema>
export type SnapshotMediaFile = z.infer<typeof mediaFile>
export type SnapshotStory = z.infer<typeof storySchema>
export type SnapshotEmployer = z.infer<typeof employerSchema>
export type SnapshotEvent = z.infer<typeof eventSchema>
export type SnapshotMunicipality = z.infer<typeof municipalitySchema>
export type SnapshotToolkit = z.infer<typeof toolkitSchema>
export type SnapshotToolkitFile = z.infer<typeof toolkitFileSchema>
export type SnapshotDownload = z.infer<typeof download>
export type SnapshotSettings = z.infer<typeof settingsSchema>
export type GraphicProfile = z.infer<typeof graphicProfileSchema>
export type { Locale }
