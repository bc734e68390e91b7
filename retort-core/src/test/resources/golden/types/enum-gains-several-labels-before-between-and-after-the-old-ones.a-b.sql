-- hazards: new enum value: usable only after this transaction commits
-- runs and commits before the rest (PostgreSQL cannot use it in the same transaction)
ALTER TYPE public.level ADD VALUE 'lowest' BEFORE 'mid';
-- hazards: new enum value: usable only after this transaction commits
-- runs and commits before the rest (PostgreSQL cannot use it in the same transaction)
ALTER TYPE public.level ADD VALUE 'low' AFTER 'lowest';
-- hazards: new enum value: usable only after this transaction commits
-- runs and commits before the rest (PostgreSQL cannot use it in the same transaction)
ALTER TYPE public.level ADD VALUE 'high' AFTER 'mid';
-- hazards: new enum value: usable only after this transaction commits
-- runs and commits before the rest (PostgreSQL cannot use it in the same transaction)
ALTER TYPE public.level ADD VALUE 'higher' AFTER 'high';
