import { z } from 'zod';
import { optionalText } from './case-fields.ts';

export const PERSON_KINDS = [
  { code: 'official', label: '공무원(소송수행자)' },
  { code: 'lawyer', label: '변호사' },
  { code: 'firm', label: '법무법인' },
] as const;

export const personInputSchema = z.object({
  kind: z.enum(['official', 'lawyer', 'firm'], { error: '구분을 선택하세요.' }),
  name: z.string().trim().min(1, '이름을 입력하세요.').max(60, '이름은 60자 이내로 입력하세요.'),
  organization: optionalText(60, '소속'),
  phone: optionalText(30, '전화번호'),
  email: optionalText(100, '전자우편'),
});
