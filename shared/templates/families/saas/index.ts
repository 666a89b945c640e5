import { defineFamily } from '../../templateFamily';
import { SAAS_OUTLINE } from './outline';
import { SAAS_DE } from './text.de';
import { SAAS_EN } from './text.en';

export const SAAS = defineFamily(SAAS_OUTLINE, [SAAS_DE, SAAS_EN]);
