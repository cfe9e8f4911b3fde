import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { buildConfig, type PayloadRequest } from 'payload'
import sharp from 'sharp'

import { eventTimeZones } from '@talentregion/shared/time-zones'

import { hasRole } from './access/roles'
import { Campaigns } from './collections/Campaigns'
import { Employers } from './collections/Employers'
import { JobFeeds } from './collections/JobFeeds'
import { Jobs } from './collections/Jobs'
import { Events } from './collections/Events'
import { Files } from './collections/Files'
import { Leads } from './collections/Leads'
import { Locks } from './collections/Locks'
import { Media } from './collections/Media'
import { Municipalities } from './collections/Municipalities'
import { Placements } from './collections/Placements'
import { PlacementVisits } from './collections/PlacementVisits'
import { Redirects } from './collections/Redirects'
import { Stories } from './collections/Stories'
import { Toolkits } from './collections/Toolkits'
import { SiteBuilds } from './collections/SiteBuilds'
import { ToolkitDownloads } from './collections/ToolkitDownloads'
import { Users } from './collections/Users'
import { adminLanguages } from './config/adminLanguages'
import { databaseAdapter } from './config/database'
import { builderOnStart } from './jobs/builderOnStart'
import { withInternalAccess } from './config/internalCollections'
import type {} from './requestContext'
import { adminText } from './i18n/adminText'
import { withDeleteReferences } from './references/deleteReferences'
import { smtpAdapter } from './email/smtp'
import { withAdminLanguage } from './config/adminLanguage'
import { withApiTabForAdmins } from './config/apiTab'
import { localization } from './config/localization'
import { runsQueuedJobs } from './config/jobRunner'
import { idsOfEitherDatabase } from './config/idTypes'
import { uploadStorage } from './config/uploadStorage'
import { secret } from './config/secret'
import { serverURL, trustedOrigins } from './config/server'
import { richTextEditor } from './fields/richText'
import { countVisit } from './endpoints/countVisit'
import { sitePreview, sitePreviewFiles } from './endpoints/sitePreview'
import { SiteSettings } from './globals/SiteSettings'
import { buildSiteTask } from './jobs/buildSite'
import { deleteExpiredLeadsTask } from './jobs/deleteExpiredLeads'
import { leadDigestTask } from './jobs/leadDigest'
import { syncJobFeedsTask } from './jobFeeds/syncJobFeedsTask'
import { nightlyBuildTask } from './jobs/nightlyBuild'
import { uploadLimits } from './uploads/limits'

const adminJobs = ({ req }: { req: PayloadRequest }) => hasRole(req.user, 'admin')
const dirname = path.dirname(fileURLToPath(import.meta.url))

// Read once, at start: a wrong JOB_RUNNER stops the start with the reason.
const jobsRunHere = runsQueuedJobs()

export default withInternalAccess(
  buildConfig(
    withApiTabForAdmins(
      withAdminLanguage({
        serverURL,
        secret,
        telemetry: false,
        admin: {
          user: Users.slug,
          importMap: { baseDir: dirname },
          meta: {
            titleSuffix: '· Talentregion',
            description: adminText('meta.description').en,
            icons: [{ rel: 'icon', type: 'image/svg+xml', url: '/favicon.svg' }],
            openGraph: { siteName: 'Talentregion', title: 'Talentregion', images: [] },
            defaultOGImageType: 'off',
          },
          // date-fns long formats in the admin's language: "2. desember 2026 kl. 05:52".
          dateFormat: 'PPPp',
          // Gravatar would send every user's e-mail hash to another site.
          avatar: 'default',
          components: {
            graphics: { Logo: '/components/brand/Logo#Logo', Icon: '/components/brand/Icon#Icon' },
            beforeLogin: ['/components/brand/LoginIntro#LoginIntro'],
            afterNavLinks: ['/components/TranslationsNavLink#TranslationsNavLink'],
            views: {
              translations: {
                Component: '/components/TranslationsView#TranslationsView',
                path: '/translations',
              },
            },
            beforeDashboard: [
              '/components/EmailNotice#EmailNotice',
              '/components/LicenceWarnings#LicenceWarnings',
              '/components/PartnerPortalLink#PartnerPortalLink',
            ],
          },
          timezones: {
            supportedTimezones: eventTimeZones.map((value) => ({ value, label: value })),
            defaultTimezone: eventTimeZones[0],
          },
        },
        collections: withDeleteReferences([
          Stories,
          Employers,
          Jobs,
          Events,
          Municipalities,
          Campaigns,
          Placements,
          PlacementVisits,
          Leads,
          Redirects,
          Media,
          Toolkits,
          Files,
          ToolkitDownloads,
          Users,
          SiteBuilds,
          Locks,
          JobFeeds,
        ]),
        globals: [SiteSettings],
        endpoints: [sitePreview, sitePreviewFiles, countVisit],
        localization,
        i18n: adminLanguages,
        db: databaseAdapter(),
        editor: richTextEditor(),
        sharp,
        plugins: [uploadStorage()],
        email: smtpAdapter,
        csrf: trustedOrigins,
        cors: trustedOrigins,
        upload: { limits: { fileSize: uploadLimits.maxFileBytes } },
        // Deep population multiplies queries and leaks structure; three levels is all the site needs.
        maxDepth: 3,
        defaultDepth: 1,
        // The site reads REST and the local API; GraphQL is one more surface to secure, so it is off.
        graphQL: { disable: true },
        jobs: {
          tasks: [
            buildSiteTask,
            nightlyBuildTask,
            deleteExpiredLeadsTask,
            leadDigestTask,
            syncJobFeedsTask,
          ],
          // Scheduled publishing and site builds run inside the CMS process unless a worker runs
          // them (config/jobRunner.ts). Builds are checked every five seconds, one at a time.
          autoRun: [
            { cron: '* * * * *', queue: 'default' },
            { cron: '*/5 * * * * *', queue: 'site', limit: 1 },
          ],
          shouldAutoRun: () => jobsRunHere,
          // The CMS runs its queue itself; running or queueing jobs over HTTP is for admins only.
          access: { run: adminJobs, queue: adminJobs, cancel: adminJobs },
        },
        onInit: builderOnStart,
        typescript: {
          outputFile: path.resolve(dirname, 'payload-types.ts'),
          schema: [idsOfEitherDatabase],
        },
      }),
    ),
  ),
)
