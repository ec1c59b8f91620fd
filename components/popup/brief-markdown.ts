import type { Article } from '@/lib/model/article';
import { groupByAddressee, formatGoal } from './format';

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The brief as clean Markdown, for "Copy brief". */
export function briefMarkdown(article: Article, labels: { directives: string; targets: string; others: string }): string {
  const lines = [`# ${oneLine(article.title)}`, '', `<${article.url}>`, ''];
  const { directives, targets } = article.brief;
  if (directives.length) {
    lines.push(`## ${labels.directives}`, '');
    for (const [addressee, list] of groupByAddressee(directives, labels.others)) {
      lines.push(`### ${oneLine(addressee)}`, '');
      for (const d of list) {
        const extra = [d.issuer && `— ${oneLine(d.issuer)}`, d.deadline && `(${oneLine(d.deadline)})`].filter(Boolean).join(' ');
        lines.push(`- ${oneLine(d.text)}${extra ? ` ${extra}` : ''}`);
      }
      lines.push('');
    }
  }
  if (targets.length) {
    lines.push(`## ${labels.targets}`, '', '| | | |', '| --- | --- | --- |');
    const cell = (s: string) => oneLine(s).replace(/\|/g, '\\|');
    for (const t of targets) lines.push(`| ${cell(t.metric ?? t.text)} | ${cell(formatGoal(t, article.lang))} | ${cell(t.by ?? '')} |`);
    lines.push('');
  }
  return lines.join('\n');
}
