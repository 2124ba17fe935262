import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** Every .ts file under `dir`, the generated translations excepted. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Each `msg(…)` call in `file`, with the `id` it passes (undefined when it passes none as a string literal). */
function msgCalls(file: string): { line: number; id?: string }[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const calls: { line: number; id?: string }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'msg') {
      const options = node.arguments[1];
      const id =
        options && ts.isObjectLiteralExpression(options)
          ? options.properties.find(
              (p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === 'id',
            )?.initializer
          : undefined;
      calls.push({
        line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
        id: id && ts.isStringLiteral(id) ? id.text : undefined,
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return calls;
}

// The build drops lit-localize's id hashing (vite.config.ts, src/i18n/explicit-msg-ids.ts): a msg() without a literal
// id would throw on every translated page.
describe('msg() ids', () => {
  const calls = sources('src').flatMap((file) => msgCalls(file).map((call) => ({ file, ...call })));

  it('finds the messages (the scan works)', () => {
    expect(calls.length).toBeGreaterThan(30);
  });

  it('every msg() passes a literal { id }', () => {
    expect(calls.filter((call) => !call.id).map((call) => `${call.file}:${call.line}`)).toEqual([]);
  });
});
