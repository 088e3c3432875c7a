import type { z } from 'zod';
import type { PersonView } from '../../shared/cases/case-views.ts';
import type { personInputSchema } from '../../shared/cases/person-schema.ts';
import { findOrCreatePerson, listPeople } from '../db/repositories/people.ts';
import type { HandlerContext } from './context.ts';

export const peopleHandlers = {
  'people:list': (ctx: HandlerContext): Promise<PersonView[]> => listPeople(ctx.db),

  /** Registering someone who already exists returns the existing record rather than a duplicate. */
  'people:create': async (ctx: HandlerContext, input: z.output<typeof personInputSchema>): Promise<PersonView> => {
    const id = await findOrCreatePerson(ctx.db, input, ctx.now());
    const people = await listPeople(ctx.db);
    const person = people.find((p) => p.id === id);
    if (!person) throw new Error(`person ${id} vanished after insert`);
    return person;
  },
};
