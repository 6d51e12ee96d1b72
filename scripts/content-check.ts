/**
 * npm run content:check — validates every article and question set in content/.
 * Prints each problem as "file › question › field: message" and exits 1 if there are any;
 * prints warnings (weaker questions) without failing.
 */
import { checkContent, formatProblem } from '../lib/content/check';
import { ContentFolderError, readContentFiles } from '../lib/content/files';

let files;
try {
  files = readContentFiles();
} catch (error) {
  if (!(error instanceof ContentFolderError)) throw error;
  console.error(`Content check failed: ${error.message}`);
  process.exit(1);
}
const { problems, warnings, catalog } = checkContent(files);

if (problems.length > 0 || !catalog) {
  console.error(`Content check failed: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n`);
  for (const problem of problems) console.error(`  ✗ ${formatProblem(problem)}`);
  process.exit(1);
}

const distinct = catalog.questions.size;
console.log(
  `Content check passed: ${catalog.articles.length} article(s), ${catalog.sets.length} sets, ${distinct} distinct questions`,
);
for (const set of catalog.sets) {
  console.log(`  ✓ ${set.id} (${set.category}): ${set.questions.length} questions`);
}
if (warnings.length > 0) {
  console.log(`\n${warnings.length} warning${warnings.length === 1 ? '' : 's'} (weaker questions worth fixing):`);
  for (const warning of warnings) console.log(`  ! ${formatProblem(warning)}`);
}
