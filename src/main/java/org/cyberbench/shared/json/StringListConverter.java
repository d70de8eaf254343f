package org.cyberbench.shared.json;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;
import tools.jackson.core.type.TypeReference;

/** Stores a list of strings (legal references, codes) as a JSON array. */
@Converter
public class StringListConverter implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> list) {
        return list == null ? null : Json.write(list);
    }

    @Override
    public List<String> convertToEntityAttribute(String json) {
        return json == null ? null : List.copyOf(Json.read(json, new TypeReference<List<String>>() { }));
    }
}
