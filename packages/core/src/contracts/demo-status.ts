/** GET /api/demo-status: whether this service runs the demo, whose people are all synthetic. */
import { z } from 'zod';

export const ZDemoStatus = z.object({ demo: z.boolean() });
export type DemoStatus = z.infer<typeof ZDemoStatus>;
