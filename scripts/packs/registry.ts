/**
 * Every pack builder, in build order. A feature adds its builder here.
 */
import type { PackBuilder } from './types';

export const PACK_BUILDERS: PackBuilder[] = [];
