// computeBrief: the directives and targets of an article's plain text, with the model trained from the labelled
// articles (data/brief/model.json, written by `npm run train`). Pure: no DOM, no I/O.
import type { Brief } from '../model/brief';
import shipped from '../../data/brief/model.json';
import { briefWith, type BriefOptions } from './brief';
import { detectLanguage } from './detect';
import type { BriefModel } from './model';

export { detectLanguage };
export type { BriefOptions };

const MODEL = shipped as BriefModel;

/** Which model made a brief: a cached brief of an older model is computed again. */
export const BRIEF_VERSION = MODEL.trainedOn.labels;

export function computeBrief(input: string, lang: string, options: BriefOptions = {}): Brief {
  return briefWith(MODEL, input, lang, options);
}
