import { z } from 'zod'

/**
 * A Lexical editor state as Payload stores it. Nodes are checked for shape only: the site's
 * renderer handles each node type it knows and skips the rest, so a new editor feature cannot
 * break a build or smuggle markup through.
 */
export interface RichTextNode {
  type: string
  children?: RichTextNode[]
  [key: string]: unknown
}

const nodeSchema: z.ZodType<RichTextNode> = z.lazy(() =>
  z.looseObject({
    type: z.string(),
    children: z.array(nodeSchema).optional(),
  }),
)

export const richTextSchema = z.object({
  root: z.looseObject({ type: z.literal('root'), children: z.array(nodeSchema) }),
})

export type RichText = z.infer<typeof richTextSchema>
