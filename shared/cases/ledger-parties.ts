// Parties and people as ledger cells, both ways.
//
// Mapping decisions (issue 6):
// - 원고 / 피고 cells hold one or more names separated by `,`, `·` or a line break (separators inside brackets do
//   not split: `주식회사 가나(대표 김갑동, 이을동)`). Their sides are 원고/피고, except for 행정심판 and 헌법소송 rows,
//   whose parties are 청구인/피청구인 — the ledger keeps its 원고/피고 headers for every kind.
// - 기타당사자 holds `지위: 이름` entries (a name alone is a 참가인) for everyone else.
// - Which parties are the ward (isWard) follows 우리측지위: 원고/청구인(/신청인) → the 원고 column, 피고/피청구인 →
//   the 피고 column, any other 지위 → the 기타당사자 entries with that 지위. When that guess would be wrong, a name
//   carries the marker `(우리측)`; once any name in the row has it, only marked names are the ward.
// - 소송수행자 → people kind official, role performer; 소송대리인 → lawyer, or firm when the name contains
//   법무법인/법률사무소/합동법률, role attorney; 자문변호사 → the same kinds, role advisor. `이름(소속)` sets the
//   organization, so `박정의(법무법인 한결)` is the lawyer 박정의 of 법무법인 한결.

import type { CaseKind } from './case-kinds.ts';
import type { Party } from './case-schema.ts';
import { labelOf, WARD_SIDES, type PersonRole, type WardSide } from './case-values.ts';
import type { LedgerField } from './ledger-columns.ts';

export const WARD_MARKER = '(우리측)';
const DEFAULT_OTHER_SIDE = '참가인';

export type PartyField = Extract<LedgerField, 'plaintiffs' | 'defendants' | 'otherParties'>;
export type PeopleField = Extract<LedgerField, 'performers' | 'attorneys' | 'advisors'>;

/** Splits a cell into entries on `,` `·` `ㆍ` `;` and line breaks outside brackets; empty entries dropped. */
export function splitNames(cell: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of cell) {
    if (ch === '(' || ch === '[' || ch === '（') depth++;
    else if ((ch === ')' || ch === ']' || ch === '）') && depth > 0) depth--;
    if (depth === 0 && /[,·ㆍ;\n\r]/.test(ch)) {
      names.push(current);
      current = '';
    } else current += ch;
  }
  names.push(current);
  return names.map((n) => n.trim()).filter((n) => n !== '');
}

/** The sides the 원고 / 피고 columns stand for in a row of this kind. */
export function columnSides(kind: CaseKind): { plaintiffs: string; defendants: string } {
  return kind === 'administrative_appeal' || kind === 'constitutional_suit'
    ? { plaintiffs: '청구인', defendants: '피청구인' }
    : { plaintiffs: '원고', defendants: '피고' };
}

export interface LedgerParty extends Party {
  /** The column the party came from (for error messages). */
  field: PartyField;
}

function wardFieldOf(wardSide: WardSide | null): PartyField | undefined {
  if (wardSide === 'plaintiff' || wardSide === 'claimant') return 'plaintiffs';
  if (wardSide === 'defendant' || wardSide === 'respondent') return 'defendants';
  return wardSide === null ? undefined : 'otherParties';
}

/** Whether a party would be the ward by 우리측지위 alone (no marker). */
function inferredWard(party: Omit<LedgerParty, 'isWard'>, wardSide: WardSide | null): boolean {
  const field = wardFieldOf(wardSide);
  if (field !== party.field) return false;
  if (field !== 'otherParties') return true;
  const label = labelOf(WARD_SIDES, wardSide);
  return label.split('·').includes(party.side) || party.side === label;
}

/** The parties of a row, 원고 column first, then 피고, then 기타당사자, each in cell order. */
export function parseParties(
  kind: CaseKind,
  wardSide: WardSide | null,
  cells: Record<PartyField, string>,
): LedgerParty[] {
  const sides = columnSides(kind);
  const parties: (Omit<LedgerParty, 'isWard'> & { marked: boolean })[] = [];
  for (const field of ['plaintiffs', 'defendants', 'otherParties'] as const) {
    for (const entry of splitNames(cells[field])) {
      const marked = entry.endsWith(WARD_MARKER);
      const text = marked ? entry.slice(0, -WARD_MARKER.length).trim() : entry;
      if (field === 'otherParties') {
        const m = /^([^:：]{1,20})[:：]\s*(.+)$/.exec(text);
        parties.push({
          field,
          side: m?.[1]?.trim() ?? DEFAULT_OTHER_SIDE,
          name: m?.[2]?.trim() ?? text,
          marked,
        });
      } else parties.push({ field, side: sides[field], name: text, marked });
    }
  }
  const explicit = parties.some((p) => p.marked);
  return parties.map(({ marked, ...p }) => ({ ...p, isWard: explicit ? marked : inferredWard(p, wardSide) }));
}

/** The three party cells of a record, with `(우리측)` markers only where 우리측지위 alone would say otherwise. */
export function formatParties(
  kind: CaseKind,
  wardSide: WardSide | null,
  parties: readonly Party[],
): Record<PartyField, string> {
  const sides = columnSides(kind);
  const placed = parties.map((p) => ({
    ...p,
    field: (p.side === sides.plaintiffs
      ? 'plaintiffs'
      : p.side === sides.defendants
        ? 'defendants'
        : 'otherParties') as PartyField,
  }));
  const needsMarkers = placed.some((p) => p.isWard !== inferredWard(p, wardSide));
  const entry = (p: (typeof placed)[number]) => {
    const name = p.field === 'otherParties' ? `${p.side}: ${p.name}` : p.name;
    return needsMarkers && p.isWard ? `${name} ${WARD_MARKER}` : name;
  };
  const cell = (field: PartyField) =>
    placed
      .filter((p) => p.field === field)
      .map(entry)
      .join(', ');
  return { plaintiffs: cell('plaintiffs'), defendants: cell('defendants'), otherParties: cell('otherParties') };
}

// ---- people ------------------------------------------------------------------------------------------------

export interface LedgerPerson {
  kind: 'official' | 'lawyer' | 'firm';
  name: string;
  organization: string | null;
  role: PersonRole;
  field: PeopleField;
}

const FIRM_NAME = /법무법인|법률사무소|합동법률/;
const ROLE_OF: Record<PeopleField, PersonRole> = {
  performers: 'performer',
  attorneys: 'attorney',
  advisors: 'advisor',
};

export function parsePeople(field: PeopleField, cell: string): LedgerPerson[] {
  return splitNames(cell).map((entry) => {
    const m = /^(.+?)\s*[(（]([^()（）]+)[)）]$/.exec(entry);
    const name = (m?.[1] ?? entry).trim();
    const organization = m?.[2]?.trim() || null;
    const kind = field === 'performers' ? 'official' : FIRM_NAME.test(name) ? 'firm' : 'lawyer';
    return { kind, name, organization, role: ROLE_OF[field], field };
  });
}

export function formatPeople(
  field: PeopleField,
  people: readonly { role: PersonRole; name: string; organization: string | null }[],
): string {
  return people
    .filter((p) => p.role === ROLE_OF[field])
    .map((p) => (p.organization ? `${p.name}(${p.organization})` : p.name))
    .join(', ');
}
