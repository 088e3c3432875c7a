import type { Generated } from 'kysely';

// Kysely table types; keep in step with electron/db/migrations.

export interface CasesTable {
  id: Generated<number>;
  kind: string;
  case_number: string | null;
  title: string;
  court: string | null;
  department: string | null;
  created_at: string;
  updated_at: string;
}

export interface Database {
  cases: CasesTable;
}
