package org.cyberbench.glossary.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.cyberbench.glossary.Term;
import org.cyberbench.glossary.TermStatus;
import org.cyberbench.glossary.TermType;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "glossary_term")
public class TermEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "concept_id")
    private ConceptEntity concept;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 35)
    private String language;

    @Column(name = "term", nullable = false, length = 300)
    private String text;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "term_type", length = 20)
    private TermType type;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 20)
    private TermStatus status;

    @Column(name = "usage_note", columnDefinition = "text")
    private String note;

    protected TermEntity() {
    }

    TermEntity(ConceptEntity concept, int position, Term term) {
        this.concept = concept;
        this.position = position;
        this.language = term.language();
        this.text = term.text();
        this.type = term.type();
        this.status = term.status();
        this.note = term.note();
    }

    Term toRecord() {
        return new Term(language, text, type, status, note);
    }
}
