/**
 * Bounds on what a REFI-QDA import will read, so a hostile or broken file is refused with a
 * message instead of exhausting memory. The defaults are far above any real project (the largest
 * real export in our tests is 2.6 MB unpacked) and far below what would hurt the machine.
 */
export interface ArchiveLimits {
  /** Most entries an archive may list (directories count). */
  maxEntries: number;
  /** Most bytes one entry may unpack to. */
  maxEntryBytes: number;
  /** Most bytes all read entries together may unpack to. */
  maxTotalBytes: number;
  /**
   * Highest unpacked/packed ratio of an entry once it has unpacked more than
   * `ratioFloorBytes`. Text compresses 3-10 times; zip bombs reach 1,000 times.
   */
  maxCompressionRatio: number;
  /** Entries smaller than this unpacked are not ratio-checked (tiny repetitive files are fine). */
  ratioFloorBytes: number;
  /** Deepest XML element nesting accepted (codebooks are rarely deeper than 10). */
  maxXmlDepth: number;
}

const MiB = 1024 * 1024;

/** The limits every import uses unless a caller (a test) passes others. */
export const DEFAULT_LIMITS: Readonly<ArchiveLimits> = {
  maxEntries: 10_000,
  maxEntryBytes: 256 * MiB,
  maxTotalBytes: 1024 * MiB,
  maxCompressionRatio: 200,
  ratioFloorBytes: 1 * MiB,
  maxXmlDepth: 256,
};
