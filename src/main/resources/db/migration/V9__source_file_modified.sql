-- The quality declaration gives each source file's delivery date: the file's modification time as the run saw it
-- when it registered the file (the registration time is the run's own, and a rebuild registers every file anew).
-- Null for a file that was not looked at (a link out of input/, a name with control characters).
ALTER TABLE source_file ADD COLUMN modified_at TIMESTAMP;
