import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Proves the lint rule that keeps Node out of the UI and the domain: each snippet is linted
// as if it were a file at that path, with the project's real eslint.config.js.
const eslint = new ESLint();

async function layeringErrors(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layering lint', () => {
  it.each([
    ["import fs from 'fs';", 'renderer/features/cases/Bad.tsx'],
    ["import { readFile } from 'node:fs/promises';", 'renderer/api.ts'],
    ["import { ipcRenderer } from 'electron';", 'renderer/app/Bad.tsx'],
    ["import { openDatabase } from '../../electron/db/open.ts';", 'renderer/features/cases/Bad.tsx'],
    ["import path from 'path';", 'shared/law/bad.ts'],
    ["import { handlers } from '../electron/handlers/index.ts';", 'shared/bad.ts'],
    ["import { App } from '../renderer/app/App.tsx';", 'shared/bad.ts'],
  ])('rejects %s in %s', async (code, file) => {
    const errors = await layeringErrors(code, file);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/layering/);
  });

  it.each([
    ["import { readFile } from 'node:fs/promises';", 'electron/export/ok.ts'],
    ["import { z } from 'zod';", 'shared/ok.ts'],
    ["import { caseInputSchema } from '../../../shared/cases/case-schema.ts';", 'renderer/features/cases/Ok.tsx'],
  ])('allows %s in %s', async (code, file) => {
    expect(await layeringErrors(code, file)).toEqual([]);
  });
});
