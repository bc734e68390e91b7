-- hazards: new enum value: usable only after this transaction commits
-- runs and commits before the rest (PostgreSQL cannot use it in the same transaction)
ALTER TYPE public.mood ADD VALUE 'ok' AFTER 'sad';
-- hazards: new enum value: usable only after this transaction commits
-- runs and commits before the rest (PostgreSQL cannot use it in the same transaction)
ALTER TYPE public.mood ADD VALUE 'ecstatic' AFTER 'happy';
