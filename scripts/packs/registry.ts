/**
 * Every pack builder, in build order. A feature adds its builder here.
 */
import { build as places } from './places';
import { build as shelters } from './shelters';
import type { PackBuilder } from './types';
import { build as drills } from './drills';

export const PACK_BUILDERS: PackBuilder[] = [drills, shelters, places];
