import { defineFamily } from '../../templateFamily';
import { SERVICE_DESK_OUTLINE } from './outline';
import { SERVICE_DESK_DE } from './text.de';
import { SERVICE_DESK_EN } from './text.en';

export const SERVICE_DESK = defineFamily(SERVICE_DESK_OUTLINE, [SERVICE_DESK_DE, SERVICE_DESK_EN]);
