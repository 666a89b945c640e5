import { defineFamily } from '../../templateFamily';
import { HOSTING_OUTLINE } from './outline';
import { HOSTING_DE } from './text.de';
import { HOSTING_EN } from './text.en';

export const HOSTING = defineFamily(HOSTING_OUTLINE, [HOSTING_DE, HOSTING_EN]);
