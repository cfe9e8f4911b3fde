import { SourceText as SourceText_4b61394596517d44d25d8ca85e1c6685 } from '../../../components/SourceText'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { BlocksFeatureClient as BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LanguagesCell as LanguagesCell_153dcb2cee8105398407e257d72518d9 } from '../../../components/LanguagesCell'
import { SiteStatus as SiteStatus_b554d51c40ca051cb980537ecf50af1c } from '../../../components/SiteStatus'
import { PublishButton as PublishButton_111386cb5ab07909d9e2398475065d54 } from '../../../components/PublishButton'
import { HiddenJobCell as HiddenJobCell_1e8fe77c11c997f5d411dd7b432189cf } from '../../../components/HiddenJobCell'
import { PlacementQrCodes as PlacementQrCodes_6f4015583222946e72dff0a428b4a5be } from '../../../components/PlacementQrCodes'
import { VisitsCsvLink as VisitsCsvLink_21d16f2c033504fac7c594a307ed1cdd } from '../../../components/VisitsCsvLink'
import { BuildsAutoRefresh as BuildsAutoRefresh_09c3708369324f89750d274ec68af144 } from '../../../components/BuildsAutoRefresh'
import { SyncJobFeeds as SyncJobFeeds_ab71c80fe612da4611a8251473493492 } from '../../../components/SyncJobFeeds'
import { Icon as Icon_046f426b81a173dda97eaa2afb780a67 } from '../../../components/brand/Icon'
import { Logo as Logo_783c22b53d7b86bb1103bc322eb1604a } from '../../../components/brand/Logo'
import { TranslationsNavLink as TranslationsNavLink_810309e5c1498fde295a36d24177a1c1 } from '../../../components/TranslationsNavLink'
import { EmailNotice as EmailNotice_b829e9942863357725575419cd92e076 } from '../../../components/EmailNotice'
import { LicenceWarnings as LicenceWarnings_5e56e054677ba1f5c0a72896b2a81880 } from '../../../components/LicenceWarnings'
import { PartnerPortalLink as PartnerPortalLink_45cffcf19b0ee4bd7068456fd194fd40 } from '../../../components/PartnerPortalLink'
import { LoginIntro as LoginIntro_6569a8dd69916864ac96fe03a2a65c94 } from '../../../components/brand/LoginIntro'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { TranslationsView as TranslationsView_a218f680153538234d2053dcdaefb7ac } from '../../../components/TranslationsView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/SourceText#SourceText": SourceText_4b61394596517d44d25d8ca85e1c6685,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#BlocksFeatureClient": BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/components/LanguagesCell#LanguagesCell": LanguagesCell_153dcb2cee8105398407e257d72518d9,
  "/components/SiteStatus#SiteStatus": SiteStatus_b554d51c40ca051cb980537ecf50af1c,
  "/components/PublishButton#PublishButton": PublishButton_111386cb5ab07909d9e2398475065d54,
  "/components/HiddenJobCell#HiddenJobCell": HiddenJobCell_1e8fe77c11c997f5d411dd7b432189cf,
  "/components/PlacementQrCodes#PlacementQrCodes": PlacementQrCodes_6f4015583222946e72dff0a428b4a5be,
  "/components/VisitsCsvLink#VisitsCsvLink": VisitsCsvLink_21d16f2c033504fac7c594a307ed1cdd,
  "/components/BuildsAutoRefresh#BuildsAutoRefresh": BuildsAutoRefresh_09c3708369324f89750d274ec68af144,
  "/components/SyncJobFeeds#SyncJobFeeds": SyncJobFeeds_ab71c80fe612da4611a8251473493492,
  "/components/brand/Icon#Icon": Icon_046f426b81a173dda97eaa2afb780a67,
  "/components/brand/Logo#Logo": Logo_783c22b53d7b86bb1103bc322eb1604a,
  "/components/TranslationsNavLink#TranslationsNavLink": TranslationsNavLink_810309e5c1498fde295a36d24177a1c1,
  "/components/EmailNotice#EmailNotice": EmailNotice_b829e9942863357725575419cd92e076,
  "/components/LicenceWarnings#LicenceWarnings": LicenceWarnings_5e56e054677ba1f5c0a72896b2a81880,
  "/components/PartnerPortalLink#PartnerPortalLink": PartnerPortalLink_45cffcf19b0ee4bd7068456fd194fd40,
  "/components/brand/LoginIntro#LoginIntro": LoginIntro_6569a8dd69916864ac96fe03a2a65c94,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "/components/TranslationsView#TranslationsView": TranslationsView_a218f680153538234d2053dcdaefb7ac,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
