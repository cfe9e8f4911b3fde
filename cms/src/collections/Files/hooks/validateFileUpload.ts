import type { CollectionBeforeOperationHook } from 'payload'

import { formatMegabytes, uploadLimits } from '../../../uploads/limits'
import { svgProblem } from '../../../uploads/inspectSvg'
import { uploadError } from '../../../uploads/uploadError'

/**
 * Toolkit files are downloaded and opened by partners' designers: refuse anything too large and
 * any SVG that could run script or fetch from elsewhere, before anything is stored.
 */
export const validateFileUpload: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file) return args
  const { data, name, mimetype } = req.file
  if (data.byteLength > uploadLimits.maxFileBytes) {
    throw uploadError(
      `"${name}" is ${formatMegabytes(data.byteLength)}; the limit is ${formatMegabytes(uploadLimits.maxFileBytes)}. Compress it or split it into smaller files.`,
      'files',
    )
  }
  if (mimetype === 'image/svg+xml' || /\.svg$/i.test(name)) {
    const problem = svgProblem(data.toString('utf8'))
    if (problem) {
      throw uploadError(
        `"${name}" contains ${problem}. Export the logo again as a plain SVG (in Illustrator: "SVG 1.1", styling as presentation attributes, no scripts or links) and upload it again.`,
        'files',
      )
    }
  }
  return args
}
