import type { Access } from 'payload'

import { hasRole } from './roles'

/** Readable by anyone but a partner account: partners have the portal, not the site's settings. */
export const exceptPartners: Access = ({ req: { user } }) => !hasRole(user, 'partner')
