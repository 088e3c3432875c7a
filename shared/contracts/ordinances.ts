import { z } from 'zod';
import { optionalIsoDate, optionalText } from '../cases/case-fields.ts';
import type { FileExportResult } from '../cases/calendar-views.ts';
import {
  ORDINANCE_TYPES,
  REVISION_KINDS,
  TIMELINE_STEPS,
  type DraftDetail,
  type OrdinanceDetail,
  type OrdinanceSummary,
  type ParsedText,
  type RevisionView,
} from '../ordinances/ordinance-views.ts';
import { byId, channel, noInput } from './channel.ts';

const MAX_TEXT = 2_000_000; // ~ a 2,000-article ordinance; anything bigger is not an ordinance

const body = z
  .string({ error: '본문을 입력하세요.' })
  .min(1, '본문이 비어 있습니다.')
  .max(MAX_TEXT, '본문이 너무 깁니다 (200만 자 이내).')
  .refine((t) => t.trim().length > 0, '본문이 비어 있습니다.');

const name = z
  .string({ error: '제명을 입력하세요.' })
  .trim()
  .min(1, '제명을 입력하세요.')
  .max(200, '제명은 200자 이내로 입력하세요.');
const type = z.enum(ORDINANCE_TYPES, { error: '종류를 선택하세요 (조례, 규칙, 훈령, 예규).' });
const tags = z.array(z.string().trim().min(1).max(30)).max(20).default([]);

export const revisionInputSchema = z.object({
  revisionKind: z.enum(REVISION_KINDS, { error: '개정 구분을 선택하세요.' }),
  promulgationNo: optionalText(30, '공포번호'),
  promulgatedOn: optionalIsoDate('공포일'),
  effectiveOn: optionalIsoDate('시행일'),
  noticeStartedOn: optionalIsoDate('입법예고 시작일'),
  body,
});

export const ordinanceCreateSchema = z.object({
  name,
  type,
  department: optionalText(60, '소관부서'),
  tags,
  revision: revisionInputSchema,
});

export const ordinanceUpdateSchema = z.object({
  id: z.number().int().positive(),
  name,
  type,
  department: optionalText(60, '소관부서'),
  tags,
});

const mainPoint = z.object({
  text: z.string().trim().max(1000, '주요내용 한 줄은 1000자 이내로 입력하세요.'),
  articles: z.array(z.string().trim().max(30)).max(20).default([]),
});

export const billSchema = z.object({
  billNumber: z.string().trim().max(30, '의안번호는 30자 이내로 입력하세요.').default(''),
  submittedOn: optionalIsoDate('제출연월일'),
  submitter: z.string().trim().max(60, '제출자는 60자 이내로 입력하세요.').default(''),
  reason: z.string().trim().max(5000, '제안이유는 5000자 이내로 입력하세요.').default(''),
  mainPoints: z.array(mainPoint).max(50).default([]),
  references: z
    .object({
      laws: z.string().trim().max(5000).default(''),
      budget: z.string().trim().max(2000).default(''),
      notice: z.string().trim().max(2000).default(''),
      other: z.string().trim().max(2000).default(''),
    })
    .default({ laws: '', budget: '', notice: '', other: '' }),
  supplement: z.string().trim().max(5000, '부칙은 5000자 이내로 입력하세요.').default(''),
  /** 일부개정 unless the drafter chooses 전부개정 (the engine only suggests it). */
  revisionKind: z.enum(['일부개정', '전부개정'], { error: '개정 방식을 고르세요.' }).default('일부개정'),
});

const stepCodes = TIMELINE_STEPS.map((s) => s.step) as [TimelineStepCode, ...TimelineStepCode[]];
type TimelineStepCode = (typeof TIMELINE_STEPS)[number]['step'];

export const ordinancesContract = {
  'ordinances:list': channel<OrdinanceSummary[]>()(noInput),
  'ordinances:get': channel<OrdinanceDetail>()(byId),
  /** Registers an ordinance with its first (current) text, pasted or read from a file. */
  'ordinances:create': channel<OrdinanceDetail>()(ordinanceCreateSchema),
  'ordinances:update': channel<OrdinanceDetail>()(ordinanceUpdateSchema),
  /**
   * Registers one ordinance per file (.txt, .md, .docx); a folder path imports every such file in it. Without
   * paths, the file picker opens. Each file is all-or-nothing; failures are listed with a Korean reason.
   */
  'ordinances:importFiles': channel<{ created: OrdinanceSummary[]; failed: { file: string; message: string }[] }>()(
    z.object({
      paths: z.array(z.string().trim().min(1)).max(500).optional(),
      /** Without paths: ask for a folder (every .txt/.md/.docx in it) instead of files. */
      folder: z.boolean().default(false),
      type: type.default('조례'),
      department: optionalText(60, '소관부서'),
    }),
  ),
  /**
   * Reads one file's text (for the paste/preview form): .txt, .md, .docx. `path: null` (and empty text) when the
   * user cancelled the picker — outputs cannot be null themselves (ChannelOutput is NonNullable).
   */
  'ordinances:readFile': channel<{ path: string | null; text: string }>()(
    z.object({ path: z.string().trim().min(1).optional() }),
  ),
  'ordinances:addRevision': channel<RevisionView>()(
    revisionInputSchema.extend({ ordinanceId: z.number().int().positive() }),
  ),
  'ordinances:revisionText': channel<{ revision: RevisionView; body: string }>()(byId),
  /** Parses a text as the registry shows it: outline and the parser's warnings. */
  'ordinances:parse': channel<ParsedText>()(z.object({ text: body })),
  /** 대비표 or 개정문 DOCX for any two texts (two revisions, or pasted). */
  'ordinances:exportComparison': channel<FileExportResult>()(
    z.object({
      oldText: body,
      newText: body,
      title: z.string().trim().max(200).optional(),
      what: z.enum(['table', 'amendment']),
    }),
  ),
  'drafts:create': channel<DraftDetail>()(
    z.object({
      ordinanceId: z.number().int().positive(),
      name: z.string().trim().min(1, '초안 이름을 입력하세요.').max(100),
    }),
  ),
  'drafts:get': channel<DraftDetail>()(byId),
  /** Autosave. `baseUpdatedAt` guards against two windows overwriting each other. */
  'drafts:save': channel<{ updatedAt: string }>()(
    z.object({ id: z.number().int().positive(), body, baseUpdatedAt: z.string().optional() }),
  ),
  'drafts:updateBill': channel<DraftDetail>()(z.object({ id: z.number().int().positive(), bill: billSchema })),
  /** Records a timeline step; recording 공포 (actualOn) turns the draft into the new 현행 revision. */
  'drafts:setStep': channel<DraftDetail>()(
    z.object({
      id: z.number().int().positive(),
      step: z.enum(stepCodes, { error: '단계를 선택하세요.' }),
      plannedOn: optionalIsoDate('예정일'),
      actualOn: optionalIsoDate('실제일'),
      endOn: optionalIsoDate('종료일'),
      promulgationNo: optionalText(30, '공포번호'),
    }),
  ),
  'drafts:abandon': channel<DraftDetail>()(byId),
  /** 의안 package DOCX: cover, 제안이유, 주요내용, 참고사항, bill text (개정문 + 부칙), 신·구조문대비표. */
  'drafts:exportBill': channel<FileExportResult>()(byId),
  /** 입법예고문 (공고) DOCX draft. */
  'drafts:exportNotice': channel<FileExportResult>()(byId),
} as const;
