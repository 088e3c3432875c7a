import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rendererFile } from '../../electron/renderer-path.ts';

const dir = join('/opt', 'LexDesk', 'resources', 'app.asar', 'out', 'renderer');

describe('app://lexdesk/ serves the renderer folder and nothing else', () => {
  it('maps pages, assets and workers into the renderer folder', () => {
    expect(rendererFile(dir, 'app://lexdesk/index.html')).toBe(join(dir, 'index.html'));
    expect(rendererFile(dir, 'app://lexdesk/assets/preview.worker-abc.js')).toBe(
      join(dir, 'assets', 'preview.worker-abc.js'),
    );
    expect(rendererFile(dir, 'app://lexdesk/assets/%ED%8C%8C%EC%9D%BC.js')).toBe(join(dir, 'assets', '파일.js'));
  });

  it('refuses other hosts, other schemes and paths that climb out', () => {
    expect(rendererFile(dir, 'app://evil/index.html')).toBeNull();
    expect(rendererFile(dir, 'file:///etc/passwd')).toBeNull();
    // The URL parser already folds `..` away, so this stays inside the folder (and is simply not found there).
    expect(rendererFile(dir, 'app://lexdesk/../../../../etc/passwd')).toBe(join(dir, 'etc', 'passwd'));
    expect(rendererFile(dir, 'app://lexdesk/assets/%2E%2E%2F%2E%2E%2F..%2F..%2Fsecret')).toBeNull();
    expect(rendererFile(dir, 'app://lexdesk/')).toBe(join(dir, 'index.html'));
    expect(rendererFile(dir, 'not a url')).toBeNull();
  });
});
