import { z } from 'zod';
import type { SearchResult } from '../cases/search-views.ts';
import { channel } from './channel.ts';

export const SEARCH_MAX_LIMIT = 50;

export const searchQuerySchema = z.object({
  text: z
    .string({ error: '검색어를 입력하세요.' })
    .trim()
    .min(1, '검색어를 입력하세요.')
    .max(100, '검색어는 100자 이내로 입력하세요.'),
  limit: z
    .number({ error: '결과 수는 숫자로 지정하세요.' })
    .int('결과 수는 정수로 지정하세요.')
    .min(1, '결과 수는 1 이상이어야 합니다.')
    .max(SEARCH_MAX_LIMIT, `결과는 한 번에 ${SEARCH_MAX_LIMIT}건까지 볼 수 있습니다.`)
    .default(SEARCH_MAX_LIMIT),
});

export type SearchQueryParsed = z.output<typeof searchQuerySchema>;

export const searchContract = {
  'search:query': channel<SearchResult>()(searchQuerySchema),
} as const;
