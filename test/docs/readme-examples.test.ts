// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

// Every `ts` / `tsx` block of the README type-checks against the kit's source, as an app would
// compile it: one TypeScript program for all of them (a module per block), the entry points
// mapped to `src/`, the repo's compiler options plus `exactOptionalPropertyTypes` (an app that
// turns it on must still compile the README's examples, as the consumer test and the Next.js
// example do). A failure names the README line: `README.md:563:5 TS2304: Cannot find name …`.
//
// Blocks are fragments more often than not. Their free names come from:
// - PRELUDE below: the few names the README uses throughout without declaring them;
// - `<!-- check: declare const user: User -->` on the line right above the block (an HTML
//   comment: GitHub and npm show nothing), code put at the top of the block's module; several
//   such lines may stand one above the other.
// Two other comments, each with its reason in parentheses, to be kept rare:
// - `<!-- check: skip (reason) -->`: not checked (a listing of signatures is not code);
// - `<!-- check: loose (reason) -->`: checked with the repo's options as they are, without
//   `exactOptionalPropertyTypes`, for an example that only the kit's types keep from compiling
//   under it. The test fails once such a block compiles under it too: drop the comment then.
//
// A block that holds files says so with a comment line at the start of each, `// app/page.tsx`
// or `// lib/openrouter.ts: …`: each is then a module at that path, so that the README's files
// import one another (`import { openrouter } from '../lib/openrouter'`) as the app's would.

const root = path.resolve(__dirname, '../..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
/** Where the blocks live, in memory only: nothing is written to disk. */
const virtualRoot = path.join(root, '.readme-blocks');

/** Names the README's fragments use without declaring them. Keep it short. */
const PRELUDE = `
declare const client: import('react-openrouter-models').OpenRouterClient;
declare const queryClient: import('@tanstack/react-query').QueryClient;
declare const session: { openRouterToken: string; userId: string } | undefined;
`;

/**
 * What the README imports that is neither the kit nor one of its dev dependencies: the parts of
 * the real declarations (Next.js 16, React Router 7) that the examples use, and the one file of
 * the Next.js app that the README names without showing it (its `app/page.tsx` imports it).
 */
const STUBS: Record<string, string> = {
  'modules.d.ts': `
declare module 'next/navigation' {
  export interface NavigateOptions { scroll?: boolean }
  export interface AppRouterInstance {
    back(): void;
    forward(): void;
    refresh(): void;
    push(href: string, options?: NavigateOptions): void;
    replace(href: string, options?: NavigateOptions): void;
    prefetch(href: string): void;
  }
  export class ReadonlyURLSearchParams extends URLSearchParams {}
  export function useRouter(): AppRouterInstance;
  export function usePathname(): string;
  export function useSearchParams(): ReadonlyURLSearchParams;
  export function notFound(): never;
}
declare module 'react-router' {
  export type URLSearchParamsInit = string | [string, string][] | Record<string, string | string[]> | URLSearchParams;
  export interface NavigateOptions { replace?: boolean; state?: unknown; preventScrollReset?: boolean }
  export type SetURLSearchParams = (
    nextInit?: URLSearchParamsInit | ((prev: URLSearchParams) => URLSearchParamsInit),
    navigateOpts?: NavigateOptions,
  ) => void;
  export function useSearchParams(defaultInit?: URLSearchParamsInit): [URLSearchParams, SetURLSearchParams];
}
`,
  'prelude.d.ts': PRELUDE,
  'app/picker.d.ts': `export declare function Picker(): import('react').JSX.Element;\n`,
  // As the build writes `dist/styles.css.d.ts`.
  'styles.css.d.ts': 'export {};\n',
};

const entries: Record<string, string> = {
  'react-openrouter-models': 'src/index.ts',
  'react-openrouter-models/core': 'src/core/index.ts',
  'react-openrouter-models/model': 'src/model/index.ts',
  'react-openrouter-models/mock': 'src/mock/index.ts',
  'react-openrouter-models/styles.css': path.relative(root, path.join(virtualRoot, 'styles.css.d.ts')),
};

interface Block {
  /** The README line of the opening fence. */
  line: number;
  lang: 'ts' | 'tsx';
  heading: string;
  /** The block's lines: `lines[0]` is README line `line + 1`. */
  lines: string[];
  /** The `<!-- check: … -->` lines right above it, top first. */
  checks: { line: number; text: string }[];
  skip?: string;
  loose?: string;
}

// `-{2}`, not two dashes: Vite's parser takes `<!--` for an HTML comment, even in a regex.
const CHECK = /^<!-{2}\s*check:\s*(.*?)\s*-->\s*$/;
const REASONED = /^(skip|loose)\b\s*(?:\((.*)\))?$/;

function readBlocks(markdown: string) {
  const lines = markdown.split('\n');
  const blocks: Block[] = [];
  const attached = new Set<number>();
  let heading = '(top)';
  for (let i = 0; i < lines.length; i++) {
    const open = /^(`{3,})\s*([\w-]*)/.exec(lines[i]);
    if (!open) {
      const h = /^#{1,6}\s+(.*)$/.exec(lines[i]);
      if (h) heading = h[1].replace(/`/g, '');
      continue;
    }
    const fence = i;
    const body: string[] = [];
    for (i++; i < lines.length && !lines[i].startsWith(open[1]); i++) body.push(lines[i]);
    if (open[2] !== 'ts' && open[2] !== 'tsx') continue;
    const block: Block = { line: fence + 1, lang: open[2], heading, lines: body, checks: [] };
    for (let j = fence - 1; j >= 0 && CHECK.test(lines[j]); j--) {
      attached.add(j);
      const text = CHECK.exec(lines[j])![1];
      const reasoned = REASONED.exec(text);
      if (reasoned) block[reasoned[1] as 'skip' | 'loose'] = reasoned[2]?.trim() ?? '';
      else block.checks.unshift({ line: j + 1, text });
    }
    blocks.push(block);
  }
  const strayChecks = lines.flatMap((l, j) => (/<!-{2}\s*check:/.test(l) && !attached.has(j) ? [j + 1] : []));
  return { blocks, strayChecks };
}

