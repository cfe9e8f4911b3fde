import type { Block, Field, Payload, SanitizedConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import configPromise from '@talentregion/cms/config'
import { locales } from '@talentregion/shared/locales'

import { startPayload, stopPayload } from './helpers/payload'
import { rest } from './helpers/rest'
import { createUser } from './helpers/users'

let config: SanitizedConfig
let payload: Payload

beforeAll(async () => {
  config = await configPromise
  payload = await startPayload()
})

afterAll(async () => {
  await stopPayload(payload)
})

/**
 * What an editor reads must exist in every admin language. A text is complete when it is one
 * of Payload's own translations (a function of `t`), deliberately absent (`false`), or an object
 * with a non-empty string for exactly nb, sv and en. A plain string — Payload's English default
 * made from a field name ("Hero Image"), or English typed into the schema — is a finding.
 */
function problem(where: string, what: string, value: unknown): string[] {
  if (value === false || typeof value === 'function') return []
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
    const complete =
      entries.length === locales.length &&
      locales.every((locale) => {
        const text = (value as Record<string, unknown>)[locale]
        return typeof text === 'string' && text.trim() !== ''
      })
    if (complete) return []
  }
  return [`${where}: ${what} ${JSON.stringify(value) ?? 'missing'}`]
}

function optional(where: string, what: string, value: unknown): string[] {
  return value === undefined ? [] : problem(where, what, value)
}

function shownToEditors(field: Field): boolean {
  const admin = field.admin as { hidden?: boolean; disabled?: boolean } | undefined
  return !('hidden' in field && field.hidden) && !admin?.hidden && !admin?.disabled
}

function richTextBlocks(field: Field): Block[] {
  if (field.type !== 'richText' || !field.editor || typeof field.editor === 'function') return []
  const editor = field.editor as {
    editorConfig?: {
      resolvedFeatureMap?: Map<string, { sanitizedServerFeatureProps?: { blocks?: Block[] } }>
    }
  }
  return (
    editor.editorConfig?.resolvedFeatureMap?.get('blocks')?.sanitizedServerFeatureProps?.blocks ??
    []
  )
}

function blockProblems(block: Block): string[] {
  const where = `block ${block.slug}`
  return [
    ...problem(where, 'singular', block.labels?.singular),
    ...problem(where, 'plural', block.labels?.plural),
    ...fieldProblems(block.fields, where),
  ]
}

function fieldProblems(fields: Field[], parent: string): string[] {
  return fields.flatMap((field): string[] => {
    if (field.type === 'tabs') {
      return field.tabs.flatMap((tab) => [
        ...problem(`${parent} tab`, 'label', tab.label),
        ...optional(`${parent} tab`, 'description', tab.description),
        ...fieldProblems(tab.fields, 'name' in tab && tab.name ? `${parent}.${tab.name}` : parent),
      ])
    }
    if (!shownToEditors(field)) return []
    const where = 'name' in field && field.name ? `${parent}.${field.name}` : parent
    const admin = field.admin as { description?: unknown; placeholder?: unknown } | undefined
    return [
      ...(field.type === 'ui' || field.type === 'row' ? [] : problem(where, 'label', field.label)),
      ...(typeof admin?.description === 'function'
        ? []
        : optional(where, 'description', admin?.description)),
      ...optional(where, 'placeholder', admin?.placeholder),
      ...(field.type === 'date' && !field.admin?.date?.displayFormat
        ? [`${where}: date shown in Payload's English default format`]
        : []),
      ...('options' in field
        ? field.options.flatMap((option) =>
            typeof option === 'string'
              ? [`${where}: option "${option}" has no label`]
              : problem(where, `option "${option.value}"`, option.label),
          )
        : []),
      ...(field.type === 'array' || field.type === 'blocks'
        ? [
            ...problem(where, 'row label', field.labels?.singular),
            ...problem(where, 'rows label', field.labels?.plural),
          ]
        : []),
      ...(field.type === 'blocks' ? (field.blocks ?? []).flatMap(blockProblems) : []),
      ...richTextBlocks(field).flatMap(blockProblems),
      ...('fields' in field ? fieldProblems(field.fields, where) : []),
    ]
  })
}

describe('the admin speaks the editor’s language', () => {
  test('every collection, global, field, option, block and tab of ours has nb, sv and en', () => {
    const ours = config.collections.filter((collection) => !collection.slug.startsWith('payload-'))
    const findings = [
      ...ours.flatMap((collection) => [
        ...problem(collection.slug, 'singular', collection.labels.singular),
        ...problem(collection.slug, 'plural', collection.labels.plural),
        ...problem(collection.slug, 'group', collection.admin.group),
        ...(typeof collection.admin.description === 'function'
          ? []
          : optional(collection.slug, 'description', collection.admin.description)),
        ...fieldProblems(collection.fields, collection.slug),
      ]),
      ...config.globals
        .filter((global) => !global.slug.startsWith('payload-'))
        .flatMap((global) => [
          ...problem(global.slug, 'label', global.label),
          ...fieldProblems(global.fields, global.slug),
        ]),
    ]
    expect(findings).toEqual([])
    expect(ours.length).toBeGreaterThan(10)
  })

  test('the walker finds an English default, so the test above can fail', () => {
    const untranslated: Field[] = [
      { name: 'heroImage', type: 'text', label: 'Hero Image' },
      { name: 'kind', type: 'select', options: ['a'], label: { nb: 'Slag', sv: 'Sort', en: '' } },
    ]
    expect(fieldProblems(untranslated, 'x')).toEqual([
      'x.heroImage: label "Hero Image"',
      'x.kind: label {"nb":"Slag","sv":"Sort","en":""}',
      'x.kind: option "a" has no label',
    ])
  })

  test('dates follow the admin language: long date and time, as date-fns writes them there', () => {
    expect(config.admin.dateFormat).toBe('PPPp')
  })

  test.each([
    ['sv', 'Sista dag', 'Slutet är före starten: kontrollera datumen.'],
    ['nb', 'Siste dag', 'Slutten er før starten: sjekk datoene.'],
    ['en', 'Last day', 'The end is before the start: check the dates.'],
  ])(
    'an editor working in %s is told what to fix in that language',
    async (language, label, text) => {
      const { token } = await createUser(payload, 'editor')
      const response = await rest('/campaigns', {
        token,
        method: 'POST',
        headers: { 'Accept-Language': language },
        body: { title: 'Baklengs', startsOn: '2027-03-18', endsOn: '2027-03-17' },
      })
      expect(response.status).toBe(400)
      const body = (await response.json()) as {
        errors: { data?: { errors?: { path: string; label: string; message: string }[] } }[]
      }
      expect(body.errors[0]?.data?.errors).toEqual([{ path: 'endsOn', label, message: text }])
    },
  )
})
