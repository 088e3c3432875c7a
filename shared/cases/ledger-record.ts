// A stored case as one 송무대장 row: the inverse of ledger-rows.ts, so export → import gives the same record.

import { caseKindGroup, caseKindLabel } from './case-kinds.ts';
import type { CaseRecord } from './case-schema.ts';
import { labelOf, OPINION_TYPES, WARD_SIDES } from './case-values.ts';
import type { LedgerField } from './ledger-columns.ts';
import { formatParties, formatPeople } from './ledger-parties.ts';

/** Text for text columns, numbers for money (the XLSX writer formats them), null for an empty cell. */
export type LedgerCell = string | number | null;

export function ledgerCells(record: CaseRecord, parentCaseNumber: string | null): Record<LedgerField, LedgerCell> {
  const opinion = caseKindGroup(record.kind) === 'opinion';
  const parties = formatParties(record.kind, record.wardSide, record.parties);
  const text = (value: string | null) => (value ? value : null);
  return {
    kind: caseKindLabel(record.kind),
    caseNumber: record.caseNumber,
    court: record.court,
    division: record.division,
    direction: record.direction,
    instance: record.instance,
    parentCaseNumber,
    title: record.title,
    plaintiffs: text(parties.plaintiffs),
    defendants: text(parties.defendants),
    otherParties: text(parties.otherParties),
    wardSide: text(labelOf(WARD_SIDES, record.wardSide)),
    department: record.department,
    performers: text(formatPeople('performers', record.people)),
    attorneys: text(formatPeople('attorneys', record.people)),
    advisors: text(formatPeople('advisors', record.people)),
    claimAmount: record.claimAmount,
    filedOn: opinion ? null : record.filedOn,
    result: record.result,
    decidedOn: opinion ? null : record.decidedOn,
    finalizedOn: record.finalizedOn,
    closedOn: record.closedOn,
    opinionType: text(labelOf(OPINION_TYPES, record.opinionType)),
    requestedOn: opinion ? record.filedOn : null,
    answeredOn: opinion ? record.decidedOn : null,
    question: record.question,
    answer: record.answer,
    costAmount: record.costAmount,
    awardAmount: record.awardAmount,
    memo: record.memo,
  };
}
