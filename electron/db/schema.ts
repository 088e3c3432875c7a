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
  // 002
  instance: number | null;
  parent_case_id: number | null;
  division: string | null;
  ward_side: string | null;
  claim_amount: number | null;
  filed_on: string | null;
  result: string | null;
  decided_on: string | null;
  finalized_on: string | null;
  closed_on: string | null;
  opinion_type: string | null;
  question: string | null;
  answer: string | null;
  cost_amount: number | null;
  award_amount: number | null;
  memo: string | null;
  deleted_at: string | null;
  // 006
  direction: string | null;
}

export interface PeopleTable {
  id: Generated<number>;
  kind: string;
  name: string;
  organization: string | null;
  phone: string | null;
  email: string | null;
  memo: string | null;
  created_at: string;
}

export interface CasePeopleTable {
  case_id: number;
  person_id: number;
  role: string;
}

export interface PartiesTable {
  id: Generated<number>;
  case_id: number;
  side: string;
  name: string;
  is_ward: number;
  position: number;
}

export interface EventsTable {
  id: Generated<number>;
  case_id: number;
  kind: string;
  subtype: string | null;
  occurred_on: string;
  notice_on: string | null;
  service_method: string | null;
  time: string | null;
  place: string | null;
  result: string | null;
  amount: number | null;
  memo: string | null;
  created_at: string;
  updated_at: string;
}

export interface DeadlinesTable {
  id: Generated<number>;
  case_id: number;
  event_id: number | null;
  rule_id: string | null;
  title: string;
  due_on: string;
  raw_end: string | null;
  explanation: string | null;
  provisional: number;
  remind_days: number;
  assignee: string | null;
  done_at: string | null;
  created_at: string;
  updated_at: string;
  // 007
  extended_at: string | null;
  extended_until: string | null;
}

export interface AttachmentsTable {
  id: Generated<number>;
  case_id: number;
  event_id: number | null;
  original_name: string;
  stored_name: string;
  sha256: string;
  size: number;
  added_at: string;
}

export interface HistoryTable {
  id: Generated<number>;
  case_id: number | null;
  entity: string;
  entity_id: number;
  action: string;
  changes: string;
  changed_by: string;
  changed_at: string;
}

export interface HolidaysTable {
  date: string;
  name: string;
  source: string;
  data_version: string | null;
}

export interface SettingsTable {
  key: string;
  value: string;
}

/** 003: one flattened search document per live case (see migrations/003-search.ts). */
export interface CaseSearchTable {
  case_id: number;
  number: string;
  title: string;
  parties: string;
  people: string;
  opinion: string;
  memo: string;
  attachments: string;
  records: string;
}

export interface OrdinancesTable {
  id: Generated<number>;
  name: string;
  type: string;
  department: string | null;
  tags: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface OrdinanceRevisionsTable {
  id: Generated<number>;
  ordinance_id: number;
  revision_kind: string;
  promulgation_no: string | null;
  promulgated_on: string | null;
  effective_on: string | null;
  notice_started_on: string | null;
  body: string;
  draft_id: number | null;
  created_at: string;
}

export interface DraftsTable {
  id: Generated<number>;
  ordinance_id: number;
  base_revision_id: number | null;
  name: string;
  body: string;
  status: string;
  bill: string;
  created_at: string;
  updated_at: string;
}

export interface DraftStepsTable {
  draft_id: number;
  step: string;
  planned_on: string | null;
  actual_on: string | null;
  end_on: string | null;
  memo: string | null;
}

export interface EducationSessionsTable {
  id: Generated<number>;
  held_on: string;
  course: string;
  attendees: number;
  memo: string | null;
  created_at: string;
}

export interface Database {
  cases: CasesTable;
  people: PeopleTable;
  case_people: CasePeopleTable;
  parties: PartiesTable;
  events: EventsTable;
  deadlines: DeadlinesTable;
  attachments: AttachmentsTable;
  history: HistoryTable;
  holidays: HolidaysTable;
  settings: SettingsTable;
  ordinances: OrdinancesTable;
  ordinance_revisions: OrdinanceRevisionsTable;
  drafts: DraftsTable;
  draft_steps: DraftStepsTable;
  education_sessions: EducationSessionsTable;
  case_search: CaseSearchTable;
}
