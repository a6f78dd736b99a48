-- The organiser's list of feedback words and contact requests reads the newest such answers a
-- page at a time (store::feedback::comments). Most answers are a face alone; without this index
-- each page walked past all of those, more the rarer words are. The index holds only the
-- answers the list shows, so a page reads its own rows and no others.
CREATE INDEX feedback_answers_comments ON feedback_answers (id) WHERE words IS NOT NULL OR contact_me = 1;
