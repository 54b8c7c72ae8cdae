/*
 * The canvas reads the same visual language as the SVG/PNG export (shared/src/render), so a
 * printed map and the live board look alike: Okabe–Ito sector colours (colour-blind safe), with
 * the sector's name also written in every node's caption and in the legend.
 */
export {
  NO_SECTOR_COLOR,
  SECTOR_COLORS,
} from '../../../../shared/src/render/visual-language.ts'
