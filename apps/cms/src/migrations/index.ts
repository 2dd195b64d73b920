import * as migration_20261127_224118_initial from './20261127_224118_initial';

export const migrations = [
  {
    up: migration_20261127_224118_initial.up,
    down: migration_20261127_224118_initial.down,
    name: '20261127_224118_initial'
  },
];
