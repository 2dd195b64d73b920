import * as migration_20261127_224118_initial from './20261127_224118_initial';
import * as migration_20261127_234436_editor_workflow from './20261127_234436_editor_workflow';
import * as migration_20261128_013224_query_indexes from './20261128_013224_query_indexes';
import * as migration_20261202_004319_site_refresh_outbox from './20261202_004319_site_refresh_outbox';
import * as migration_20261202_033802_crosswalks from './20261202_033802_crosswalks';
import * as migration_20261202_040531_mapping_titles from './20261202_040531_mapping_titles';
import * as migration_20261202_064245_trust_reviews from './20261202_064245_trust_reviews';
import * as migration_20261202_132758_stale_override_counts from './20261202_132758_stale_override_counts';

export const migrations = [
  {
    up: migration_20261127_224118_initial.up,
    down: migration_20261127_224118_initial.down,
    name: '20261127_224118_initial',
  },
  {
    up: migration_20261127_234436_editor_workflow.up,
    down: migration_20261127_234436_editor_workflow.down,
    name: '20261127_234436_editor_workflow',
  },
  {
    up: migration_20261128_013224_query_indexes.up,
    down: migration_20261128_013224_query_indexes.down,
    name: '20261128_013224_query_indexes',
  },
  {
    up: migration_20261202_004319_site_refresh_outbox.up,
    down: migration_20261202_004319_site_refresh_outbox.down,
    name: '20261202_004319_site_refresh_outbox',
  },
  {
    up: migration_20261202_033802_crosswalks.up,
    down: migration_20261202_033802_crosswalks.down,
    name: '20261202_033802_crosswalks',
  },
  {
    up: migration_20261202_040531_mapping_titles.up,
    down: migration_20261202_040531_mapping_titles.down,
    name: '20261202_040531_mapping_titles',
  },
  {
    up: migration_20261202_064245_trust_reviews.up,
    down: migration_20261202_064245_trust_reviews.down,
    name: '20261202_064245_trust_reviews',
  },
  {
    up: migration_20261202_132758_stale_override_counts.up,
    down: migration_20261202_132758_stale_override_counts.down,
    name: '20261202_132758_stale_override_counts'
  },
];
