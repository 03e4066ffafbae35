import type { InputFile } from '../../../core/corpus/parse-outcome';
import a6818 from '../../../../resources/corpus/A-RES-68-187.txt?url';
import e201131 from '../../../../resources/corpus/E-RES-2011-31.md?url';
import e201332 from '../../../../resources/corpus/E-RES-2013-32.txt?url';
import e201717 from '../../../../resources/corpus/E-RES-2017-17.txt?url';
import starterCodebook from '../../../../resources/starter-codebook.json?url';

/** The four UN resolutions that ship with the app, as asset URLs bundled with the renderer. */
const SAMPLE_FILES: [string, string][] = [
  ['E-RES-2011-31.md', e201131],
  ['E-RES-2013-32.txt', e201332],
  ['A-RES-68-187.txt', a6818],
  ['E-RES-2017-17.txt', e201717],
];

/** Fetches the embedded sample corpus as raw bytes, so it goes through the same parsers as any file. */
export async function loadSampleCorpus(): Promise<InputFile[]> {
  return Promise.all(
    SAMPLE_FILES.map(async ([name, url]) => ({
      name,
      bytes: new Uint8Array(await (await fetch(url)).arrayBuffer()),
    })),
  );
}

/** Fetches the starter codebook written for the sample corpus (native codebook JSON). */
export async function loadStarterCodebook(): Promise<string> {
  return (await fetch(starterCodebook)).text();
}
