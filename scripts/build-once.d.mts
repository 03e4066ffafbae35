/** Types for build-once.mjs, so TypeScript tests can import it. */
export declare const BUILD_INPUTS: string[];
export declare const BUILD_OUTPUTS: string[];
export declare const STAMP_FILE: string;
export interface BuildResult {
  status: number;
  output: string;
}
export declare function sourceStamp(root: string, inputs?: string[]): string;
export declare function isBuildCurrent(root: string, stamp: string, outputs?: string[]): boolean;
export declare function electronViteBuild(root: string): BuildResult;
export declare function buildOnce(
  root: string,
  options?: {
    build?: (root: string) => BuildResult;
    log?: (line: string) => void;
    outputs?: string[];
  },
): boolean;
