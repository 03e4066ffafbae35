import type { FormatProblem } from '../registry-types';
import { annotationList, W3C_MAX_ANNOTATIONS, W3C_MAX_CHARS } from './import-w3c';
import { w3cAnnotationSchema, type W3cAnnotation } from './w3c-types';

/** Most problems listed for one file: enough to fix it, not a flood. */
const MAX_PROBLEMS = 500;

/**
 * Every problem of a W3C annotation file that can be found without the texts it points into
 * (`marginalia validate`): not JSON, no annotations, over a limit, each annotation's schema
 * issues with their JSON path and the annotation's id, and targets with neither a text quote
 * nor a position, which no text could place. [] when the file is sound.
 */
export function checkW3c(jsonText: string): FormatProblem[] {
  if (jsonText.length > W3C_MAX_CHARS) {
    return [{ path: '', message: `over the limit of ${W3C_MAX_CHARS} characters` }];
  }
  let json: unknown;
  try {
    json = JSON.parse(jsonText.replace(/^\uFEFF/, ''));
  } catch (error) {
    return [
      { path: '', message: `not JSON (${error instanceof Error ? error.message : 'parse error'})` },
    ];
  }
  const list = annotationList(json);
  if (!list) {
    return [
      {
        path: '',
        message:
          'no W3C annotations (expected a list, an AnnotationPage or an AnnotationCollection)',
      },
    ];
  }
  if (list.length > W3C_MAX_ANNOTATIONS) {
    return [
      { path: '', message: `${list.length} annotations, over the limit of ${W3C_MAX_ANNOTATIONS}` },
    ];
  }
  const problems: FormatProblem[] = [];
  list.forEach((item, index) => {
    const id = (item as { id?: unknown } | null)?.id;
    const at = (path: string) => ({
      path: `[${index}]${path}`,
      ...(typeof id === 'string' ? { recordId: id } : {}),
    });
    const result = w3cAnnotationSchema.safeParse(item);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const path = issue.path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`));
        problems.push({ ...at(path.join('')), message: issue.message });
      }
      return;
    }
    unplaceableTargets(result.data).forEach((part) =>
      problems.push({
        ...at(`.target${part === null ? '' : `[${part}]`}`),
        message: 'no TextQuoteSelector or TextPositionSelector: it cannot be placed on a text',
      }),
    );
  });
  return problems.slice(0, MAX_PROBLEMS);
}

/** The targets (their index, null for a single one) without a quote or position selector. */
function unplaceableTargets(annotation: W3cAnnotation): (number | null)[] {
  const many = Array.isArray(annotation.target);
  const targets = Array.isArray(annotation.target) ? annotation.target : [annotation.target];
  const out: (number | null)[] = [];
  targets.forEach((t, i) => {
    const raw = typeof t === 'string' ? undefined : t.selector;
    const selectors = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
    const placeable = selectors.some(
      (s) => s.type === 'TextQuoteSelector' || s.type === 'TextPositionSelector',
    );
    if (!placeable) out.push(many ? i : null);
  });
  return out;
}
