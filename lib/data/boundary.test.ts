import path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, test } from 'vitest';

/*
 * The line between lib/data's public modules and its internal helpers is kept by the lint rule in
 * eslint.config.mjs. These lint a page and a component that import across it, with the repo's
 * own configuration (type-aware rules switched off: the import rule needs no types).
 */
const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root, overrideConfig: [tseslint.configs.disableTypeChecked] });

async function importErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(root, file) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('app/ and components/ may not import lib/data internals', { timeout: 60_000 }, () => {
  test.each([
    [
      'app/(staff)/example/page.tsx',
      "import { dataContext } from '@/lib/data/internal/context';\nexport const x = dataContext;\n",
    ],
    [
      'components/example.tsx',
      "import type { GoalView } from '@/lib/data/internal/goal-records';\nexport type X = GoalView;\n",
    ],
    [
      'app/(portal)/example/actions.ts',
      "import { authorize } from '../../../lib/data/internal/audit';\nexport const x = authorize;\n",
    ],
  ])('%s is refused', async (file, source) => {
    const errors = await importErrors(file, source);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('lib/data/internal/');
  });

  test('a public data module is allowed', async () => {
    expect(
      await importErrors(
        'app/(staff)/example/page.tsx',
        "import { getGoal } from '@/lib/data/goals';\nexport const x = getGoal;\n",
      ),
    ).toEqual([]);
  });

  test('lib/ itself may use the internals', async () => {
    expect(
      await importErrors(
        'lib/page-data-example.ts',
        "import { ConsentRequired } from '@/lib/data/internal/portal-access';\nexport const x = ConsentRequired;\n",
      ),
    ).toEqual([]);
  });
});

describe('links go through the one Link (no prefetch of per-request pages)', { timeout: 60_000 }, () => {
  test('next/link is refused in app/ and components/', async () => {
    const errors = await importErrors(
      'components/example-nav.tsx',
      "import Link from 'next/link';\nexport const x = Link;\n",
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('@/components/ui/link');
  });

  test('the Link component itself may use it', async () => {
    expect(
      await importErrors('components/ui/link.tsx', "import NextLink from 'next/link';\nexport const x = NextLink;\n"),
    ).toEqual([]);
  });
});
