import { fuzzTest } from './fuzzTest';
import { backupTarget } from './targets/backupTarget';

fuzzTest(backupTarget);
