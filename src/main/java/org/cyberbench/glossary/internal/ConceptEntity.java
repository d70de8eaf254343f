package org.cyberbench.glossary.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cyberbench.glossary.Concept;
import org.cyberbench.glossary.Term;
import org.cyberbench.shared.AbstractEntity;
import org.cyberbench.shared.LocalizedText;
import org.cyberbench.shared.json.LocalizedTextConverter;
import org.cyberbench.shared.json.StringListConverter;

@Entity
@Table(name = "glossary_concept")
public class ConceptEntity extends AbstractEntity {

    @Column(name = "concept_key", nullable = false, unique = true, length = 100)
    private String key;

    @Column(name = "subject_field", length = 255)
    private String subjectField;

    @Convert(converter = StringListConverter.class)
    @Column(name = "legal_refs", nullable = false, columnDefinition = "text")
    private List<String> legalReferences;

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false, columnDefinition = "text")
    private List<String> related;

    @Convert(converter = LocalizedTextConverter.class)
    @Column(nullable = false, columnDefinition = "mediumtext")
    private LocalizedText definitions;

    @Convert(converter = LocalizedTextConverter.class)
    @Column(nullable = false, columnDefinition = "mediumtext")
    private LocalizedText sources;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "concept", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<TermEntity> terms = new ArrayList<>();

    protected ConceptEntity() {
    }

    public ConceptEntity(String key) {
        this.key = key;
    }

    /** Replaces everything but the key with the given content. */
    public void write(Concept content, Instant now) {
        this.subjectField = content.subjectField();
        this.legalReferences = List.copyOf(content.legalReferences());
        this.related = List.copyOf(content.related());
        this.definitions = content.definitions();
        this.sources = content.sources();
        this.updatedAt = now;
        terms.clear();
        int position = 0;
        for (Term term : content.terms()) {
            terms.add(new TermEntity(this, position++, term));
        }
    }

    public Concept toRecord() {
        return new Concept(getId(), getVersion(), key, subjectField, legalReferences, related, definitions, sources,
                terms.stream().map(TermEntity::toRecord).toList());
    }

    public String getKey() {
        return key;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
