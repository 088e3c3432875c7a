import { z } from 'zod';
import { isoDate } from '../cases/case-fields.ts';
import type { DeadlineChange } from '../cases/case-views.ts';
import { channel } from './channel.ts';

export interface HolidayRow {
  date: string;
  name: string;
  source: 'official' | 'user' | 'provisional';
}

export interface HolidayYear {
  year: number;
  /** official: 관보 data bundled with the app; provisional: computed (미확정); unavailable: no data at all. */
  status: 'official' | 'provisional' | 'unavailable';
  holidays: HolidayRow[];
}

/** A holiday change moves open deadlines; the answer says which. */
export interface HolidayChangeResult {
  changes: DeadlineChange[];
}

const year = z.number({ error: '연도를 입력하세요.' }).int().min(1990, '1990년부터 볼 수 있습니다.').max(2100);
const userHoliday = z.object({
  date: isoDate('날짜'),
  name: z.string().trim().min(1, '공휴일 이름을 입력하세요.').max(40, '공휴일 이름은 40자 이내로 입력하세요.'),
});

export const holidaysContract = {
  'holidays:year': channel<HolidayYear>()(z.object({ year })),
  /** 임시공휴일 declared by the government after the app's data was published. */
  'holidays:add': channel<HolidayChangeResult>()(userHoliday),
  'holidays:remove': channel<HolidayChangeResult>()(userHoliday),
} as const;
