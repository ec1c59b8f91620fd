export { actionText } from './action';
export { formatAmount, formatDate, formatDue, formatGoal } from './goal';
export { addresseeKey, firstOfEach, groupDirectives, shownAddressee, type DirectiveGroup } from './groups';
export { briefMarkdown, type MarkdownLabels } from './markdown';
export { capitalise, metricText } from './metric';
