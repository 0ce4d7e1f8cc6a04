// `npm run l10n:missing`: prints, as JSON ready to fill in, the l10n.t messages that
// l10n/bundle.l10n.zh-cn.json lacks, and lists the translations no source uses any more.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { paths } from './codeServer/projectPaths';
import { messagesBelow } from './l10n/messages';

const bundle = JSON.parse(readFileSync(join(paths.root, 'l10n', 'bundle.l10n.zh-cn.json'), 'utf8')) as Record<
  string,
  string
>;
const { messages, problems } = messagesBelow(join(paths.root, 'src'));
for (const problem of problems) console.error(problem);
const missing = Object.fromEntries([...messages].filter((m) => !(m in bundle)).map((m) => [m, '']));
console.log(JSON.stringify(missing, null, 2));
const stale = Object.keys(bundle).filter((m) => !messages.has(m));
if (stale.length > 0) console.error(`unused translations:\n${stale.join('\n')}`);
