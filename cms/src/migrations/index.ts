import * as migration_20261123_182007_initial from './20261123_182007_initial';

export const migrations = [
  {
    up: migration_20261123_182007_initial.up,
    down: migration_20261123_182007_initial.down,
    name: '20261123_182007_initial'
  },
];
