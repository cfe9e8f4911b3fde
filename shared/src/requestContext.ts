/**
 * The flags a Payload operation carries for our hooks in `req.context`. Scripts and tests set
 * them, the CMS's hooks read them; the CMS adds them to Payload's RequestContext type.
 */
export interface SiteRequestContext {
  /** Demo content is being seeded: no site build per document, no invitation e-mails. */
  seeding?: boolean
  /** This change queues no site build (tests, benchmarks, bulk changes that build once after). */
  skipSiteBuild?: boolean
  /** A build the system queued itself, not an editor's request: it starts or rolls back nothing. */
  queuedBySystem?: boolean
  /** The password changed in this operation, so the user's other sessions end. */
  passwordChanged?: boolean
}