interface Module {
  file: string;
  text: string;
  /** The README line of a line of `text` (0-based). */
  readmeLine(fileLine: number): number;
}

const FILE_MARKER = /^\/\/ ((?:[\w.-]+\/)*[\w.-]+\.tsx?)(?=[\s:(]|$)/;

/** A block as modules: one, or one per `// path/file.ts` line. */
function modulesOf(block: Block): Module[] {
  const prefix = block.checks.map((c) => c.text);
  const parts: { name: string; start: number; lines: string[] }[] = [];
  block.lines.forEach((text, k) => {
    const marker = FILE_MARKER.exec(text);
    if (marker || parts.length === 0) {
      parts.push({ name: marker ? marker[1] : `README-${block.line}.${block.lang}`, start: k, lines: [] });
    }
    parts[parts.length - 1].lines.push(text);
  });
  return parts
    .filter((part) => part.lines.some((l) => l.trim() !== ''))
    .map((part) => ({
      file: path.join(virtualRoot, part.name),
      // `export {}` makes every block a module: its names are its own, and top-level await works.
      text: [...prefix, ...part.lines, 'export {};'].join('\n'),
      readmeLine: (n) =>
        n < prefix.length ? block.checks[n].line : block.line + 1 + part.start + (n - prefix.length),
    }));
}

const repoOptions: ts.CompilerOptions = (() => {
  const { config } = ts.readConfigFile(path.join(root, 'tsconfig.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root);
  return {
    ...options,
    noEmit: true,
    // An app's globals, not the test runner's (`it`, `expect`).
    types: ['node'],
    baseUrl: root,
    paths: Object.fromEntries(Object.entries(entries).map(([name, file]) => [name, [file]])),
  };
})();
const strictOptions: ts.CompilerOptions = {
  ...repoOptions,
  exactOptionalPropertyTypes: true,
  // As TypeScript 6 does by default: `import 'react-openrouter-models/styles.css'` must resolve.
  noUncheckedSideEffectImports: true,
};

const { blocks, strayChecks } = readBlocks(readme);
const checked = blocks.filter((b) => b.skip === undefined);
const modules = new Map(checked.map((b) => [b, modulesOf(b)]));

const virtual = new Map<string, string>();
for (const [name, text] of Object.entries(STUBS)) virtual.set(path.join(virtualRoot, name), text);
for (const block of checked) {
  for (const { file, text } of modules.get(block)!) {
    if (virtual.has(file))
      throw new Error(`README.md:${block.line}: a second ${path.relative(virtualRoot, file)}`);
    virtual.set(file, text);
  }
}
const virtualDirs = new Set(
  [...virtual.keys()].flatMap((f) => {
    const dirs = [];
    for (let d = path.dirname(f); d.startsWith(virtualRoot); d = path.dirname(d)) dirs.push(d);
    return dirs;
  }),
);

/** A compiler host that also sees the virtual files; both programs share their parsed files. */
const parsed = new Map<string, ts.SourceFile | undefined>();
function hostFor(options: ts.CompilerOptions): ts.CompilerHost {
  const host = ts.createCompilerHost(options, true);
  const real = { ...host };
  host.fileExists = (f) => virtual.has(f) || real.fileExists(f);
  host.readFile = (f) => virtual.get(f) ?? real.readFile(f);
  host.directoryExists = (d) => virtualDirs.has(d) || ts.sys.directoryExists(d);
  host.getSourceFile = (f, language, ...rest) => {
    if (!parsed.has(f)) {
      const text = virtual.get(f);
      parsed.set(
        f,
        text === undefined
          ? real.getSourceFile(f, language, ...rest)
          : ts.createSourceFile(f, text, language),
      );
    }
    return parsed.get(f);
  };
  return host;
}

const format = (d: ts.Diagnostic, where: string) =>
  `${where} TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;

function check(options: ts.CompilerOptions, which: Block[]) {
  const stubs = Object.keys(STUBS).map((name) => path.join(virtualRoot, name));
  const files = which.flatMap((b) => modules.get(b)!.map((m) => m.file));
  const program = ts.createProgram([...stubs, ...files], options, hostFor(options));
  const harness = [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...stubs.flatMap((f) => program.getSemanticDiagnostics(program.getSourceFile(f))),
  ].map((d) => format(d, d.file ? path.relative(root, d.file.fileName) : ''));
  const byBlock = new Map<Block, string[]>();
  for (const block of which) {
    byBlock.set(
      block,
      modules.get(block)!.flatMap((m) => {
        const source = program.getSourceFile(m.file)!;
        return [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)].map(
          (d) => {
            const { line, character } = source.getLineAndCharacterOfPosition(d.start ?? 0);
            return format(d, `README.md:${m.readmeLine(line)}:${character + 1}`);
          },
        );
      }),
    );
  }
  return { harness, byBlock };
}

let strict: ReturnType<typeof check>;
let loose: ReturnType<typeof check>;
beforeAll(() => {
  strict = check(strictOptions, checked);
  loose = check(
    repoOptions,
    checked.filter((b) => b.loose !== undefined),
  );
}, 120_000);

const name = (block: Block) => `README.md:${block.line} (${block.heading})`;

describe('README examples type-check against the source', () => {
  it('finds every ts/tsx block; every check comment sits right above one', () => {
    expect(blocks.length).toBe(readme.match(/^```tsx?\s*$/gm)?.length);
    expect(blocks.length).toBeGreaterThan(20);
    expect(strayChecks).toEqual([]);
  });

  it('opts few blocks out or loose, each with its reason', () => {
    const reasoned = blocks.flatMap((b) => [b.skip, b.loose].filter((r) => r !== undefined));
    expect(reasoned.filter((reason) => reason.length < 10)).toEqual([]);
    expect(reasoned.length).toBeLessThanOrEqual(4);
  });

  it('the prelude and stubs compile', () => {
    expect(strict.harness).toEqual([]);
    expect(loose.harness).toEqual([]);
  });

  for (const block of blocks) {
    if (block.skip !== undefined) {
      it.skip(`${name(block)}: ${block.skip}`, () => {});
    } else if (block.loose !== undefined) {
      it(`${name(block)}, loose: ${block.loose}`, () => {
        expect(loose.byBlock.get(block)).toEqual([]);
        // Once it compiles under exactOptionalPropertyTypes too, the loose comment must go.
        expect(strict.byBlock.get(block)).not.toEqual([]);
      });
    } else {
      it(name(block), () => {
        expect(strict.byBlock.get(block)).toEqual([]);
      });
    }
  }
});
