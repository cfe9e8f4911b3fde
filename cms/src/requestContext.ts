import type { SiteRequestContext } from '@talentregion/shared/requestContext'

// Payload's `req.context` is open for any key; ours are typed wherever the CMS config is loaded.
declare module 'payload' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- augmentation: the members come from shared/
  interface RequestContext extends SiteRequestContext {}
}
