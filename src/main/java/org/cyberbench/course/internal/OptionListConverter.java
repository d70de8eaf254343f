package org.cyberbench.course.internal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.LinkedHashMap;
import java.util.List;
import org.cyberbench.course.CourseDefinition.OptionDefinition;
import org.cyberbench.shared.LocalizedText;
import org.cyberbench.shared.json.Json;
import tools.jackson.core.type.TypeReference;

/** Stores a question's options (id, correct, text and feedback per language) as a JSON array. */
@Converter
class OptionListConverter implements AttributeConverter<List<OptionDefinition>, String> {

    record StoredOption(String id, boolean correct, LinkedHashMap<String, String> text,
            LinkedHashMap<String, String> feedback) {
    }

    @Override
    public String convertToDatabaseColumn(List<OptionDefinition> options) {
        return options == null ? null : Json.write(options.stream().map(o -> new StoredOption(o.id(), o.correct(),
                new LinkedHashMap<>(o.text().values()), new LinkedHashMap<>(o.feedback().values()))).toList());
    }

    @Override
    public List<OptionDefinition> convertToEntityAttribute(String json) {
        if (json == null) {
            return null;
        }
        return Json.read(json, new TypeReference<List<StoredOption>>() { }).stream()
                .map(o -> new OptionDefinition(o.id(), o.correct(), new LocalizedText(o.text()), new LocalizedText(o.feedback())))
                .toList();
    }
}
