// `npm start` runs the app in Electron, whose Node ABI differs from the Node that runs the tests. Rebuilding
// better-sqlite3 in node_modules for Electron would break `npm test`, so the Electron build of the addon goes to
// out/native/ instead, and the main process loads it from there (better-sqlite3's `nativeBinding` option).
// Packaged apps don't need this: `npm run dist` rebuilds node_modules for Electron inside the package.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
const sqliteDir = dirname(require.resolve('better-sqlite3/package.json'));
const sqliteVersion = JSON.parse(readFileSync(join(sqliteDir, 'package.json'), 'utf8')).version;
const outDir = join('out', 'native');
const target = join(outDir, 'better_sqlite3.node');
const stampFile = join(outDir, 'stamp.json');
const stamp = JSON.stringify({ electronVersion, sqliteVersion, platform: process.platform, arch: process.arch });

if (existsSync(target) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) process.exit(0);

const work = join('out', 'native-build', 'better-sqlite3');
rmSync(work, { recursive: true, force: true });
mkdirSync(dirname(work), { recursive: true });
cpSync(sqliteDir, work, { recursive: true, filter: (p) => !p.includes(`${join('build', 'Release')}`) });

const attempts = [
  // A prebuilt binary for this Electron version, published by better-sqlite3.
  [
    process.execPath,
    [
      require.resolve('prebuild-install/bin.js'),
      '--runtime',
      'electron',
      '--target',
      electronVersion,
      '--arch',
      process.arch,
    ],
  ],
  // Otherwise compile against Electron's headers with the node-gyp that npm ships.
  [
    process.execPath,
    [
      join(
        dirname(process.execPath),
        '..',
        'lib',
        'node_modules',
        'npm',
        'node_modules',
        'node-gyp',
        'bin',
        'node-gyp.js',
      ),
      'rebuild',
      '--release',
      `--target=${electronVersion}`,
      '--dist-url=https://electronjs.org/headers',
    ],
  ],
];
for (const [cmd, args] of attempts) {
  try {
    execFileSync(cmd, args, { cwd: work, stdio: 'inherit' });
    const built = join(work, 'build', 'Release', 'better_sqlite3.node');
    if (!existsSync(built)) continue;
    mkdirSync(outDir, { recursive: true });
    cpSync(built, target);
    writeFileSync(stampFile, stamp);
    console.log(`better-sqlite3 for Electron ${electronVersion} → ${target}`);
    process.exit(0);
  } catch {
    // try the next way
  }
}
console.error(
  `Electron용 better-sqlite3를 준비하지 못했습니다 (Electron ${electronVersion}). 인터넷 연결 또는 C++ 빌드 도구를 확인하세요.\n` +
    `Could not prepare better-sqlite3 for Electron ${electronVersion}: needs network access or a C++ toolchain.`,
);
process.exit(1);
