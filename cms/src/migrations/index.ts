import * as migration_20261123_182007_initial from './20261123_182007_initial';
import * as migration_20261123_192456_site_builds from './20261123_192456_site_builds';
import * as migration_20261123_205504_toolkit_downloads from './20261123_205504_toolkit_downloads';
import * as migration_20261123_211800_campaigns from './20261123_211800_campaigns';
import * as migration_20261123_214139_placements_outlive_campaigns from './20261123_214139_placements_outlive_campaigns';
import * as migration_20261202_071605_media_audience from './20261202_071605_media_audience';
import * as migration_20261202_082755_build_actions_on_create from './20261202_082755_build_actions_on_create';
import * as migration_20261202_084250_home_story from './20261202_084250_home_story';
import * as migration_20261202_140754_build_cause from './20261202_140754_build_cause';
import * as migration_20261202_141246_drafts_without_autosave from './20261202_141246_drafts_without_autosave';
import * as migration_20261202_143233_email_language_and_lead_digest from './20261202_143233_email_language_and_lead_digest';
import * as migration_20261202_162239_toolkit_download_zip from './20261202_162239_toolkit_download_zip';
import * as migration_20261202_190716_media_720_rendition from './20261202_190716_media_720_rendition';
import * as migration_20261202_201759_counter_keys from './20261202_201759_counter_keys';
import * as migration_20261202_204153_delete_actions from './20261202_204153_delete_actions';
import * as migration_20261202_225751_database_locks from './20261202_225751_database_locks';
import * as migration_20261202_230447_upload_prefix from './20261202_230447_upload_prefix';
import * as migration_20261203_080535_locales_parent_index from './20261203_080535_locales_parent_index';
import * as migration_20261203_082517_job_feeds from './20261203_082517_job_feeds';
import * as migration_20261203_091507_job_feed_names from './20261203_091507_job_feed_names';
import * as migration_20261207_190713_campaign_primary_action from './20261207_190713_campaign_primary_action';
import * as migration_20261207_191151_employer_english_at_work from './20261207_191151_employer_english_at_work';

export const migrations = [
  {
    up: migration_20261123_182007_initial.up,
    down: migration_20261123_182007_initial.down,
    name: '20261123_182007_initial',
  },
  {
    up: migration_20261123_192456_site_builds.up,
    down: migration_20261123_192456_site_builds.down,
    name: '20261123_192456_site_builds',
  },
  {
    up: migration_20261123_205504_toolkit_downloads.up,
    down: migration_20261123_205504_toolkit_downloads.down,
    name: '20261123_205504_toolkit_downloads',
  },
  {
    up: migration_20261123_211800_campaigns.up,
    down: migration_20261123_211800_campaigns.down,
    name: '20261123_211800_campaigns',
  },
  {
    up: migration_20261123_214139_placements_outlive_campaigns.up,
    down: migration_20261123_214139_placements_outlive_campaigns.down,
    name: '20261123_214139_placements_outlive_campaigns',
  },
  {
    up: migration_20261202_071605_media_audience.up,
    down: migration_20261202_071605_media_audience.down,
    name: '20261202_071605_media_audience',
  },
  {
    up: migration_20261202_082755_build_actions_on_create.up,
    down: migration_20261202_082755_build_actions_on_create.down,
    name: '20261202_082755_build_actions_on_create',
  },
  {
    up: migration_20261202_084250_home_story.up,
    down: migration_20261202_084250_home_story.down,
    name: '20261202_084250_home_story',
  },
  {
    up: migration_20261202_140754_build_cause.up,
    down: migration_20261202_140754_build_cause.down,
    name: '20261202_140754_build_cause',
  },
  {
    up: migration_20261202_141246_drafts_without_autosave.up,
    down: migration_20261202_141246_drafts_without_autosave.down,
    name: '20261202_141246_drafts_without_autosave',
  },
  {
    up: migration_20261202_143233_email_language_and_lead_digest.up,
    down: migration_20261202_143233_email_language_and_lead_digest.down,
    name: '20261202_143233_email_language_and_lead_digest',
  },
  {
    up: migration_20261202_162239_toolkit_download_zip.up,
    down: migration_20261202_162239_toolkit_download_zip.down,
    name: '20261202_162239_toolkit_download_zip',
  },
  {
    up: migration_20261202_190716_media_720_rendition.up,
    down: migration_20261202_190716_media_720_rendition.down,
    name: '20261202_190716_media_720_rendition',
  },
  {
    up: migration_20261202_201759_counter_keys.up,
    down: migration_20261202_201759_counter_keys.down,
    name: '20261202_201759_counter_keys',
  },
  {
    up: migration_20261202_204153_delete_actions.up,
    down: migration_20261202_204153_delete_actions.down,
    name: '20261202_204153_delete_actions',
  },
  {
    up: migration_20261202_225751_database_locks.up,
    down: migration_20261202_225751_database_locks.down,
    name: '20261202_225751_database_locks',
  },
  {
    up: migration_20261202_230447_upload_prefix.up,
    down: migration_20261202_230447_upload_prefix.down,
    name: '20261202_230447_upload_prefix',
  },
  {
    up: migration_20261203_080535_locales_parent_index.up,
    down: migration_20261203_080535_locales_parent_index.down,
    name: '20261203_080535_locales_parent_index',
  },
  {
    up: migration_20261203_082517_job_feeds.up,
    down: migration_20261203_082517_job_feeds.down,
    name: '20261203_082517_job_feeds',
  },
  {
    up: migration_20261203_091507_job_feed_names.up,
    down: migration_20261203_091507_job_feed_names.down,
    name: '20261203_091507_job_feed_names',
  },
  {
    up: migration_20261207_190713_campaign_primary_action.up,
    down: migration_20261207_190713_campaign_primary_action.down,
    name: '20261207_190713_campaign_primary_action',
  },
  {
    up: migration_20261207_191151_employer_english_at_work.up,
    down: migration_20261207_191151_employer_english_at_work.down,
    name: '20261207_191151_employer_english_at_work'
  },
];
