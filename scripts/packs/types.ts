/**
 * The contract between `scripts/build-packs.ts` and each pack builder in this folder.
 */
import type { PackMeta, PackSource, PackTarget } from '../../src/lib/packs/pack-types';

export interface PackBuildContext {
  /** Absolute path of the repository root. */
  root: string;
  /** Absolute path of the shared source data (default ../shared/data, env BEREDT_DATA_DIR). */
  dataDir: string;
}

export interface PackBuildOutput<R = unknown> {
  id: PackMeta['id'];
  target: PackTarget;
  /** YYYY-MM-DD: when the content was last checked, or the data extract date. */
  date: string;
  sources: PackSource[];
  records: R[];
}

export type PackBuilder = (ctx: PackBuildContext) => Promise<PackBuildOutput | PackBuildOutput[]>;

/** A content or data error that names the file and the field, so the build message is useful. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    detail: string,
  ) {
    super(`${file}: ${field}: ${detail}`);
    this.name = 'ContentError';
  }
}
