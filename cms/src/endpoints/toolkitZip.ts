import type { Endpoint, PayloadRequest } from 'payload'

import { defaultLocale, isLocale } from '@talentregion/shared/locales'

import { hasRole } from '../access/roles'
import { partnerZip, partnerZipName } from '../toolkits/partnerZip'
import { countDownload } from './countDownload'
import { partnerToolkit } from './partnerToolkit'
import { downloadResponse } from './toolkitDownload'

/**
 * Everything a partner may have of a toolkit as one zip, with the README in the language asked
 * for (`?locale=sv`), counted like a file. `GET /api/toolkits/:id/zip`
 */
export const toolkitZipDownload: Endpoint = {
  path: '/:id/zip',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const view = await partnerToolkit(req)
    if (view instanceof Response) return view
    const locale = isLocale(req.locale) ? req.locale : defaultLocale
    const data = await partnerZip(view, locale)
    if (hasRole(req.user, 'partner')) await countDownload(req, view.toolkit.id, 'zip', req.user!)
    return downloadResponse(data, 'application/zip', partnerZipName(view, locale))
  },
}
