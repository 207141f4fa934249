/**
 * Every pack builder, in build order. A feature adds its builder here.
 */
import { build as drills } from './drills';
import { build as buildSupplies } from './supplies';
import type { PackBuilder } from './types';

export const PACK_BUILDERS: PackBuilder[] = [buildSupplies, drills];
