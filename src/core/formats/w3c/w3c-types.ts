import { z } from 'zod';

/** The JSON-LD context every W3C Web Annotation carries. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

const quoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().max(1_000_000),
  prefix: z.string().max(10_000).optional(),
  suffix: z.string().max(10_000).optional(),
});
const positionSelector = z.object({
  type: z.literal('TextPositionSelector'),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
// Any other type: a malformed quote or position selector must fail, not pass as "other".
const otherSelector = z
  .object({
    type: z
      .string()
      .max(100)
      .refine((t) => t !== 'TextQuoteSelector' && t !== 'TextPositionSelector', {
        message: 'a malformed TextQuoteSelector or TextPositionSelector',
      }),
  })
  .loose();

/** A selector we read (others are kept out of the way, not rejected). */
export const selectorSchema = z.union([quoteSelector, positionSelector, otherSelector]);

const bodySchema = z
  .object({
    type: z.string().max(100).optional(),
    purpose: z.string().max(100).optional(),
    value: z.string().max(1_000_000).optional(),
    id: z.string().max(2_000).optional(),
  })
  .loose();

const agentSchema = z.union([
  z.string().max(2_000),
  z
    .object({ id: z.string().max(2_000).optional(), name: z.string().max(1_000).optional() })
    .loose(),
]);

const sourceSchema = z.union([
  z.string().max(2_000),
  z.object({ id: z.string().max(2_000), label: z.string().max(1_000).optional() }).loose(),
]);

const targetSchema = z.union([
  z
    .object({
      source: sourceSchema,
      selector: z.union([selectorSchema, z.array(selectorSchema).max(20)]).optional(),
    })
    .loose(),
  z.string().max(2_000),
]);

/** One W3C annotation as far as Marginalia reads it; unknown members are tolerated. */
export const w3cAnnotationSchema = z
  .object({
    id: z.string().max(2_000).optional(),
    type: z.union([z.literal('Annotation'), z.array(z.string()).max(10)]),
    body: z.union([bodySchema, z.array(bodySchema).max(1_000), z.string().max(100_000)]).optional(),
    creator: agentSchema.optional(),
    created: z.string().max(100).optional(),
    modified: z.string().max(100).optional(),
    target: z.union([targetSchema, z.array(targetSchema).min(1).max(100)]),
  })
  .loose();

/** A parsed W3C annotation. */
export type W3cAnnotation = z.infer<typeof w3cAnnotationSchema>;
