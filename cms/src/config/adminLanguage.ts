import type { Block, CollectionConfig, Config, Field, GlobalConfig, Option, Tab } from 'payload'

import type { Localized } from '@talentregion/shared/locales'

import { adminText, isAdminTextKey } from '../i18n/adminText'

/**
 * The admin's words come from one place, `src/i18n/{nb,sv,en}.json`, keyed by where they sit in
 * the schema, so a collection file reads like a schema and no label can exist in one language only:
 *
 * - `collection.<slug>.singular|plural|description`, `global.<slug>`, `block.<slug>.singular|plural`
 * - `label.<scope>.<path>` for a field (scope: collection or global slug, or `block.<slug>`;
 *   path: the names of the field and its named parents), else `label.*.<name>`, shared by all
 *   fields of that name; likewise `help.` (description), `placeholder.`, `row.` (one row of an
 *   array or blocks field) and `option.<scope>.<path>.<value>`
 *
 * What has no name in the schema (admin groups, unnamed tabs) takes `adminText(key)` in place.
 * Date fields show their value in the admin language's long format unless they say otherwise,
 * and every localized text field shows a translator its Norwegian original (SourceText).
 * A text that is missing leaves Payload's English default, which the config walker test reports.
 */
export function withAdminLanguage(config: Config): Config {
  return {
    ...config,
    collections: config.collections?.map(collectionText),
    globals: config.globals?.map(globalText),
    blocks: config.blocks?.map(blockText),
  }
}

// date-fns formats that follow the admin language: "2. desember 2026 kl. 05:52", "2 december 2026".
const dateFormats = {
  dayAndTime: 'PPPp',
  dayOnly: 'PPP',
  timeOnly: 'p',
  monthOnly: 'MMMM yyyy',
  default: 'PPP',
} as const

const translatable = new Set(['text', 'textarea', 'richText'])
const sourceText = '/components/SourceText#SourceText'

function text(key: string): Localized<string> | undefined {
  return isAdminTextKey(key) ? adminText(key) : undefined
}

/** The text for this very field, else the one shared by every field of its name. */
function fieldText(kind: string, at: Place, suffix = ''): Localized<string> | undefined {
  return text(`${kind}.${at.scope}.${at.path}${suffix}`) ?? text(`${kind}.*.${at.name}${suffix}`)
}

interface Place {
  scope: string
  path: string
  name: string
}

function collectionText(collection: CollectionConfig): CollectionConfig {
  const { slug } = collection
  const singular = text(`collection.${slug}.singular`)
  const plural = text(`collection.${slug}.plural`)
  const description = text(`collection.${slug}.description`)
  return {
    ...collection,
    labels: collection.labels ?? (singular && plural ? { singular, plural } : undefined),
    admin: description ? { ...collection.admin, description } : collection.admin,
    fields: fieldsText(collection.fields, slug, []),
  }
}

function globalText(global: GlobalConfig): GlobalConfig {
  return {
    ...global,
    label: global.label ?? text(`global.${global.slug}`),
    fields: fieldsText(global.fields, global.slug, []),
  }
}

/** A block's texts; the rich-text editor's blocks take them here, outside the config tree. */
export function blockText(block: Block): Block {
  const singular = text(`block.${block.slug}.singular`)
  const plural = text(`block.${block.slug}.plural`)
  return {
    ...block,
    labels: block.labels ?? (singular && plural ? { singular, plural } : undefined),
    fields: fieldsText(block.fields, `block.${block.slug}`, []),
  }
}

function fieldsText(fields: Field[], scope: string, parents: string[]): Field[] {
  return fields.map((field) => withFieldText(field, scope, parents))
}

function withFieldText(field: Field, scope: string, parents: string[]): Field {
  if (field.type === 'tabs') {
    return { ...field, tabs: field.tabs.map((tab) => tabText(tab, scope, parents)) }
  }
  if (!('name' in field)) {
    return 'fields' in field
      ? { ...field, fields: fieldsText(field.fields, scope, parents) }
      : field
  }
  const path = [...parents, field.name]
  const at: Place = { scope, path: path.join('.'), name: field.name }
  const next = { ...field } as Field & Record<string, unknown>
  if (field.label === undefined) next.label = fieldText('label', at)
  const description = fieldText('help', at)
  const placeholder = fieldText('placeholder', at)
  if (description || placeholder) {
    next.admin = {
      ...field.admin,
      ...(description && { description }),
      ...(placeholder && { placeholder }),
    }
  }
  if (field.type === 'date' && !field.admin?.date?.displayFormat) {
    const appearance = field.admin?.date?.pickerAppearance ?? 'dayOnly'
    next.admin = {
      ...(next.admin as object),
      date: { ...field.admin?.date, displayFormat: dateFormats[appearance] },
    }
  }
  // A slug is made from the title in each language, never translated from another one.
  if (
    'localized' in field &&
    field.localized &&
    translatable.has(field.type) &&
    field.name !== 'slug'
  ) {
    const components = field.admin?.components as { afterInput?: unknown[] } | undefined
    next.admin = {
      ...(next.admin as object),
      components: { ...components, afterInput: [...(components?.afterInput ?? []), sourceText] },
    } as object
  }
  if ('options' in field) next.options = field.options.map((option) => optionText(option, at))
  if ((field.type === 'array' || field.type === 'blocks') && !field.labels) {
    const row = fieldText('row', at)
    if (row && next.label) next.labels = { singular: row, plural: next.label }
  }
  if (field.type === 'blocks' && field.blocks) next.blocks = field.blocks.map(blockText)
  if ('fields' in field) next.fields = fieldsText(field.fields, scope, path)
  return next
}

function tabText(tab: Tab, scope: string, parents: string[]): Tab {
  const path = 'name' in tab && tab.name ? [...parents, tab.name] : parents
  const label =
    tab.label ?? ('name' in tab && tab.name ? text(`label.${scope}.${path.join('.')}`) : undefined)
  return { ...tab, label, fields: fieldsText(tab.fields, scope, path) } as Tab
}

function optionText(option: Option, at: Place): Option {
  const value = typeof option === 'string' ? option : option.value
  if (typeof option === 'object' && option.label !== undefined) return option
  const label = fieldText('option', at, `.${value}`)
  return label ? { value, label } : option
}
