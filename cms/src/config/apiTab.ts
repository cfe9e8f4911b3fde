import type { CollectionConfig, Config, DocumentTabConfig, GlobalConfig } from 'payload'

import { hasRole } from '../access/roles'

/** A document as raw JSON is a developer's view: editors and partners do not get the tab. */
const adminsOnly: DocumentTabConfig['condition'] = ({ req }) => hasRole(req.user, 'admin')

function withAdminsOnlyApiTab<T extends CollectionConfig | GlobalConfig>(entity: T): T {
  const views = entity.admin?.components?.views
  return {
    ...entity,
    admin: {
      ...entity.admin,
      components: {
        ...entity.admin?.components,
        views: {
          ...views,
          edit: { ...views?.edit, api: { ...views?.edit?.api, tab: { condition: adminsOnly } } },
        },
      },
    },
  }
}

/** Every collection and global shows the API tab to admins only. */
export function withApiTabForAdmins(config: Config): Config {
  return {
    ...config,
    collections: config.collections?.map(withAdminsOnlyApiTab),
    globals: config.globals?.map(withAdminsOnlyApiTab),
  }
}
