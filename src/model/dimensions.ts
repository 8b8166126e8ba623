import { LEVELS, type Dataset, type Level } from '../data/schema';
import { ACTIVITIES, isActivity, type Activity, type Filters } from './filters';

/** Which of the dashboard's narrowing filters mean something for a file: a filter for a dimension it lacks is hidden. */
export interface Dimensions {
  /** some figure is of organisations or of members */
  subject: boolean;
  /** some figure is an inspection activity (inspected, supervised, checked on signs of violation) */
  activity: boolean;
  /** some figure names a level (party cell, grassroots...) */
  level: boolean;
  /** the activities and levels the file has figures of, in canonical order: the only ones offered */
  activities: Activity[];
  levels: Level[];
}

const cache = new WeakMap<Dataset, Dimensions>();

/** The dimensions a file's figures carry, read once per file (a file can hold 100k figures). */
export function dimensionsOf(dataset: Dataset): Dimensions {
  let dims = cache.get(dataset);
  if (!dims) {
    let subject = false;
    const seenActivities = new Set<string>();
    const seenLevels = new Set<string>();
    for (const ind of dataset.indicators) {
      if (ind.subject !== undefined) subject = true;
      if (ind.level !== undefined) seenLevels.add(ind.level);
      if (ind.category === 'inspection' && isActivity(ind.measure)) seenActivities.add(ind.measure);
    }
    dims = {
      subject,
      activity: seenActivities.size > 0,
      level: seenLevels.size > 0,
      activities: ACTIVITIES.filter((a) => seenActivities.has(a)),
      levels: LEVELS.filter((l) => seenLevels.has(l)),
    };
    cache.set(dataset, dims);
  }
  return dims;
}

/**
 * The filters with those of hidden dimensions back at their defaults: a filter the page does not offer (a link made
 * for another file) cannot hide figures the reader has no way to bring back.
 */
export function withinDimensions(filters: Filters, dims: Dimensions): Filters {
  if (dims.subject && dims.activity && dims.level) return filters;
  return {
    ...filters,
    subject: dims.subject ? filters.subject : 'all',
    activities: dims.activity ? filters.activities : [...ACTIVITIES],
    levels: dims.level ? filters.levels : [...LEVELS],
  };
}
