-- Where letters go (issue 16 item 3): a person who asks to be contacted by letter gives an
-- address, kept on the person beside their phone and email. The lines as given (first line,
-- optional second line, town) and the postcode of that address, which may differ from the
-- postcode the person is found by (they may be staying with a relative).

ALTER TABLE people
  ADD COLUMN address_lines text[] NOT NULL DEFAULT '{}',
  ADD COLUMN address_postcode text;
