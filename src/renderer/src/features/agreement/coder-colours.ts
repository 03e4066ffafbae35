import { coderColors, colourFromId } from '../../../../core/color/coder-colors';
import type { Coder, Id } from '../../../../core/model/types';

/**
 * Each compared coder's lane colour: the colour the coders feature gives them everywhere (their
 * place among the profile's coders in colour order, see `coderColors`), so a coder's lane here
 * matches their stripes in the document; a coder the profile does not know yet gets the colour
 * of their id.
 */
export function laneColours(knownCoders: readonly Coder[], coderIds: readonly Id[]): string[] {
  const colours = coderColors(knownCoders.map((c) => c.id));
  return coderIds.map((id) => colours.get(id) ?? colourFromId(id));
}
