package org.cyberbench.shared.json;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.LinkedHashMap;
import org.cyberbench.shared.LocalizedText;
import tools.jackson.core.type.TypeReference;

/** Stores a {@link LocalizedText} as a JSON object in a text column. */
@Converter
public class LocalizedTextConverter implements AttributeConverter<LocalizedText, String> {

    @Override
    public String convertToDatabaseColumn(LocalizedText text) {
        return text == null ? null : Json.write(text.values());
    }

    @Override
    public LocalizedText convertToEntityAttribute(String json) {
        return json == null ? null : new LocalizedText(Json.read(json, new TypeReference<LinkedHashMap<String, String>>() { }));
    }
}
