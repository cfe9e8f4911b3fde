import type { CollectionConfig } from 'payload'

import { publishedContentHooks } from '../hooks/publishedContent'
import { editorialAccess } from '../access/editorialAccess'
import { toolkitsVisible } from '../access/toolkitsVisible'
import { draftVersions } from '../config/draftVersions'
import { toolkitDownload } from '../endpoints/toolkitDownload'
import { validateCmyk, validateHexColour } from '../fields/hexColour'
import { richTextField } from '../fields/richText'
import { slugField } from '../fields/slug'

/** A campaign's graphic profile and assets, handed to partner companies. */
export const Toolkits: CollectionConfig = {
  slug: 'toolkits',
  labels: {
    singular: { nb: 'Verktøykasse', sv: 'Verktygslåda', en: 'Toolkit' },
    plural: { nb: 'Verktøykasser', sv: 'Verktygslådor', en: 'Toolkits' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'visibility', '_status'],
    group: { nb: 'Verktøykasser', sv: 'Verktygslådor', en: 'Toolkits' },
  },
  hooks: publishedContentHooks,
  access: { ...editorialAccess, read: toolkitsVisible },
  versions: draftVersions,
  endpoints: [toolkitDownload],
  fields: [
    { name: 'name', type: 'text', localized: true, required: true },
    slugField({ from: 'name', localized: true }),
    {
      name: 'visibility',
      type: 'select',
      required: true,
      defaultValue: 'partners',
      options: [
        { value: 'public', label: { nb: 'Offentlig', sv: 'Offentlig', en: 'Public' } },
        {
          value: 'partners',
          label: { nb: 'Bare partnere', sv: 'Endast partner', en: 'Partners only' },
        },
      ],
      admin: { position: 'sidebar' },
    },
    { name: 'description', type: 'textarea', localized: true },
    {
      type: 'tabs',
      tabs: [
        {
          label: { nb: 'Farger', sv: 'Färger', en: 'Colours' },
          fields: [
            {
              name: 'colours',
              type: 'array',
              minRows: 1,
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'name', type: 'text', localized: true, required: true },
                    { name: 'hex', type: 'text', required: true, validate: validateHexColour },
                    { name: 'cmyk', type: 'text', validate: validateCmyk },
                    { name: 'pantone', type: 'text' },
                  ],
                },
                {
                  name: 'role',
                  type: 'select',
                  defaultValue: 'accent',
                  options: [
                    {
                      value: 'primary',
                      label: { nb: 'Hovedfarge', sv: 'Huvudfärg', en: 'Primary' },
                    },
                    { value: 'accent', label: { nb: 'Aksent', sv: 'Accent', en: 'Accent' } },
                    {
                      value: 'background',
                      label: { nb: 'Bakgrunn', sv: 'Bakgrund', en: 'Background' },
                    },
                    { value: 'text', label: { nb: 'Tekst', sv: 'Text', en: 'Text' } },
                  ],
                },
              ],
            },
          ],
        },
        {
          label: { nb: 'Typografi', sv: 'Typografi', en: 'Typography' },
          fields: [
            {
              name: 'typography',
              type: 'array',
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'family', type: 'text', required: true },
                    {
                      name: 'usage',
                      type: 'select',
                      required: true,
                      options: [
                        {
                          value: 'heading',
                          label: { nb: 'Titler', sv: 'Rubriker', en: 'Headings' },
                        },
                        {
                          value: 'body',
                          label: { nb: 'Brødtekst', sv: 'Brödtext', en: 'Body text' },
                        },
                      ],
                    },
                    { name: 'weights', type: 'text', admin: { description: 'e.g. 400, 700' } },
                    {
                      name: 'fallback',
                      type: 'text',
                      admin: { description: 'e.g. Arial, sans-serif' },
                    },
                  ],
                },
                { name: 'licenceNote', type: 'textarea', localized: true },
                { name: 'fontFiles', type: 'upload', relationTo: 'files', hasMany: true },
              ],
            },
          ],
        },
        {
          label: { nb: 'Logoer', sv: 'Logotyper', en: 'Logos' },
          fields: [
            {
              name: 'logos',
              type: 'array',
              fields: [
                { name: 'label', type: 'text', localized: true, required: true },
                {
                  name: 'background',
                  type: 'select',
                  required: true,
                  options: [
                    {
                      value: 'light',
                      label: { nb: 'Lys bakgrunn', sv: 'Ljus bakgrund', en: 'Light background' },
                    },
                    {
                      value: 'dark',
                      label: { nb: 'Mørk bakgrunn', sv: 'Mörk bakgrund', en: 'Dark background' },
                    },
                  ],
                },
                { name: 'file', type: 'upload', relationTo: 'files', required: true },
              ],
            },
          ],
        },
        {
          label: { nb: 'Bildebank', sv: 'Bildbank', en: 'Image bank' },
          fields: [{ name: 'imageBank', type: 'upload', relationTo: 'media', hasMany: true }],
        },
        {
          label: {
            nb: 'Retningslinjer og maler',
            sv: 'Riktlinjer och mallar',
            en: 'Guidelines and templates',
          },
          fields: [
            richTextField({ name: 'guidelines' }),
            { name: 'templates', type: 'upload', relationTo: 'files', hasMany: true },
          ],
        },
      ],
    },
  ],
}
