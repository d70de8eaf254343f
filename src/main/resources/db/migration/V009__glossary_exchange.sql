-- Glossaries from other term bases: any language tag (BCP 47, up to 35 characters), any subject
-- field or none, and terms whose file gives no type or status.
ALTER TABLE glossary_concept MODIFY subject_field VARCHAR(255) NULL;

ALTER TABLE glossary_term
    MODIFY language  VARCHAR(35) NOT NULL,
    MODIFY term_type VARCHAR(20) NULL,
    MODIFY status    VARCHAR(20) NULL;

CREATE INDEX ix_glossary_term_language ON glossary_term (language);
