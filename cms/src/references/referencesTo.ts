import type { Field, SanitizedConfig } from 'payload'

/** One step into a document: a field, which may be localized and may hold a list of rows. */
export interface Step {
  name: string
  localized: boolean
  /** An array or blocks field: the next step is inside each row. */
  rows: boolean
}

/** A relationship field somewhere in a collection's or global's documents. */
export interface Reference {
  owner: { collection: string } | { global: string }
  steps: Step[]
  hasMany: boolean
  /** Polymorphic: stored as `{ relationTo, value }`. */
  polymorphic: boolean
  relationTo: string[]
}

/** Every relationship and upload field in these fields, with the steps to reach it. */
function referencesIn(
  fields: Field[],
  owner: Reference['owner'],
  path: Step[] = [],
  localized = false,
): Reference[] {
  return fields.flatMap((field): Reference[] => {
    const named = 'name' in field && typeof field.name === 'string' ? field.name : null
    const here = (rows: boolean): Step[] =>
      named
        ? [
            ...path,
            {
              name: named,
              localized: localized || ('localized' in field && field.localized === true),
              rows,
            },
          ]
        : path
    switch (field.type) {
      case 'relationship':
      case 'upload': {
        const relationTo = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
        return [
          {
            owner,
            steps: here(false),
            hasMany: field.hasMany === true,
            polymorphic: Array.isArray(field.relationTo),
            relationTo,
          },
        ]
      }
      case 'group':
        return referencesIn(field.fields, owner, here(false))
      case 'array':
        return referencesIn(field.fields, owner, here(true))
      case 'blocks':
        return field.blocks.flatMap((block) => referencesIn(block.fields, owner, here(true)))
      case 'row':
      case 'collapsible':
        return referencesIn(field.fields, owner, path, localized)
      case 'tabs':
        return field.tabs.flatMap((tab) =>
          'name' in tab && tab.name
            ? referencesIn(tab.fields, owner, [...path, { name: tab.name, localized, rows: false }])
            : referencesIn(tab.fields, owner, path, localized),
        )
      default:
        return []
    }
  })
}

/** Every field of the config that can point at a document of `target`. */
export function referencesTo(config: SanitizedConfig, target: string): Reference[] {
  return [
    ...config.collections.flatMap((collection) =>
      referencesIn(collection.fields, { collection: collection.slug }),
    ),
    ...config.globals.flatMap((global) => referencesIn(global.fields, { global: global.slug })),
  ].filter((reference) => reference.relationTo.includes(target))
}
