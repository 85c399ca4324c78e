-- Regie schema 10: what was said and agreed at the owners' consultations and core-group
-- meetings (domain: issue 4, item 6). Additive to schema 6's `meetings`: the minutes, the
-- organisations that attended (or another attendee named by role, never a personal name), the
-- ordered agenda items and the action points with their owner and due date. Overdue is derived
-- from the due date and the status on the day it is asked, never stored.

ALTER TABLE meetings ADD COLUMN minutes TEXT NOT NULL DEFAULT '';

CREATE TABLE meeting_attendees (
    id              TEXT PRIMARY KEY,
    meeting_id      TEXT NOT NULL REFERENCES meetings (id),
    organisation_id TEXT REFERENCES organisations (id),
    role            TEXT NOT NULL DEFAULT '',
    deleted         INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX meeting_attendees_meeting ON meeting_attendees (meeting_id);

CREATE TABLE meeting_topics (
    id         TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL REFERENCES meetings (id),
    position   INTEGER NOT NULL DEFAULT 0,
    text       TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX meeting_topics_meeting ON meeting_topics (meeting_id, position);

CREATE TABLE meeting_actions (
    id                    TEXT PRIMARY KEY,
    meeting_id            TEXT NOT NULL REFERENCES meetings (id),
    description           TEXT NOT NULL,
    owner_organisation_id TEXT REFERENCES organisations (id),
    owner_role            TEXT NOT NULL DEFAULT '',
    due_date              TEXT NOT NULL,
    done_date             TEXT,
    status                TEXT NOT NULL DEFAULT 'open'
                          CHECK (status IN ('open', 'done', 'cancelled')),
    deleted               INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX meeting_actions_meeting ON meeting_actions (meeting_id);
CREATE INDEX meeting_actions_open ON meeting_actions (status, due_date);
