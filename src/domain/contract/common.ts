import { z } from 'zod';

export const ZId = z.uuid();
export const ZOrgRef = z.object({ orgId: ZId });
export type TOrgRef = z.infer<typeof ZOrgRef>;

export const ZErrorView = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    requestId: z.string().optional(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});
export type TErrorView = z.infer<typeof ZErrorView>;

/** Trimmed, non-empty, bounded single-line text. */
export const ZName = (max = 200) => z.string().trim().min(1).max(max);
