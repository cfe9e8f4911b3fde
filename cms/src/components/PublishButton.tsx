'use client'
import {
  PublishButton as PayloadPublishButton,
  useDocumentInfo,
  useTranslation,
} from '@payloadcms/ui'

import { adminLocale, formatAdminText } from '../i18n/adminText'

/** "Publish" for a document that was never published, "Publish changes" once it is live. */
export function PublishButton() {
  const { hasPublishedDoc } = useDocumentInfo()
  const { i18n } = useTranslation()
  const label = formatAdminText(
    adminLocale(i18n),
    hasPublishedDoc ? 'button.publishChanges' : 'button.publish',
  )
  return <PayloadPublishButton label={label} />
}
