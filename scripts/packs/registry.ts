/**
 * Every pack builder, in build order. A feature adds its builder here.
 */
import { build as drills } from './drills';
import { build as guidance } from './guidance';
import { build as places } from './places';
import { build as shelters } from './shelters';
import { build as supplies } from './supplies';
import type { PackBuilder } from './types';

export const PACK_BUILDERS: PackBuilder[] = [guidance, supplies, drills, shelters, places];
