import { z } from 'zod';
import { isoDate, optionalIsoDate } from '../cases/case-fields.ts';
import { isIsoDate } from '../deadlines/civil-date.ts';
import type { RecordList } from '../reports/record-list.ts';
import type { YearReport } from '../reports/report-types.ts';
import { channel } from './channel.ts';

const periodFields = {
  /** 기준일: the last day counted. */
  asOf: isoDate('기준일'),
  /** First day counted; default January 1 of the 기준일's year. */
  from: optionalIsoDate('시작일'),
};

const fromNotAfterAsOf = (r: { asOf: string; from: string | null }) =>
  r.from === null || !isIsoDate(r.from) || !isIsoDate(r.asOf) || r.from <= r.asOf;
const periodMessage = { message: '시작일은 기준일과 같거나 그 앞이어야 합니다.', path: ['from'] };

export const reportPeriodSchema = z.object(periodFields).refine(fromNotAfterAsOf, periodMessage);

export const reportRecordsSchema = z
  .object({ ...periodFields, key: z.string().trim().min(1, '집계 항목을 지정하세요.').max(200) })
  .refine(fromNotAfterAsOf, periodMessage);

/** 기관명 (e.g. 마포구, 서울특별시 마포구): one rule for 설정 and for an export, so a saved name always exports. */
export const officeNameSchema = z.string().trim().max(20, '기관명은 20자 이내로 입력하세요.');

const planLines = z
  .array(z.string().trim().max(200, '향후 계획은 한 줄에 200자 이내로 입력하세요.'))
  .max(30, '향후 계획은 30줄까지 입력할 수 있습니다.')
  .default([])
  .transform((lines) => lines.filter((l) => l !== ''));

export const reportExportSchema = z
  .object({
    ...periodFields,
    /** e.g. 마포구; default `○○구`. */
    office: officeNameSchema.optional(),
    /** e.g. 법무행정. */
    sectionTitle: z.string().trim().max(40, '분야명은 40자 이내로 입력하세요.').optional(),
    plans: planLines,
  })
  .refine(fromNotAfterAsOf, periodMessage);

export type ReportPeriodParsed = z.output<typeof reportPeriodSchema>;
export type ReportRecordsParsed = z.output<typeof reportRecordsSchema>;
export type ReportExportParsed = z.output<typeof reportExportSchema>;

export interface ReportFileResult {
  path: string | null;
}

export const reportsContract = {
  /** Every figure of the 추진실적 report for a period, with the ids behind each. */
  'reports:compute': channel<YearReport>()(reportPeriodSchema),
  /** The records behind one figure (a key of `YearReport.drill`). */
  'reports:records': channel<RecordList>()(reportRecordsSchema),
  /** The report as the council's DOCX: 추진실적 table, 향후 계획, notes, appendices. */
  'reports:exportDocx': channel<ReportFileResult>()(reportExportSchema),
  /** The same tables as XLSX, one sheet per table and per appendix. */
  'reports:exportXlsx': channel<ReportFileResult>()(reportExportSchema),
} as const;
