import type { SearchResult } from '../../shared/cases/search-views.ts';
import type { SearchQueryParsed } from '../../shared/contracts/search.ts';
import { searchCases } from '../db/search/search-cases.ts';
import type { HandlerContext } from './context.ts';

export const searchHandlers = {
  'search:query': (ctx: HandlerContext, input: SearchQueryParsed): Promise<SearchResult> =>
    searchCases(ctx.db, input.text, input.limit),
};
