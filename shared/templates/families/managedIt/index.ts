import { defineFamily } from '../../templateFamily';
import { MANAGED_IT_OUTLINE } from './outline';
import { MANAGED_IT_DE } from './text.de';
import { MANAGED_IT_EN } from './text.en';

export const MANAGED_IT = defineFamily(MANAGED_IT_OUTLINE, [MANAGED_IT_DE, MANAGED_IT_EN]);
