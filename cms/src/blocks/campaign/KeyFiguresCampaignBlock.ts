import type { Block } from 'payload'

import { KeyFiguresBlock } from '../KeyFiguresBlock'

/** The same key figures as in stories, as a section of a landing page. */
export const KeyFiguresCampaignBlock: Block = {
  ...KeyFiguresBlock,
  interfaceName: 'CampaignKeyFiguresBlock',
  fields: [{ name: 'heading', type: 'text' }, ...KeyFiguresBlock.fields],
}
