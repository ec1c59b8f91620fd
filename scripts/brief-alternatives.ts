// `npm run --silent brief:alternatives`: how many hard-coded phrase alternatives lib/brief still holds. Counts, in
// every regular expression literal and String.raw template of lib/brief/*.ts, the alternatives of its `|`
// (outside character classes). Knowledge belongs in data/brief/lexicon; this keeps the code honest about it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { repoRoot } from './lib/shared';

export function countAlternatives(source: string): { regexes: number; alternatives: number } {
  const file = ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest, true);
  let regexes = 0;
  let alternatives = 0;
  const visit = (node: ts.Node) => {
    let body: string | null = null;
    if (ts.isRegularExpressionLiteral(node)) body = node.text;
    else if ((ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) && ts.isTaggedTemplateExpression(node.parent) && node.parent.tag.getText() === 'String.raw') body = node.getText();
    if (body !== null) {
      let bars = 0;
      let inClass = false;
      for (let i = 0; i < body.length; i++) {
        const c = body[i];
        if (c === '\\') i++;
        else if (c === '[') inClass = true;
        else if (c === ']') inClass = false;
        else if (c === '|' && !inClass) bars++;
      }
      if (bars) {
        regexes++;
        alternatives += bars + 1;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return { regexes, alternatives };
}

if (process.argv[1] && path.resolve(process.argv[1]).endsWith(path.join('scripts', 'brief-alternatives.ts'))) {
  const dir = path.join(repoRoot, 'lib', 'brief');
  let regexes = 0;
  let alternatives = 0;
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) {
    const c = countAlternatives(readFileSync(path.join(dir, f), 'utf8'));
    if (c.alternatives) console.log(`${f.padEnd(16)} ${String(c.regexes).padStart(3)} regexes ${String(c.alternatives).padStart(4)} alternatives`);
    regexes += c.regexes;
    alternatives += c.alternatives;
  }
  console.log(`lib/brief: ${alternatives} alternatives in ${regexes} regular expressions`);
}
