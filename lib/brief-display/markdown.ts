// "Copy brief": the brief as clean Markdown: title, address, the targets table with its header row, then the
// directives by addressee, each its action, due date and issuer, with the sentence it came from.
import type { Article } from '../model/article';
import { actionText } from './action';
import { formatDue, formatGoal } from './goal';
import { groupDirectives } from './groups';
import { metricText } from './metric';

export interface MarkdownLabels {
  directives: string;
  targets: string;
  metric: string;
  goal: string;
  due: string;
  noAddressee: string;
  from: string;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
const cell = (s: string) => oneLine(s).replace(/\|/g, '\\|');

export function briefMarkdown(article: Article, labels: MarkdownLabels): string {
  const lines = [`# ${oneLine(article.title)}`, '', `<${article.url}>`, ''];
  const { directives, targets } = article.brief;
  const lang = article.lang;
  if (targets.length) {
    lines.push(`## ${labels.targets}`, '', `| ${labels.metric} | ${labels.goal} | ${labels.due} |`, '| --- | --- | --- |');
    for (const t of targets) lines.push(`| ${cell(metricText(t))} | ${cell(formatGoal(t, lang))} | ${cell(formatDue(t, lang))} |`);
    lines.push('');
  }
  if (directives.length) {
    lines.push(`## ${labels.directives}`, '');
    for (const group of groupDirectives(directives, lang)) {
      lines.push(`### ${oneLine(group.addressee ?? labels.noAddressee)}`, '');
      for (const d of group.directives) {
        const extra = [d.deadline && `(${oneLine(d.deadline)})`, d.issuer && `— ${labels.from} ${oneLine(d.issuer)}`].filter(Boolean).join(' ');
        lines.push(`- **${oneLine(actionText(d))}**${extra ? ` ${extra}` : ''}`, `  > ${oneLine(d.text)}`);
      }
      lines.push('');
    }
  }
  return lines.join('\n');
}
