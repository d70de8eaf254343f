package org.cyberbench.course.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;
import org.cyberbench.course.CourseDefinition.OptionDefinition;
import org.cyberbench.course.QuestionType;
import org.cyberbench.shared.AbstractEntity;
import org.cyberbench.shared.LocalizedText;
import org.cyberbench.shared.json.LocalizedTextConverter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "quiz_question")
public class QuestionEntity extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "module_id")
    private ModuleEntity module;

    @Column(nullable = false)
    private int position;

    @Column(name = "question_key", nullable = false, length = 50)
    private String key;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private QuestionType type;

    @Column(name = "legal_ref", nullable = false, length = 100)
    private String reference;

    @Convert(converter = LocalizedTextConverter.class)
    @Column(nullable = false, columnDefinition = "mediumtext")
    private LocalizedText text;

    @Convert(converter = OptionListConverter.class)
    @Column(nullable = false, columnDefinition = "mediumtext")
    private List<OptionDefinition> options;

    protected QuestionEntity() {
    }

    public QuestionEntity(ModuleEntity module, int position, String key, QuestionType type, String reference,
            LocalizedText text, List<OptionDefinition> options) {
        this.module = module;
        this.position = position;
        this.key = key;
        this.type = type;
        this.reference = reference;
        this.text = text;
        this.options = options;
    }

    public String getKey() {
        return key;
    }

    public QuestionType getType() {
        return type;
    }

    public String getReference() {
        return reference;
    }

    public LocalizedText getText() {
        return text;
    }

    public List<OptionDefinition> getOptions() {
        return options;
    }
}
