/**
 * Why a REFI-QDA file was refused as a whole: a hostile archive, XML that is not well formed or
 * declares a DOCTYPE, a file that is not a project or codebook at all. Always names the file, so
 * a message in a batch import or the CLI says which file was refused and why.
 */
export class RefiQdaError extends Error {
  override readonly name = 'RefiQdaError';
  constructor(
    readonly fileName: string,
    readonly problem: string,
  ) {
    super(`${fileName}: ${problem}`);
  }
}
