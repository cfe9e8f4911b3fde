import type { CollectionBeforeOperationHook } from 'payload'

import { formatMegabytes, uploadLimits } from '../../../uploads/limits'
import { svgProblem } from '../../../uploads/inspectSvg'
import { svgLiveText } from '../../../uploads/svgLiveText'
import { message, svgProblemText } from '../../../config/adminMessages'
import { uploadError } from '../../../uploads/uploadError'

/**
 * Toolkit files are downloaded and opened by partners' designers: refuse anything too large, any
 * SVG that could run script or fetch from elsewhere, and any SVG whose words depend on the fonts
 * of the machine that opens it, before anything is stored.
 */
export const validateFileUpload: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file) return args
  const { data, name, mimetype } = req.file
  if (data.byteLength > uploadLimits.maxFileBytes) {
    throw uploadError(
      message(req, 'fileTooLarge', {
        file: name,
        size: formatMegabytes(data.byteLength),
        limit: formatMegabytes(uploadLimits.maxFileBytes),
      }),
      'files',
    )
  }
  if (mimetype === 'image/svg+xml' || /\.svg$/i.test(name)) {
    const problem = svgProblem(data.toString('utf8'))
    if (problem) {
      throw uploadError(
        message(req, 'fileUnsafeSvg', { file: name, problem: svgProblemText(req, problem) }),
        'files',
      )
    }
    const text = svgLiveText(data.toString('utf8'))
    if (text) throw uploadError(message(req, 'fileSvgLiveText', { file: name, text }), 'files')
  }
  return args
}
