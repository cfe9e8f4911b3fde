import type { CollectionBeforeOperationHook } from 'payload'

import { message } from '../../../config/adminMessages'
import { inspectImage } from '../../../uploads/inspectImage'
import { uploadError } from '../../../uploads/uploadError'

/**
 * Checks an uploaded image before Payload stores or resizes anything, so a rejected upload
 * leaves the document exactly as it was and says why.
 */
export const validateImageUpload: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file) return args
  const { data, name } = req.file
  const inspection = await inspectImage(data, name)
  if (!inspection.ok) {
    throw uploadError(message(req, inspection.reason.message, inspection.reason.values), 'media')
  }
  return args
}
