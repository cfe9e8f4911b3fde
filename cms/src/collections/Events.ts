import type { CollectionConfig } from 'payload'

import { eventTimeZones } from '@talentregion/shared/time-zones'

import { publishedContentHooks } from '../hooks/publishedContent'
import { hiddenFromPartners } from '../access/hiddenFromPartners'
import { editorialAccess } from '../access/editorialAccess'
import { draftVersions } from '../config/draftVersions'
import { previewUrl } from '../config/previewUrl'
import { externalUrlField } from '../fields/externalUrl'
import { richTextField } from '../fields/richText'
import { slugField } from '../fields/slug'
import { adminText } from '../i18n/adminText'
import { validateEndAfterStart } from '../fields/validateEndAfterStart'
import { publishedDocumentComponents } from '../config/publishedDocument'
import { siteStatusEndpoint } from '../endpoints/siteStatus'
import { languagesColumn } from '../fields/languagesColumn'

// Events happen in Norway or Sweden; the time zone travels with the date into calendars.
const timeZoneField = { timezone: { required: true, defaultTimezone: eventTimeZones[0] } }

/** Job fairs, reunions and open days where people can meet the region. */
export const Events: CollectionConfig = {
  slug: 'events',
  admin: {
    hidden: hiddenFromPartners,
    preview: previewUrl('events'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'languages', 'startsAt', 'place', '_status'],
    group: adminText('group.content'),
    components: { edit: publishedDocumentComponents },
  },
  hooks: publishedContentHooks,
  access: editorialAccess,
  versions: draftVersions,
  endpoints: [siteStatusEndpoint('events', 'events')],
  defaultSort: 'startsAt',
  fields: [
    { name: 'title', type: 'text', localized: true, required: true },
    slugField({ localized: true }),
    richTextField({ name: 'description' }),
    { name: 'image', type: 'upload', relationTo: 'media' },
    {
      type: 'row',
      fields: [
        {
          name: 'startsAt',
          type: 'date',
          required: true,
          ...timeZoneField,
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'endsAt',
          type: 'date',
          required: true,
          ...timeZoneField,
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          validate: validateEndAfterStart('startsAt'),
        },
      ],
    },
    {
      name: 'place',
      type: 'group',
      fields: [
        { name: 'name', type: 'text', required: true },
        { name: 'address', type: 'text' },
        { name: 'municipality', type: 'relationship', relationTo: 'municipalities' },
      ],
    },
    externalUrlField({ name: 'registrationUrl' }),
    languagesColumn({ translatedBy: 'title' }),
  ],
}
